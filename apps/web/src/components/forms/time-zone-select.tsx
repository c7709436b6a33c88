"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

/** The zones this browser knows, with the one given kept even if the browser does not list it. */
function knownZones(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) || !current ? zones : [current, ...zones];
}

/** The teacher's time zone: the clock their slots are published on. Offers the browser's own. */
export function TimeZoneSelect({
  id,
  value,
  onChange,
  invalid,
  error,
}: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  invalid: Record<string, unknown>;
  error: ReactNode;
}) {
  const t = useTranslations("teach.profile");
  const [browserZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [zones] = useState(() => knownZones(value));
  return (
    <div className="teach-field">
      <label htmlFor={id}>{t("timezone")}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...invalid}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      <span className="hint">{t("timezoneHint")}</span>
      {browserZone !== value && (
        <button type="button" className="teach-use-zone" onClick={() => onChange(browserZone)}>
          {t("useBrowserZone", { zone: browserZone })}
        </button>
      )}
      {error}
    </div>
  );
}
