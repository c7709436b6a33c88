import { createPackage, createPayment, expireOverduePackages, listPackages, updatePaymentStatus } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { adminProcedure, studentProcedure } from "../../trpc/procedures.ts";
import { zId, zMoney } from "../shared-schemas.ts";
import { billingExtendPackage } from "./extend-package.ts";
import { billingPayments } from "./payments.ts";
import { billingSellPackage } from "./sell-package.ts";

const zPackage = z.object({
  id: zId,
  status: z.enum(["ACTIVE", "EXPIRED", "DEPLETED"]),
  lessonsTotal: z.number().int(),
  lessonsLeft: z.number().int(),
  expiresAt: z.date(),
  price: zMoney,
  createdAt: z.date(),
});

const zPaymentStatus = z.enum(["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"]);
const zPayment = z.object({
  id: zId,
  packageId: zId,
  status: zPaymentStatus,
  amount: zMoney,
  paidAt: z.date().nullable(),
  createdAt: z.date(),
});

export const billingRouter = router({
  sellPackage: billingSellPackage,
  extendPackage: billingExtendPackage,
  payments: billingPayments,
  createPayment: adminProcedure
    .meta({
      description:
        "Records a PENDING payment for an active package. The same idempotencyKey returns the same payment; reusing " +
        "it for another package or amount is refused.",
      appCodes: ["not_found", "package_expired", "package_not_active", "idempotency_conflict"],
    })
    .input(z.object({ packageId: zId, amount: zMoney, idempotencyKey: z.string().min(1).max(100) }))
    .output(zPayment)
    .mutation(({ ctx, input }) => createPayment(ctx.deps, ctx.principal, input)),

  updatePaymentStatus: adminProcedure
    .meta({
      description:
        "Moves a payment on: PENDING to SUCCEEDED or FAILED, FAILED to PENDING or SUCCEEDED, SUCCEEDED to REFUNDED. " +
        "The same status again changes nothing.",
      appCodes: ["not_found", "invalid_transition", "package_expired", "package_not_active"],
    })
    .input(z.object({ paymentId: zId, status: zPaymentStatus }))
    .output(zPayment)
    .mutation(({ ctx, input }) => updatePaymentStatus(ctx.deps, ctx.principal, input)),

  createPackage: adminProcedure
    .meta({
      description: "Sells a student a package of lessons, usable until it expires.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(z.object({ studentId: zId, lessonsTotal: z.number().int().min(1).max(200), expiresAt: z.date(), price: zMoney }))
    .output(zPackage)
    .mutation(({ ctx, input }) => createPackage(ctx.deps, ctx.principal, input)),

  myPackages: studentProcedure
    .meta({
      description:
        "Your lesson packages, newest first, with the lessons left; a package past its expiry shows as EXPIRED.",
    })
    .output(z.array(zPackage))
    .query(({ ctx }) => listPackages(ctx.deps, ctx.principal, { studentId: ctx.principal.id })),

  packagesByStudent: adminProcedure
    .meta({
      description: "A student's lesson packages, newest first, as the student sees them.",
    })
    .input(z.object({ studentId: zId }))
    .output(z.array(zPackage))
    .query(({ ctx, input }) => listPackages(ctx.deps, ctx.principal, input)),

  expirePackages: adminProcedure
    .meta({
      description: "Marks every active package past its expiry EXPIRED; the worker does the same on a schedule.",
    })
    .output(z.object({ expired: z.number().int() }))
    .mutation(({ ctx }) => expireOverduePackages(ctx.deps, ctx.principal, {})),
});
