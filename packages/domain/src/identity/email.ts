/** The stored form of an e-mail address: trimmed and lower-cased, so one person has one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
