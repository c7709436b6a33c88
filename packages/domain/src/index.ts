export { systemClock, type Clock } from "./clock.ts";
export { schoolSettings, type DomainDeps } from "./deps.ts";
export * from "./errors.ts";
export { readEvent } from "./events/read-event.ts";
export { forgetOldIdempotencyKeys, IDEMPOTENCY_KEY_HOURS } from "./idempotency.ts";
export { SYSTEM, type Visitor } from "./identity/actor.ts";
export { createApiToken, listApiTokens, revokeApiToken } from "./identity/api-tokens.ts";
export { authenticate } from "./identity/authenticate.ts";
export { changePassword } from "./identity/change-password.ts";
export { normaliseEmail } from "./identity/email.ts";
export { approveTeacher, listUsers, setUserDisabled, signOutEverywhere } from "./identity/manage-users.ts";
export { hashPassword, verifyPassword } from "./identity/password.ts";
export {
  confirmMfa,
  disableMfa,
  enrollMfa,
  hasMfaEnabled,
  mfaStatus,
  regenerateRecoveryCodes,
} from "./identity/mfa.ts";
export { mfaSecretBox, type MfaSecretBox } from "./identity/mfa-secret-box.ts";
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./identity/password-policy.ts";
export type { Principal } from "./identity/principal.ts";
export { registerUser } from "./identity/register-user.ts";
export { updateProfile } from "./identity/update-profile.ts";
export { principalForApiToken, principalForSession } from "./identity/sessions.ts";
export { getTeacher } from "./teaching/get-teacher.ts";
export { listTeachers, upsertTeacherProfile } from "./teaching/teacher-profiles.ts";
export { expireOverduePackages } from "./billing/expire-packages.ts";
export { createPackage, listPackages } from "./billing/packages.ts";
export { createPayment, updatePaymentStatus } from "./billing/payments.ts";
export { cancelBooking } from "./booking/cancel-booking.ts";
export { confirmBooking } from "./booking/confirm-booking.ts";
export { expireHolds } from "./booking/expire-holds.ts";
export { holdBooking } from "./booking/hold-booking.ts";
export { listMyBookings } from "./booking/list-bookings.ts";
export { rescheduleBooking } from "./booking/reschedule-booking.ts";
export { listMyLessons } from "./lessons/list-lessons.ts";
export { recordLessonOutcome } from "./lessons/record-outcome.ts";
export { createSlot, createWeeklySlots, deleteSlot, listOpenSlots } from "./scheduling/slots.ts";
export { listMySlots } from "./scheduling/my-slots.ts";
export { previewWeeklySlots } from "./scheduling/preview-weekly-slots.ts";
export { weeklySlotTimes } from "./scheduling/weekly-pattern.ts";
export { listMyNotifications } from "./notifications/list-notifications.ts";
export { isEmailed, recipientsOf } from "./notifications/delivery-rules.ts";
export { deliveryMetrics } from "./notifications/metrics.ts";
export {
  claimOutboxBatch,
  deliverOutboxEvent,
  recordDeliveryFailure,
  type DeliveryDeps,
  type EmailMessage,
  type Mailer,
} from "./notifications/outbox-delivery.ts";
export { requeueDeadLetters } from "./notifications/requeue-dead-letters.ts";
export { listAuditLog } from "./admin/audit-log.ts";
export { kpiOverview } from "./admin/kpi-overview.ts";
export { kpiSeries } from "./admin/kpi-series.ts";
export { listAllBookings } from "./admin/list-bookings.ts";
export { listPayments } from "./admin/list-payments.ts";
export { opsOverview } from "./admin/ops-overview.ts";
export { extendPackage } from "./billing/extend-package.ts";
export { sellPackage } from "./billing/sell-package.ts";
export { businessSnapshot } from "./admin/business-snapshot.ts";
