import { router } from "../../../trpc/init.ts";
import { identityMfaConfirm } from "./confirm.ts";
import { identityMfaDisable } from "./disable.ts";
import { identityMfaEnroll } from "./enroll.ts";
import { identityMfaRegenerateRecoveryCodes } from "./regenerate-recovery-codes.ts";
import { identityMfaStatus } from "./status.ts";

export const identityMfaRouter = router({
  status: identityMfaStatus,
  enroll: identityMfaEnroll,
  confirm: identityMfaConfirm,
  disable: identityMfaDisable,
  regenerateRecoveryCodes: identityMfaRegenerateRecoveryCodes,
});
