// Every procedure's contract: its zod schemas (`ZBookingHoldInput`…) and their types
// (`TBookingHoldInput`, `TBookingHoldOutput`…). These files import zod and each other only, so a
// browser can load them (`@guitaronline/api/contracts`) without any of the server.
export * from "./shared-schemas.ts";

export * from "./identity/schemas.ts";
export * from "./identity/api-tokens.types.ts";
export * from "./identity/change-password.types.ts";
export * from "./identity/create-api-token.types.ts";
export * from "./identity/me.types.ts";
export * from "./identity/mfa/confirm.types.ts";
export * from "./identity/mfa/disable.types.ts";
export * from "./identity/mfa/enroll.types.ts";
export * from "./identity/mfa/regenerate-recovery-codes.types.ts";
export * from "./identity/mfa/status.types.ts";
export * from "./identity/register.types.ts";
export * from "./identity/revoke-api-token.types.ts";
export * from "./identity/sign-out-everywhere.types.ts";
export * from "./identity/update-profile.types.ts";

export * from "./admin/schemas.ts";
export * from "./admin/approve-teacher.types.ts";
export * from "./admin/audit-log.types.ts";
export * from "./admin/bookings.types.ts";
export * from "./admin/kpi-overview.types.ts";
export * from "./admin/kpi-series.types.ts";
export * from "./admin/ops-overview.types.ts";
export * from "./admin/requeue-dead-letters.types.ts";
export * from "./admin/set-user-disabled.types.ts";
export * from "./admin/sign-out-user.types.ts";
export * from "./admin/users.types.ts";

export * from "./teachers/schemas.ts";
export * from "./teachers/get.types.ts";
export * from "./teachers/list.types.ts";
export * from "./teachers/upsert-my-profile.types.ts";

export * from "./scheduling/schemas.ts";
export * from "./scheduling/create-slot.types.ts";
export * from "./scheduling/create-weekly-slots.types.ts";
export * from "./scheduling/delete-slot.types.ts";
export * from "./scheduling/my-slots.types.ts";
export * from "./scheduling/on-slot-change.types.ts";
export * from "./scheduling/open-slots.types.ts";
export * from "./scheduling/preview-weekly-slots.types.ts";

export * from "./booking/schemas.ts";
export * from "./booking/cancel.types.ts";
export * from "./booking/confirm.types.ts";
export * from "./booking/expire-holds.types.ts";
export * from "./booking/hold.types.ts";
export * from "./booking/my.types.ts";
export * from "./booking/reschedule.types.ts";

export * from "./lessons/schemas.ts";
export * from "./lessons/complete.types.ts";
export * from "./lessons/mark-no-show.types.ts";
export * from "./lessons/my.types.ts";

export * from "./billing/schemas.ts";
export * from "./billing/create-package.types.ts";
export * from "./billing/create-payment.types.ts";
export * from "./billing/expire-packages.types.ts";
export * from "./billing/extend-package.types.ts";
export * from "./billing/my-packages.types.ts";
export * from "./billing/packages-by-student.types.ts";
export * from "./billing/payments.types.ts";
export * from "./billing/sell-package.types.ts";
export * from "./billing/update-payment-status.types.ts";

export * from "./notifications/schemas.ts";
export * from "./notifications/delivery-metrics.types.ts";
export * from "./notifications/my.types.ts";
