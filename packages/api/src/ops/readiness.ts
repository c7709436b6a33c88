import { databaseAnswers, type Db } from "@guitaronline/db";
import type { Redis } from "ioredis";
import { redisAnswers } from "../redis.ts";

/**
 * Readiness: 503 when the database does not answer, so a balancer stops sending traffic. Redis
 * only serves the sign-in and registration limiter: without it the app still works, "degraded".
 */
export async function readinessResponse(db: Db, redis?: Redis): Promise<Response> {
  const [databaseUp, redisUp] = await Promise.all([databaseAnswers(db), redis ? redisAnswers(redis) : undefined]);
  const checks = {
    database: databaseUp ? "up" : "down",
    ...(redis ? { redis: redisUp ? "up" : "down" } : {}),
  };
  const status = !databaseUp ? "unavailable" : redis && !redisUp ? "degraded" : "ready";
  return Response.json({ status, checks }, { status: databaseUp ? 200 : 503, headers: { "cache-control": "no-store" } });
}
