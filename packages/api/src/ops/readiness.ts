import { databaseAnswers, type Db } from "@guitaronline/db";

/** Readiness: 200 when the database answers, 503 otherwise, so a balancer stops sending traffic. */
export async function readinessResponse(db: Db): Promise<Response> {
  const database = (await databaseAnswers(db)) ? "up" : "down";
  const ready = database === "up";
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks: { database } },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
