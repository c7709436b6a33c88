import { z } from "zod";
import { zEmail, zId, zLocale, zPassword, zTimeZone } from "../shared-schemas.ts";

export const ZRegisterInput = z.object({
  email: zEmail,
  password: zPassword,
  name: z.string().trim().min(1).max(100),
  /** ADMIN is not among the choices: self-registration never creates one. */
  role: z.enum(["STUDENT", "TEACHER"]).default("STUDENT"),
  locale: zLocale.default("en"),
  timezone: zTimeZone.optional(),
});
export const ZRegisterOutput = z.object({ id: zId, email: z.string(), role: z.enum(["STUDENT", "TEACHER"]) });

export const ZMeOutput = z.object({
  id: zId,
  email: z.string(),
  name: z.string(),
  role: z.enum(["STUDENT", "TEACHER", "ADMIN"]),
  teacherApproved: z.boolean(),
  locale: z.string(),
  timezone: z.string(),
});

export const ZCreateApiTokenInput = z.object({ name: z.string().trim().min(1).max(100) });
export const ZCreateApiTokenOutput = z.object({
  id: zId,
  token: z.string(),
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.date(),
});

export const ZApiTokenSummary = z.object({
  id: zId,
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export const ZRevokeApiTokenInput = z.object({ tokenId: zId });
export const ZChangePasswordInput = z.object({ currentPassword: z.string().min(1).max(200), newPassword: zPassword });
export const ZUserRef = z.object({ id: zId });
