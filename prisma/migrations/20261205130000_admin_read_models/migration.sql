-- The admin read models at a million bookings (see docs/operations.md "Admin read models at scale").
-- The whole file runs as one transaction: CREATE TRIGGER locks each table against writers until
-- the end, so the counts taken below and the triggers' later changes never overlap.

-- Rows by status (users by role), kept exactly by triggers in the transaction that changes them, so
-- the KPI overview sums a few dozen rows instead of counting millions. Each backend writes its own
-- rows (shard = its pid): two transactions never wait on the same counter row, so the booking and
-- billing paths neither queue nor deadlock here. fold_status_counts() merges them into shard 0.
CREATE TABLE "status_counts" (
    "entity" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "shard" INTEGER NOT NULL,
    "count" BIGINT NOT NULL,
    "amount_minor" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "status_counts_pkey" PRIMARY KEY ("entity", "status", "shard")
);

-- A statement-level trigger over the statement's transition tables: one counter write per status
-- a statement changes, however many rows it touches (a row trigger would rewrite the same counter
-- row once per row, and a bulk change in one transaction would slow down quadratically). An UPDATE
-- that changes no status writes nothing. TG_ARGV: the entity, its status column, and (payments)
-- the amount column to sum.
CREATE FUNCTION "count_by_status"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  statuses text[];
  deltas bigint[];
  amounts bigint[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(changed.row ->> TG_ARGV[1]), array_agg(1), array_agg(coalesce((changed.row ->> TG_ARGV[2])::bigint, 0))
      INTO statuses, deltas, amounts
      FROM (SELECT to_jsonb(inserted) AS row FROM new_rows AS inserted) AS changed;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(changed.row ->> TG_ARGV[1]), array_agg(-1), array_agg(coalesce((changed.row ->> TG_ARGV[2])::bigint, 0))
      INTO statuses, deltas, amounts
      FROM (SELECT to_jsonb(deleted) AS row FROM old_rows AS deleted) AS changed;
  ELSE
    SELECT array_agg(changed.row ->> TG_ARGV[1]), array_agg(changed.delta), array_agg(coalesce((changed.row ->> TG_ARGV[2])::bigint, 0))
      INTO statuses, deltas, amounts
      FROM (SELECT to_jsonb(before) AS row, -1 AS delta FROM old_rows AS before
            UNION ALL
            SELECT to_jsonb(after), 1 FROM new_rows AS after) AS changed;
  END IF;
  INSERT INTO "status_counts" AS counts ("entity", "status", "shard", "count", "amount_minor")
  SELECT TG_ARGV[0], change.status, pg_backend_pid(), sum(change.delta), sum(change.delta * change.amount)
  FROM unnest(statuses, deltas, amounts) AS change (status, delta, amount)
  GROUP BY change.status
  HAVING sum(change.delta) <> 0 OR sum(change.delta * change.amount) <> 0
  ON CONFLICT ("entity", "status", "shard") DO UPDATE
    SET "count" = counts."count" + excluded."count", "amount_minor" = counts."amount_minor" + excluded."amount_minor";
  RETURN NULL;
END;
$$;

-- TRUNCATE skips row changes: it empties the entity's counts instead.
CREATE FUNCTION "count_by_status_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "status_counts" WHERE "entity" = TG_ARGV[0];
  RETURN NULL;
END;
$$;

-- Each counted table: its status column (and amount), a trigger per kind of change, and what it
-- holds already (shard 0).
DO $$
DECLARE
  counted record;
  arguments text;
BEGIN
  FOR counted IN SELECT * FROM (VALUES ('users', 'role', NULL), ('bookings', 'status', NULL), ('lessons', 'status', NULL),
                                       ('lesson_packages', 'status', NULL), ('payments', 'status', 'amount_minor'))
                               AS tables (name, status_column, amount_column) LOOP
    arguments := concat_ws(', ', quote_literal(counted.name), quote_literal(counted.status_column), quote_literal(counted.amount_column));
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION count_by_status(%s)', counted.name || '_count_inserted', counted.name, arguments);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION count_by_status(%s)', counted.name || '_count_updated', counted.name, arguments);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION count_by_status(%s)', counted.name || '_count_deleted', counted.name, arguments);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION count_by_status_truncated(%L)',
                   counted.name || '_count_truncated', counted.name, counted.name);
    EXECUTE format('INSERT INTO status_counts (entity, status, shard, count, amount_minor) SELECT %L, %I::text, 0, count(*), %s FROM %I GROUP BY 2',
                   counted.name, counted.status_column,
                   CASE WHEN counted.amount_column IS NULL THEN '0' ELSE format('sum(%I)', counted.amount_column) END, counted.name);
  END LOOP;
