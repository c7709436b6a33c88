-- Live availability: every change that opens or takes a slot is announced on the `slot_changes`
-- channel as JSON { slotId, teacherId, kind, open }, delivered when its transaction commits. Each
-- web process LISTENs once and passes it on to the pages subscribed (scheduling.onSlotChange).
-- kind: published | deleted (the slot) · held | booked | freed (a booking on it).

CREATE FUNCTION "notify_slot_change"(slot_id uuid, teacher_id uuid, kind text, open boolean) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_notify('slot_changes', json_build_object('slotId', slot_id, 'teacherId', teacher_id, 'kind', kind, 'open', open)::text);
$$;

CREATE FUNCTION "slots_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "notify_slot_change"(OLD.id, OLD.teacher_id, 'deleted', false);
  ELSIF NEW.deleted_at IS NULL THEN
    PERFORM "notify_slot_change"(NEW.id, NEW.teacher_id, 'published', true);
  ELSE
    PERFORM "notify_slot_change"(NEW.id, NEW.teacher_id, 'deleted', false);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "slots_notify_insert" AFTER INSERT ON "slots"
  FOR EACH ROW EXECUTE FUNCTION "slots_notify_change"();
CREATE TRIGGER "slots_notify_delete" AFTER DELETE ON "slots"
  FOR EACH ROW EXECUTE FUNCTION "slots_notify_change"();
CREATE TRIGGER "slots_notify_deleted_at" AFTER UPDATE OF "deleted_at" ON "slots"
  FOR EACH ROW WHEN (OLD."deleted_at" IS DISTINCT FROM NEW."deleted_at")
  EXECUTE FUNCTION "slots_notify_change"();

-- A HOLD or CONFIRMED booking takes its slot; CANCELED and EXPIRED give it back.
CREATE FUNCTION "bookings_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  slot_teacher uuid;
BEGIN
  SELECT "teacher_id" INTO slot_teacher FROM "slots" WHERE "id" = NEW.slot_id;
  PERFORM "notify_slot_change"(
    NEW.slot_id,
    slot_teacher,
    CASE NEW.status WHEN 'HOLD' THEN 'held' WHEN 'CONFIRMED' THEN 'booked' ELSE 'freed' END,
    NEW.status NOT IN ('HOLD', 'CONFIRMED')
  );
  RETURN NULL;
END;
$$;

CREATE TRIGGER "bookings_notify_insert" AFTER INSERT ON "bookings"
  FOR EACH ROW EXECUTE FUNCTION "bookings_notify_change"();
CREATE TRIGGER "bookings_notify_status" AFTER UPDATE OF "status" ON "bookings"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION "bookings_notify_change"();
