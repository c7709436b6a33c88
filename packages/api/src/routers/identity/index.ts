import { router } from "../../trpc/init.ts";
import { identityApiTokens } from "./api-tokens.ts";
import { identityChangePassword } from "./change-password.ts";
import { identityCreateApiToken } from "./create-api-token.ts";
import { identityMe } from "./me.ts";
import { identityMfaRouter } from "./mfa/index.ts";
import { identityRegister } from "./register.ts";
import { identityRevokeApiToken } from "./revoke-api-token.ts";
import { identitySignOutEverywhere } from "./sign-out-everywhere.ts";
import { identityUpdateProfile } from "./update-profile.ts";

export const identityRouter = router({
  register: identityRegister,
  me: identityMe,
  updateProfile: identityUpdateProfile,
  createApiToken: identityCreateApiToken,
  apiTokens: identityApiTokens,
  revokeApiToken: identityRevokeApiToken,
  changePassword: identityChangePassword,
  signOutEverywhere: identitySignOutEverywhere,
  mfa: identityMfaRouter,
});
