import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@guitaronline/domain/password-policy";
import { z } from "zod";
import { ZId } from "../shared-schemas.ts";

export const ZEmail = z.string().max(254).trim().toLowerCase().pipe(z.email()).meta({ examples: ["student@example.com"] });
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .meta({ examples: ["correct horse battery staple"] });
export const ZLocale = z.enum(["en", "ru"]);
/** A person's name as others see it. */
export const ZPersonName = z.string().trim().min(1).max(100).meta({ examples: ["Anna Petrova"] });

/** A personal API token as its owner sees it later: its name and prefix, never the token. */
export const ZApiTokenSummary = z.object({
  id: ZId,
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export type TLocale = z.output<typeof ZLocale>;
export type TApiTokenSummary = z.output<typeof ZApiTokenSummary>;
