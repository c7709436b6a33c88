import { router } from "../../trpc/init.ts";
import { adminApproveTeacher, adminSetUserDisabled, adminSignOutUser, adminUsers } from "./users.ts";

export const adminRouter = router({
  approveTeacher: adminApproveTeacher,
  setUserDisabled: adminSetUserDisabled,
  signOutUser: adminSignOutUser,
  users: adminUsers,
});
