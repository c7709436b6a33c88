import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { aPerson } from "../../testing/factories.ts";
import { apiTestbed, clientFor } from "../../testing/harness.ts";

const testbed = apiTestbed();

const anEvent = (data: { status?: "PENDING" | "PROCESSED" | "FAILED"; attempts?: number } = {}) =>
  testbed.database.db.outboxEvent.create({ data: { type: "lesson.created", aggregateType: "lesson", aggregateId: randomUUID(), payload: {}, ...data } });

describe("notification procedures", () => {
  it("deliveryMetrics counts notifications and outbox events, telling retryable failures from dead letters", async () => {
    const user = await aPerson(testbed.database.db, "STUDENT");
    const processed = await anEvent({ status: "PROCESSED" });
    await anEvent();
    await anEvent({ attempts: 2 });
    const dead = await anEvent({ status: "FAILED", attempts: 5 });
    await testbed.database.db.notification.createMany({
      data: [
        { eventId: processed.id, userId: user.id, channel: "IN_APP", type: "lesson.created", status: "SENT" },
        { eventId: processed.id, userId: user.id, channel: "EMAIL", type: "lesson.created", status: "FAILED" },
      ],
    });
    const admin = clientFor(testbed.deps, (await aPerson(testbed.database.db, "ADMIN")).session);
    await expect(admin.notifications.deliveryMetrics.query({})).resolves.toEqual({
      notifications: { pending: 0, sent: 1, failed: 1, total: 2 },
      outbox: { pending: 2, processed: 1, failed: 1, total: 4, retryableFailed: 1, deadLetter: 1 },
    });
    await expect(admin.admin.requeueDeadLetters.mutate({})).resolves.toEqual({ requeued: 1 });
    await expect(testbed.database.db.outboxEvent.findUniqueOrThrow({ where: { id: dead.id } })).resolves.toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("notifications.my lists only the caller's in-app notifications", async () => {
    const [mine, theirs] = [await aPerson(testbed.database.db, "STUDENT"), await aPerson(testbed.database.db, "STUDENT")];
    const event = await anEvent({ status: "PROCESSED" });
    await testbed.database.db.notification.createMany({
      data: [
        { eventId: event.id, userId: mine.id, channel: "IN_APP", type: "lesson.created", status: "SENT" },
        { eventId: event.id, userId: mine.id, channel: "EMAIL", type: "lesson.created", status: "SENT" },
        { eventId: event.id, userId: theirs.id, channel: "IN_APP", type: "lesson.created", status: "SENT" },
      ],
    });
    const { items } = await clientFor(testbed.deps, mine.session).notifications.my.query({ limit: 10 });
    expect(items).toEqual([expect.objectContaining({ type: "lesson.created", status: "SENT", eventId: event.id })]);
  });
});
