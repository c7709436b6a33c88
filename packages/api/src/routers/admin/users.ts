import { approveTeacher, listUsers, setUserDisabled, signOutEverywhere } from "@guitaronline/domain";
import { ZIdRef } from "../shared-schemas.ts";
import { adminProcedure } from "../../trpc/procedures.ts";
import {
  ZApproveTeacherOutput,
  ZSetUserDisabledInput,
  ZUserIdInput,
  ZUsersInput,
  ZUsersOutput,
  ZUserSummary,
} from "./schemas.ts";

export const adminApproveTeacher = adminProcedure
  .meta({
    description: "Lets a registered teacher publish slots. Approving an approved teacher changes nothing.",
    appCodes: ["not_found", "invalid_transition"],
  })
  .input(ZUserIdInput)
  .output(ZApproveTeacherOutput)
  .mutation(({ ctx, input }) => approveTeacher(ctx.deps, ctx.principal, input));

export const adminSetUserDisabled = adminProcedure
  .meta({
    description:
      "Disables a user, whose sessions and tokens end at once and who cannot sign in, or enables them again. An " +
      "admin cannot disable themselves.",
    appCodes: ["not_found", "forbidden"],
  })
  .input(ZSetUserDisabledInput)
  .output(ZUserSummary)
  .mutation(({ ctx, input }) => setUserDisabled(ctx.deps, ctx.principal, input));

export const adminSignOutUser = adminProcedure
  .meta({
    description: "Ends every session and API token of a user.",
    appCodes: ["not_found"],
  })
  .input(ZUserIdInput)
  .output(ZIdRef)
  .mutation(({ ctx, input }) => signOutEverywhere(ctx.deps, ctx.principal, input));

export const adminUsers = adminProcedure
  .meta({
    description:
      "Users, newest first, a page at a time: by role, by name or e-mail, or only teachers awaiting approval.",
  })
  .input(ZUsersInput)
  .output(ZUsersOutput)
  .query(({ ctx, input }) => listUsers(ctx.deps, ctx.principal, input));
