import type { LessonStatus } from "@guitaronline/db";
import type { Transitions } from "../state-machine.ts";

/** A scheduled lesson is completed, missed (no-show) or canceled with its booking; then it is final. */
export const LESSON_TRANSITIONS: Transitions<LessonStatus> = {
  SCHEDULED: ["COMPLETED", "NO_SHOW", "CANCELED"],
  COMPLETED: [],
  NO_SHOW: [],
  CANCELED: [],
};
