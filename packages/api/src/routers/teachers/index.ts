import { router } from "../../trpc/init.ts";
import { teachersGet } from "./get.ts";
import { teachersList } from "./list.ts";
import { teachersUpsertMyProfile } from "./upsert-my-profile.ts";

export const teachersRouter = router({
  list: teachersList,
  get: teachersGet,
  upsertMyProfile: teachersUpsertMyProfile,
});
