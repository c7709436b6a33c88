export { writeAudit, type AuditEntry } from "./audit.ts";
export { systemClock, type Clock } from "./clock.ts";
export * from "./errors.ts";
export { createApiToken, listApiTokens, revokeApiToken } from "./identity/api-tokens.ts";
export { authenticate, type Authenticated } from "./identity/authenticate.ts";
export { changePassword } from "./identity/change-password.ts";
export { normaliseEmail } from "./identity/email.ts";
export { approveTeacher, listUsers, setUserDisabled, signOutEverywhere, type UserListQuery } from "./identity/manage-users.ts";
export { hashPassword, verifyPassword } from "./identity/password.ts";
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./identity/password-policy.ts";
export type { Principal } from "./identity/principal.ts";
export { registerUser, type Registration } from "./identity/register-user.ts";
export { hashApiToken, principalForApiToken, principalForSession } from "./identity/sessions.ts";
export { listTeachers, upsertTeacherProfile, type TeacherProfileChange } from "./teaching/teacher-profiles.ts";
export { expireOverduePackages } from "./billing/expire-packages.ts";
export { isOverdue, isUsable, packageToConsume, statusForLessonsLeft } from "./billing/package-rules.ts";
export { createPackage, listPackages, type Money } from "./billing/packages.ts";
export { cancelBooking } from "./booking/cancel-booking.ts";
export { confirmBooking } from "./booking/confirm-booking.ts";
export type { BookingContext, BookingSettings } from "./booking/context.ts";
export { expireHolds } from "./booking/expire-holds.ts";
export { holdBooking, type HoldRequest } from "./booking/hold-booking.ts";
export { listMyBookings, type BookingListQuery } from "./booking/list-bookings.ts";
export { rescheduleBooking } from "./booking/reschedule-booking.ts";
export { holdExpiresAt, holdHasExpired, lessonReturnsOnCancel } from "./booking/rules.ts";
export { listMyLessons, recordLessonOutcome } from "./lessons/lessons.ts";
export { emit, type OutboxEntry, type OutboxEventType } from "./outbox.ts";
export { createSlot, createWeeklySlots, deleteSlot, listOpenSlots, type OpenSlotQuery } from "./scheduling/slots.ts";
export { weeklySlotTimes, type SlotTime, type WeeklyPattern } from "./scheduling/weekly-pattern.ts";
export { paidAtAfter, paymentChange, type PaymentChange } from "./billing/payment-rules.ts";
export { createPayment, updatePaymentStatus } from "./billing/payments.ts";
export { EMAILED_EVENTS, isDeadLetter, recipientsOf, retryDelayMs } from "./notifications/delivery-rules.ts";
export { deliveryMetrics, listMyNotifications } from "./notifications/metrics.ts";
export {
  claimOutboxBatch,
  deliverOutboxEvent,
  recordDeliveryFailure,
  requeueDeadLetters,
  type DeliveryContext,
  type EmailMessage,
  type Mailer,
} from "./notifications/outbox-delivery.ts";
