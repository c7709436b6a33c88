import { z } from "zod";

export const ZIdentityMfaEnrollOutput = z.object({
  /** The base32 secret, for typing into an authenticator app by hand. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** The otpauth URL as a QR code: an SVG `data:` URL for an <img>. */
  qrCodeDataUrl: z.string(),
});
export type TIdentityMfaEnrollOutput = z.infer<typeof ZIdentityMfaEnrollOutput>;
