import { listUsers } from "@guitaronline/domain";
import { adminProcedure } from "../../trpc/procedures.ts";
import { ZAdminUsersInput, ZAdminUsersOutput } from "./users.types.ts";

export const adminUsers = adminProcedure
  .meta({
    description:
      "Users, newest first, a page at a time: by role, by name or e-mail, or only teachers awaiting approval.",
  })
  .input(ZAdminUsersInput)
  .output(ZAdminUsersOutput)
  .query(({ ctx, input }) => listUsers(ctx.deps, ctx.principal, input));
