import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

/** A teacher as the school shows them to everyone. */
export const ZTeacher = z.object({
  id: ZId,
  name: z.string(),
  bio: z.string(),
  instruments: z.array(z.string()),
  timezone: z.string(),
});

export type TTeacher = z.output<typeof ZTeacher>;
