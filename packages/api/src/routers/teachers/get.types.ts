import { z } from "zod";
import { ZId } from "../shared-schemas.ts";
import { ZTeacher } from "./schemas.ts";

export const ZTeachersGetInput = z.object({ teacherId: ZId });
export const ZTeachersGetOutput = ZTeacher;

export type TTeachersGetInput = z.input<typeof ZTeachersGetInput>;
export type TTeachersGetOutput = z.output<typeof ZTeachersGetOutput>;
