import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@guitaronline/domain";
import { ZId, ZRole, ZTimeZone } from "../shared-schemas.ts";

export const ZEmail = z.string().max(254).trim().toLowerCase().pipe(z.email()).meta({ examples: ["student@example.com"] });
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .meta({ examples: ["correct horse battery staple"] });
export const ZLocale = z.enum(["en", "ru"]);

export const ZRegisterInput = z.object({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().min(1).max(100),
  /** ADMIN is not among the choices: self-registration never creates one. */
  role: z.enum(["STUDENT", "TEACHER"]).default("STUDENT"),
  locale: ZLocale.default("en"),
  timezone: ZTimeZone.optional(),
});
export const ZRegisterOutput = z.object({ id: ZId, email: z.string(), role: z.enum(["STUDENT", "TEACHER"]) });

export const ZMeOutput = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  teacherApproved: z.boolean(),
  locale: z.string(),
  timezone: z.string(),
});

export const ZCreateApiTokenInput = z.object({ name: z.string().trim().min(1).max(100) });
export const ZCreateApiTokenOutput = z.object({
  id: ZId,
  token: z.string(),
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.date(),
});

export const ZApiTokenSummary = z.object({
  id: ZId,
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export const ZRevokeApiTokenInput = z.object({ tokenId: ZId });
export const ZChangePasswordInput = z.object({ currentPassword: z.string().min(1).max(200), newPassword: ZPassword });
