import type { z } from "zod";
import { ZIdRef } from "../shared-schemas.ts";

export const ZIdentitySignOutEverywhereOutput = ZIdRef;

export type TIdentitySignOutEverywhereOutput = z.output<typeof ZIdentitySignOutEverywhereOutput>;
