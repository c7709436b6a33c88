import { router } from "../../trpc/init.ts";
import { adminApproveTeacher } from "./approve-teacher.ts";
import { adminAuditLog } from "./audit-log.ts";
import { adminBookings } from "./bookings.ts";
import { adminKpiOverview } from "./kpi-overview.ts";
import { adminKpiSeries } from "./kpi-series.ts";
import { adminOpsOverview } from "./ops-overview.ts";
import { adminRequeueDeadLetters } from "./requeue-dead-letters.ts";
import { adminSetUserDisabled } from "./set-user-disabled.ts";
import { adminSignOutUser } from "./sign-out-user.ts";
import { adminUsers } from "./users.ts";

export const adminRouter = router({
  approveTeacher: adminApproveTeacher,
  setUserDisabled: adminSetUserDisabled,
  signOutUser: adminSignOutUser,
  users: adminUsers,
  requeueDeadLetters: adminRequeueDeadLetters,
  kpiOverview: adminKpiOverview,
  kpiSeries: adminKpiSeries,
  opsOverview: adminOpsOverview,
  auditLog: adminAuditLog,
  bookings: adminBookings,
});
