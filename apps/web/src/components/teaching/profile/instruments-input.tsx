"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";

/** The instruments a teacher teaches, as removable chips and a box to add one more. */
export function InstrumentsInput({
  id,
  value,
  onChange,
  invalid,
}: {
  id: string;
  value: string[];
  onChange: (instruments: string[]) => void;
  invalid: Record<string, unknown>;
}) {
  const t = useTranslations("teach.profile");
  const [draft, setDraft] = useState("");
  const add = () => {
    const instrument = draft.trim();
    if (instrument && !value.some((known) => known.toLowerCase() === instrument.toLowerCase())) onChange([...value, instrument]);
    setDraft("");
  };
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    // Enter adds the instrument rather than saving the whole profile.
    event.preventDefault();
    add();
  };
  return (
    <div className="teach-instruments">
      {value.length > 0 && (
        <ul className="teach-chips" aria-label={t("instrumentsChosen")}>
          {value.map((instrument) => (
            <li key={instrument} className="teach-chip">
              {instrument}
              <button
                type="button"
                className="teach-chip-remove"
                aria-label={t("removeInstrument", { instrument })}
                onClick={() => onChange(value.filter((kept) => kept !== instrument))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="teach-add">
        <input id={id} value={draft} maxLength={60} onChange={(event) => setDraft(event.target.value)} onKeyDown={addOnEnter} {...invalid} />
        <button type="button" className="button secondary" onClick={add} disabled={!draft.trim()}>
          {t("addInstrument")}
        </button>
      </div>
    </div>
  );
}
