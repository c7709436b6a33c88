import { approveTeacher, listUsers, setUserDisabled, signOutEverywhere } from "@guitaronline/domain";
import { z } from "zod";
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
  .input(ZUserIdInput)
  .output(ZApproveTeacherOutput)
  .mutation(({ ctx, input }) => approveTeacher(ctx.deps, ctx.principal, input));

export const adminSetUserDisabled = adminProcedure
  .input(ZSetUserDisabledInput)
  .output(ZUserSummary)
  .mutation(({ ctx, input }) => setUserDisabled(ctx.deps, ctx.principal, input));

export const adminSignOutUser = adminProcedure
  .input(ZUserIdInput)
  .output(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) => signOutEverywhere(ctx.deps, ctx.principal, input));

export const adminUsers = adminProcedure
  .input(ZUsersInput)
  .output(ZUsersOutput)
  .query(({ ctx, input }) => listUsers(ctx.deps, ctx.principal, input));
