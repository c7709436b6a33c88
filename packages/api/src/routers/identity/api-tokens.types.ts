import { z } from "zod";
import { ZApiTokenSummary } from "./schemas.ts";

export const ZIdentityApiTokensOutput = z.array(ZApiTokenSummary);

export type TIdentityApiTokensOutput = z.output<typeof ZIdentityApiTokensOutput>;
