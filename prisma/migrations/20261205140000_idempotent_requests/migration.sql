-- Idempotency keys for the portal's changes (booking.confirm, lessons.complete, scheduling.createSlot…).
-- The primary key is what makes a retry safe: a duplicate claiming the same (actor, operation, key)
-- waits on it until the first request's transaction ends, then reads its answer. The worker removes
-- rows older than 24 h (created_at index).
CREATE TABLE "idempotent_requests" (
    "actor_id" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotent_requests_pkey" PRIMARY KEY ("actor_id", "operation", "key")
);

CREATE INDEX "idempotent_requests_created_at_idx" ON "idempotent_requests"("created_at");

ALTER TABLE "idempotent_requests" ADD CONSTRAINT "idempotent_requests_actor_id_fkey"
    FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
