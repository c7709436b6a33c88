import { listMyNotifications } from "@guitaronline/domain";
import { memberProcedure } from "../../trpc/procedures.ts";
import { ZNotificationsMyInput, ZNotificationsMyOutput } from "./my.types.ts";

export const notificationsMy = memberProcedure
  .meta({
    description: "Your in-app notifications, newest first, a page at a time.",
  })
  .input(ZNotificationsMyInput)
  .output(ZNotificationsMyOutput)
  .query(({ ctx, input }) => listMyNotifications(ctx.deps, ctx.principal, input));
