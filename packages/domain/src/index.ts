export { normaliseEmail } from "./identity/email.ts";
export { hashPassword, verifyPassword } from "./identity/password.ts";
