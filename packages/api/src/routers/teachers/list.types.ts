import type { z } from "zod";
import { zPageInputOf, zPageOf } from "../shared-schemas.ts";
import { ZTeacher } from "./schemas.ts";

export const ZTeachersListInput = zPageInputOf();
export const ZTeachersListOutput = zPageOf(ZTeacher);

export type TTeachersListInput = z.input<typeof ZTeachersListInput>;
export type TTeachersListOutput = z.output<typeof ZTeachersListOutput>;
