import { adminRouter } from "./routers/admin/index.ts";
import { billingRouter } from "./routers/billing/index.ts";
import { bookingRouter } from "./routers/booking/index.ts";
import { identityRouter } from "./routers/identity/index.ts";
import { lessonsRouter } from "./routers/lessons/index.ts";
import { notificationsRouter } from "./routers/notifications/index.ts";
import { schedulingRouter } from "./routers/scheduling/index.ts";
import { teachersRouter } from "./routers/teachers/index.ts";
import { router } from "./trpc/init.ts";

export const appRouter = router({
  identity: identityRouter,
  admin: adminRouter,
  teachers: teachersRouter,
  scheduling: schedulingRouter,
  booking: bookingRouter,
  lessons: lessonsRouter,
  billing: billingRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;
