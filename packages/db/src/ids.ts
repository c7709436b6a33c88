import { randomBytes } from "node:crypto";

let lastMillis = 0;
let sequence = 0;

/**
 * A UUIDv7 like the schema's `@default(uuid(7))`, for rows written by raw SQL: time-ordered, and
 * increasing within a millisecond too (a 12-bit counter), so rows one transaction writes keep
 * their order when sorted by id.
 */
export function newId(): string {
  let millis = Date.now();
  if (millis <= lastMillis) {
    millis = lastMillis;
    sequence++;
    if (sequence > 0xfff) {
      millis = ++lastMillis;
      sequence = 0;
    }
  } else {
    sequence = 0;
  }
  lastMillis = millis;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(millis, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
