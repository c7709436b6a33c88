"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

/** The zones this browser knows, with the one given kept even if the browser does not list it. */
function knownZones(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) || !current ? zones : [current, ...zones];
}

/**
 * A user's time zone, the clock the portal shows their times on: every zone the browser knows,
 * and a one-click offer of the browser's own when it differs.
 */
export function TimeZoneSelect({
  id,
  label,
  hint,
  value,
  onChange,
  invalid,
  error,
  className,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (zone: string) => void;
  invalid: Record<string, unknown>;
  error: ReactNode;
  className: string;
}) {
  const t = useTranslations("profile");
  const [browserZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [zones] = useState(() => knownZones(value));
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...invalid}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      <span className="hint">{hint}</span>
      {browserZone !== value && (
        <button type="button" className="button secondary use-zone" onClick={() => onChange(browserZone)}>
          {t("useBrowserZone", { zone: browserZone.replaceAll("_", " ") })}
        </button>
      )}
      {error}
    </div>
  );
}
