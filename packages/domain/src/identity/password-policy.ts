/** OWASP ASVS 6.2.1 asks for at least 8; the school asks for 10. The cap bounds hashing work. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
