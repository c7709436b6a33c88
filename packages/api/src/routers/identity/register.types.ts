import { z } from "zod";
import { ZId, ZTimeZone } from "../shared-schemas.ts";
import { ZEmail, ZLocale, ZPassword, ZPersonName } from "./schemas.ts";

/** ADMIN is not among the choices: self-registration never creates one. */
const ZRegistrableRole = z.enum(["STUDENT", "TEACHER"]);

export const ZIdentityRegisterInput = z.object({
  email: ZEmail,
  password: ZPassword,
  name: ZPersonName,
  role: ZRegistrableRole.default("STUDENT"),
  locale: ZLocale.default("en"),
  timezone: ZTimeZone.optional(),
});
export const ZIdentityRegisterOutput = z.object({ id: ZId, email: z.string(), role: ZRegistrableRole });

export type TIdentityRegisterInput = z.input<typeof ZIdentityRegisterInput>;
export type TIdentityRegisterOutput = z.output<typeof ZIdentityRegisterOutput>;
