import { router } from "../../trpc/init.ts";
import { billingCreatePackage } from "./create-package.ts";
import { billingCreatePayment } from "./create-payment.ts";
import { billingExpirePackages } from "./expire-packages.ts";
import { billingExtendPackage } from "./extend-package.ts";
import { billingMyPackages } from "./my-packages.ts";
import { billingPackagesByStudent } from "./packages-by-student.ts";
import { billingPayments } from "./payments.ts";
import { billingSellPackage } from "./sell-package.ts";
import { billingUpdatePaymentStatus } from "./update-payment-status.ts";

export const billingRouter = router({
  createPayment: billingCreatePayment,
  updatePaymentStatus: billingUpdatePaymentStatus,
  createPackage: billingCreatePackage,
  myPackages: billingMyPackages,
  packagesByStudent: billingPackagesByStudent,
  expirePackages: billingExpirePackages,
  sellPackage: billingSellPackage,
  extendPackage: billingExtendPackage,
  payments: billingPayments,
});
