// Books a lesson with a student's personal API token: finds an open slot, holds it, confirms it,
// and prints what happened. Exits non-zero when it could not.
//   GUITARONLINE_URL=http://localhost:3000 GUITARONLINE_TOKEN=go_… pnpm --filter @guitaronline/client example:book
import { randomUUID } from "node:crypto";
import { appCodeOf, createGuitarOnlineClient } from "../src/index.ts";

/** Someone else can take a listed slot first (or it can start) before we hold it: try the next. */
const TAKEN = new Set(["slot_unavailable", "slot_in_past"]);

const say = (line: string) => process.stdout.write(`${line}\n`);

function setting(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`Set ${name} (see packages/client/README.md).`);
  return value;
}

async function main() {
  const client = createGuitarOnlineClient({ baseUrl: setting("GUITARONLINE_URL"), token: setting("GUITARONLINE_TOKEN") });

  const me = await client.identity.me.query();
  say(`Signed in as ${me.name} <${me.email}>, ${me.role.toLowerCase()}.`);
  if (me.role !== "STUDENT") throw new Error("Only a student books lessons: use a student's token.");

  const { items: slots } = await client.scheduling.openSlots.query({ limit: 20 });
  say(`Found ${slots.length} open slot(s).`);
  for (const slot of slots) {
    const when = `${slot.startsAt.toISOString()} with ${slot.teacherName}`;
    try {
      const held = await client.booking.hold.mutate({ slotId: slot.id, idempotencyKey: randomUUID() });
      say(`Held the slot ${when} until ${held.holdExpiresAt.toISOString()} (booking ${held.id}).`);
      const booked = await client.booking.confirm.mutate({ bookingId: held.id });
      say(`Booked: booking ${booked.id} is ${booked.status}, lesson ${booked.lessonId}, from package ${booked.packageId}.`);
      return;
    } catch (error) {
      if (!TAKEN.has(appCodeOf(error) ?? "")) throw error;
      say(`The slot ${when} is no longer free (${appCodeOf(error)}); trying the next one.`);
    }
  }
  throw new Error("There is no open slot to book.");
}

main().catch((error: unknown) => {
  const code = appCodeOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Could not book a lesson${code ? ` (${code})` : ""}: ${reason}\n`);
  process.exitCode = 1;
});
