import type { z } from "zod";
import { ZIdRef } from "../shared-schemas.ts";
import { ZUserRef } from "./schemas.ts";

export const ZAdminSignOutUserInput = ZUserRef;
export const ZAdminSignOutUserOutput = ZIdRef;

export type TAdminSignOutUserInput = z.input<typeof ZAdminSignOutUserInput>;
export type TAdminSignOutUserOutput = z.output<typeof ZAdminSignOutUserOutput>;
