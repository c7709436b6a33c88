import type { BookingStatus, LessonStatus } from "@guitaronline/db";
import { describe, expect, it } from "vitest";
import { BOOKING_TRANSITIONS } from "./booking/transitions.ts";
import { LESSON_TRANSITIONS } from "./lessons/transitions.ts";
import { changeOf, type Transitions } from "./state-machine.ts";

/** Every pair of statuses, with what the machine must say of it. */
function everyPair<S extends string>(statuses: readonly S[], allowed: readonly `${S}>${S}`[]) {
  return statuses.flatMap((from) =>
    statuses.map((to) => [from, to, from === to ? "no-op" : allowed.includes(`${from}>${to}`) ? "allowed" : "refused"] as const),
  );
}

function describeMachine<S extends string>(name: string, table: Transitions<S>, allowed: readonly `${S}>${S}`[]) {
  describe(`the ${name} state machine`, () => {
    it.each(everyPair(Object.keys(table) as S[], allowed))(`${name} %s → %s is %s`, (from, to, expected) => {
      expect(changeOf(table, from, to)).toBe(expected);
    });
  });
}

describeMachine<BookingStatus>("booking", BOOKING_TRANSITIONS, ["HOLD>CONFIRMED", "HOLD>CANCELED", "HOLD>EXPIRED", "CONFIRMED>CANCELED"]);
describeMachine<LessonStatus>("lesson", LESSON_TRANSITIONS, ["SCHEDULED>COMPLETED", "SCHEDULED>NO_SHOW", "SCHEDULED>CANCELED"]);
