// Every procedure's contract, for programs that call them: `TBookingHoldInput`, `TBookingHoldOutput`…
// Types only, so importing them loads none of the server.
export type * from "./shared-schemas.ts";

export type * from "./identity/schemas.ts";
export type * from "./identity/api-tokens.types.ts";
export type * from "./identity/change-password.types.ts";
export type * from "./identity/create-api-token.types.ts";
export type * from "./identity/me.types.ts";
export type * from "./identity/mfa/confirm.types.ts";
export type * from "./identity/mfa/disable.types.ts";
export type * from "./identity/mfa/enroll.types.ts";
export type * from "./identity/mfa/regenerate-recovery-codes.types.ts";
export type * from "./identity/mfa/status.types.ts";
export type * from "./identity/register.types.ts";
export type * from "./identity/revoke-api-token.types.ts";
export type * from "./identity/sign-out-everywhere.types.ts";

export type * from "./admin/schemas.ts";
export type * from "./admin/approve-teacher.types.ts";
export type * from "./admin/audit-log.types.ts";
export type * from "./admin/bookings.types.ts";
export type * from "./admin/kpi-overview.types.ts";
export type * from "./admin/kpi-series.types.ts";
export type * from "./admin/ops-overview.types.ts";
export type * from "./admin/requeue-dead-letters.types.ts";
export type * from "./admin/set-user-disabled.types.ts";
export type * from "./admin/sign-out-user.types.ts";
export type * from "./admin/users.types.ts";

export type * from "./teachers/schemas.ts";
export type * from "./teachers/list.types.ts";
export type * from "./teachers/upsert-my-profile.types.ts";

export type * from "./scheduling/schemas.ts";
export type * from "./scheduling/create-slot.types.ts";
export type * from "./scheduling/create-weekly-slots.types.ts";
export type * from "./scheduling/delete-slot.types.ts";
export type * from "./scheduling/open-slots.types.ts";

export type * from "./booking/schemas.ts";
export type * from "./booking/cancel.types.ts";
export type * from "./booking/confirm.types.ts";
export type * from "./booking/expire-holds.types.ts";
export type * from "./booking/hold.types.ts";
export type * from "./booking/my.types.ts";
export type * from "./booking/reschedule.types.ts";

export type * from "./lessons/schemas.ts";
export type * from "./lessons/complete.types.ts";
export type * from "./lessons/mark-no-show.types.ts";
export type * from "./lessons/my.types.ts";

export type * from "./billing/schemas.ts";
export type * from "./billing/create-package.types.ts";
export type * from "./billing/create-payment.types.ts";
export type * from "./billing/expire-packages.types.ts";
export type * from "./billing/extend-package.types.ts";
export type * from "./billing/my-packages.types.ts";
export type * from "./billing/packages-by-student.types.ts";
export type * from "./billing/payments.types.ts";
export type * from "./billing/sell-package.types.ts";
export type * from "./billing/update-payment-status.types.ts";

export type * from "./notifications/schemas.ts";
export type * from "./notifications/delivery-metrics.types.ts";
export type * from "./notifications/my.types.ts";
