import { router } from "../../trpc/init.ts";
import { teachersList } from "./list.ts";
import { teachersUpsertMyProfile } from "./upsert-my-profile.ts";

export const teachersRouter = router({
  list: teachersList,
  upsertMyProfile: teachersUpsertMyProfile,
});
