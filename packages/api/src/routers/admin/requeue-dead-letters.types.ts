import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZAdminRequeueDeadLettersInput = z.object({ ids: z.array(ZId).min(1).max(1_000).optional() }).default({});
export const ZAdminRequeueDeadLettersOutput = z.object({ requeued: z.number().int() });

export type TAdminRequeueDeadLettersInput = z.input<typeof ZAdminRequeueDeadLettersInput>;
export type TAdminRequeueDeadLettersOutput = z.output<typeof ZAdminRequeueDeadLettersOutput>;
