import { adminRouter } from "./routers/admin/index.ts";
import { identityRouter } from "./routers/identity/index.ts";
import { teachersRouter } from "./routers/teachers/index.ts";
import { router } from "./trpc/init.ts";

export const appRouter = router({
  identity: identityRouter,
  admin: adminRouter,
  teachers: teachersRouter,
});

export type AppRouter = typeof appRouter;
