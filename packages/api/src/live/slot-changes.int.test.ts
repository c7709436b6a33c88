import { createLogger } from "@guitaronline/observability";
import superjson from "superjson";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { ApiDeps } from "../api-deps.ts";
import { handleTrpcRequest } from "../http/trpc-handler.ts";
import { aPerson, aSlot, aStudentWithPackage } from "../testing/factories.ts";
import { apiTestbed, clientFor, TEST_ORIGIN } from "../testing/harness.ts";
import { slotChangeFeed, type SlotChange } from "./slot-changes.ts";

const testbed = apiTestbed();
const db = () => testbed.database.db;
const log = createLogger({ app: "test" });
const feeds: ApiDeps["slotChanges"][] = [];
afterAll(async () => {
  await Promise.all([testbed.deps.slotChanges, ...feeds].map((feed) => feed.close()));
});

/** Another web process: the same database, its own LISTEN connection. */
function anotherWebProcess(): ApiDeps {
  const slotChanges = slotChangeFeed(testbed.database.url, log, { retryMs: 200 });
  feeds.push(slotChanges);
  return { ...testbed.deps, slotChanges };
}

/** The connections of this test's database that LISTEN for slot changes. */
async function listeners(): Promise<number[]> {
  const rows = await db().$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN slot_changes' ORDER BY pid`;
  return rows.map((row) => row.pid);
}

/**
 * scheduling.onSlotChange as a browser opens it: a GET with the session cookie, answered with a
 * server-sent event stream, read here event by event.
 */
async function subscribe(deps: ApiDeps, cookie: string, input: { teacherId?: string } = {}) {
  const controller = new AbortController();
  const subscribed = deps.slotChanges.subscriberCount() + 1;
  const query = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const response = await handleTrpcRequest(
    new Request(`${TEST_ORIGIN}/api/trpc/scheduling.onSlotChange?input=${query}`, {
      headers: { cookie, "sec-fetch-site": "same-origin", accept: "text/event-stream" },
      signal: controller.signal,
    }),
    deps,
  );
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const received: SlotChange[] = [];
  const reading = (async () => {
    let buffer = "";
    for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        // Unnamed events carry the data; "connected" and "ping" are the stream's own.
        if (block.some((line) => line.startsWith("event:"))) continue;
        const data = block.filter((line) => line.startsWith("data:")).map((line) => line.slice(5).trim()).join("\n");
        if (data) received.push(superjson.deserialize(JSON.parse(data)));
      }
    }
  })().catch(() => undefined);
  // Changes count from the moment the subscription is in place.
  await vi.waitUntil(() => deps.slotChanges.subscriberCount() === subscribed, { timeout: 5_000, interval: 10 });
  return {
    received,
    async close() {
      controller.abort();
      await reading;
    },
  };
}

const slotEvents = (received: SlotChange[], slotId: string) =>
  received.flatMap((change) => (change.type === "slot" && change.slotId === slotId ? [[change.kind, change.open]] : []));

describe("scheduling.onSlotChange", () => {
  it("tells subscribers of two web processes when a slot is held, freed, published and deleted", async () => {
    const teacher = await aPerson(db(), "TEACHER");
    const student = await aStudentWithPackage(db());
    const slot = await aSlot(db(), teacher.id, { hoursFromNow: 30 });
    const first = testbed.deps;
    const second = anotherWebProcess();
    const before = (await listeners()).length;
    const watchers = [
      await subscribe(first, student.session.cookie),
      await subscribe(first, teacher.session.cookie, { teacherId: teacher.id }),
      await subscribe(second, student.session.cookie),
    ];
    // One LISTEN connection per process, whatever the number of subscribers.
    await vi.waitUntil(async () => (await listeners()).length === before + 2, { timeout: 10_000, interval: 50 });

    const asStudent = clientFor(first, student.session);
    const hold = await asStudent.booking.hold.mutate({ slotId: slot!.id });
    await asStudent.booking.cancel.mutate({ bookingId: hold.id });
    const asTeacher = clientFor(second, teacher.session);
    const published = await asTeacher.scheduling.createSlot.mutate({ startsAt: new Date(Date.now() + 50 * 3_600_000), durationMinutes: 60 });
    await asTeacher.scheduling.deleteSlot.mutate({ slotId: published.id });

    for (const watcher of watchers) {
      await vi.waitUntil(() => slotEvents(watcher.received, published.id).length === 2, { timeout: 5_000, interval: 20 });
      expect(slotEvents(watcher.received, slot!.id)).toEqual([
        ["held", false],
        ["freed", true],
      ]);
      expect(slotEvents(watcher.received, published.id)).toEqual([
        ["published", true],
        ["deleted", false],
      ]);
    }
    await Promise.all(watchers.map((watcher) => watcher.close()));
  });

  it("passes on only the named teacher's slots when asked", async () => {
    const [mine, theirs] = [await aPerson(db(), "TEACHER"), await aPerson(db(), "TEACHER")];
    const watcher = await subscribe(testbed.deps, mine.session.cookie, { teacherId: mine.id });
    await vi.waitUntil(async () => (await listeners()).length > 0, { timeout: 10_000, interval: 50 });
    const other = await aSlot(db(), theirs.id, { hoursFromNow: 40 });
    const own = await aSlot(db(), mine.id, { hoursFromNow: 40 });
    await vi.waitUntil(() => slotEvents(watcher.received, own!.id).length === 1, { timeout: 5_000, interval: 20 });
    expect(slotEvents(watcher.received, other!.id)).toEqual([]);
    await watcher.close();
  });

  it("reconnects after losing the database and tells its subscribers to read again", async () => {
    const teacher = await aPerson(db(), "TEACHER");
    const process = anotherWebProcess();
    const before = (await listeners()).length;
    const watcher = await subscribe(process, teacher.session.cookie);
    await vi.waitUntil(async () => (await listeners()).length === before + 1, { timeout: 10_000, interval: 50 });
    // Cut every listening connection, as a PostgreSQL restart would.
    await db().$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN slot_changes'`;
    await vi.waitUntil(() => watcher.received.some((change) => change.type === "resync"), { timeout: 10_000, interval: 50 });
    const slot = await aSlot(db(), teacher.id, { hoursFromNow: 60 });
    await vi.waitUntil(() => slotEvents(watcher.received, slot!.id).length === 1, { timeout: 5_000, interval: 20 });
    await watcher.close();
  });

  it("is open to every signed-in role", async () => {
    for (const role of ["STUDENT", "TEACHER", "ADMIN"] as const) {
      for (const approved of role === "TEACHER" ? [true, false] : [true]) {
        const watcher = await subscribe(testbed.deps, (await aPerson(db(), role, { approved })).session.cookie);
        await watcher.close();
      }
    }
  });

  it("is for signed-in users only: the stream answers with UNAUTHORIZED and ends", async () => {
    const response = await handleTrpcRequest(new Request(`${TEST_ORIGIN}/api/trpc/scheduling.onSlotChange`), testbed.deps);
    const stream = await response.text();
    expect(stream).toMatch(/event: serialized-error\ndata: .*"UNAUTHORIZED"/);
    expect(testbed.deps.slotChanges.subscriberCount()).toBe(0);
  });
});
