import { router } from "../../trpc/init.ts";
import { identityApiTokens, identityCreateApiToken, identityRevokeApiToken } from "./api-tokens.ts";
import { identityMe } from "./me.ts";
import { identityMfaRouter } from "./mfa/index.ts";
import { identityRegister } from "./register.ts";
import { identityChangePassword, identitySignOutEverywhere } from "./sessions.ts";

export const identityRouter = router({
  register: identityRegister,
  me: identityMe,
  createApiToken: identityCreateApiToken,
  apiTokens: identityApiTokens,
  revokeApiToken: identityRevokeApiToken,
  changePassword: identityChangePassword,
  signOutEverywhere: identitySignOutEverywhere,
  mfa: identityMfaRouter,
});
