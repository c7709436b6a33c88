import { router } from "../../trpc/init.ts";
import { adminApproveTeacher } from "./approve-teacher.ts";
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
});
