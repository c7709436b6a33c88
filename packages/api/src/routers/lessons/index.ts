import { router } from "../../trpc/init.ts";
import { lessonsComplete } from "./complete.ts";
import { lessonsMarkNoShow } from "./mark-no-show.ts";
import { lessonsMy } from "./my.ts";

export const lessonsRouter = router({
  my: lessonsMy,
  complete: lessonsComplete,
  markNoShow: lessonsMarkNoShow,
});