END;
$$;

-- Merges every backend's rows into shard 0 (totals unchanged). Rows a running transaction holds
-- are skipped (merged next time), so the fold never waits on, nor deadlocks with, their writers.
CREATE FUNCTION "fold_status_counts"() RETURNS void LANGUAGE sql AS $$
  WITH taken AS (
    DELETE FROM "status_counts"
    WHERE ctid IN (SELECT ctid FROM "status_counts" WHERE "shard" <> 0 FOR UPDATE SKIP LOCKED)
    RETURNING "entity", "status", "count", "amount_minor"
  )
  INSERT INTO "status_counts" AS counts ("entity", "status", "shard", "count", "amount_minor")
  SELECT "entity", "status", 0, sum("count"), sum("amount_minor") FROM taken GROUP BY "entity", "status"
  ON CONFLICT ("entity", "status", "shard") DO UPDATE
    SET "count" = counts."count" + excluded."count", "amount_minor" = counts."amount_minor" + excluded."amount_minor";
$$;

-- The ops board: ACTIVE packages past their expiry (a range of a small index, not a scan of all).
CREATE INDEX "lesson_packages_status_expires_at_idx" ON "lesson_packages"("status", "expires_at");

-- The ops board's "paid but unusable": lapsed with lessons left, and paid. Whether a package was
-- paid lives in its own row, kept by a trigger on payments in the payment's transaction, so the
-- board counts these packages from one small index instead of probing payments for each of the
-- tens of thousands of lapsed ones. The trigger adds the change in SUCCEEDED payments per package
-- (`succeeded_payments + n`): concurrent payments of one package queue on its row and each adds to
-- the latest value, so the count stays exact.
ALTER TABLE "lesson_packages" ADD COLUMN "succeeded_payments" INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION "count_succeeded_payments"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "lesson_packages" AS package SET "succeeded_payments" = package."succeeded_payments" + change.delta
    FROM (SELECT "package_id", count(*)::int AS delta FROM new_rows WHERE "status" = 'SUCCEEDED' GROUP BY "package_id") AS change
    WHERE package."id" = change."package_id";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "lesson_packages" AS package SET "succeeded_payments" = package."succeeded_payments" - change.delta
    FROM (SELECT "package_id", count(*)::int AS delta FROM old_rows WHERE "status" = 'SUCCEEDED' GROUP BY "package_id") AS change
    WHERE package."id" = change."package_id";
  ELSE
    UPDATE "lesson_packages" AS package SET "succeeded_payments" = package."succeeded_payments" + change.delta
    FROM (SELECT "package_id", sum(delta)::int AS delta
          FROM (SELECT "package_id", -1 AS delta FROM old_rows WHERE "status" = 'SUCCEEDED'
                UNION ALL
                SELECT "package_id", 1 FROM new_rows WHERE "status" = 'SUCCEEDED') AS changed
          GROUP BY "package_id" HAVING sum(delta) <> 0) AS change
    WHERE package."id" = change."package_id";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "payments_count_succeeded_inserted" AFTER INSERT ON "payments" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "count_succeeded_payments"();
CREATE TRIGGER "payments_count_succeeded_updated" AFTER UPDATE ON "payments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "count_succeeded_payments"();
CREATE TRIGGER "payments_count_succeeded_deleted" AFTER DELETE ON "payments" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "count_succeeded_payments"();

CREATE FUNCTION "count_succeeded_payments_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "lesson_packages" SET "succeeded_payments" = 0 WHERE "succeeded_payments" <> 0;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "payments_count_succeeded_truncated" AFTER TRUNCATE ON "payments"
  FOR EACH STATEMENT EXECUTE FUNCTION "count_succeeded_payments_truncated"();

UPDATE "lesson_packages" AS package SET "succeeded_payments" = paid.count
FROM (SELECT "package_id", count(*)::int AS count FROM "payments" WHERE "status" = 'SUCCEEDED' GROUP BY "package_id") AS paid
WHERE package."id" = paid."package_id";

CREATE INDEX "lesson_packages_paid_but_unusable_idx" ON "lesson_packages"("expires_at" DESC, "id" DESC)
  WHERE "status" = 'EXPIRED' AND "lessons_left" > 0 AND "succeeded_payments" > 0;
