import { createPackage, createPayment, expireOverduePackages, listPackages, updatePaymentStatus } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { adminProcedure, studentProcedure } from "../../trpc/procedures.ts";
import { ZExpiredCount, ZId, ZIdempotencyKey, ZMoney } from "../shared-schemas.ts";

const ZPackage = z.object({
  id: ZId,
  status: z.enum(["ACTIVE", "EXPIRED", "DEPLETED"]),
  lessonsTotal: z.number().int(),
  lessonsLeft: z.number().int(),
  expiresAt: z.date(),
  price: ZMoney,
  createdAt: z.date(),
});

const ZPaymentStatus = z.enum(["PENDING", "SUCCEEDED", "FAILED", "REFUNDED"]);
const ZPayment = z.object({
  id: ZId,
  packageId: ZId,
  status: ZPaymentStatus,
  amount: ZMoney,
  paidAt: z.date().nullable(),
  createdAt: z.date(),
});

export const billingRouter = router({
  createPayment: adminProcedure
    .meta({
      description:
        "Records a PENDING payment for an active package. The same idempotencyKey returns the same payment; reusing " +
        "it for another package or amount is refused.",
      appCodes: ["not_found", "package_expired", "package_not_active", "idempotency_conflict"],
    })
    .input(z.object({ packageId: ZId, amount: ZMoney, idempotencyKey: ZIdempotencyKey }))
    .output(ZPayment)
    .mutation(({ ctx, input }) => createPayment(ctx.deps, ctx.principal, input)),

  updatePaymentStatus: adminProcedure
    .meta({
      description:
        "Moves a payment on: PENDING to SUCCEEDED or FAILED, FAILED to PENDING or SUCCEEDED, SUCCEEDED to REFUNDED. " +
        "The same status again changes nothing.",
      appCodes: ["not_found", "invalid_transition", "package_expired", "package_not_active"],
    })
    .input(z.object({ paymentId: ZId, status: ZPaymentStatus }))
    .output(ZPayment)
    .mutation(({ ctx, input }) => updatePaymentStatus(ctx.deps, ctx.principal, input)),

  createPackage: adminProcedure
    .meta({
      description: "Sells a student a package of lessons, usable until it expires.",
      appCodes: ["not_found", "invalid_transition"],
    })
    .input(z.object({ studentId: ZId, lessonsTotal: z.number().int().min(1).max(200), expiresAt: z.date(), price: ZMoney }))
    .output(ZPackage)
    .mutation(({ ctx, input }) => createPackage(ctx.deps, ctx.principal, input)),

  myPackages: studentProcedure
    .meta({
      description:
        "Your lesson packages, newest first, with the lessons left; a package past its expiry shows as EXPIRED.",
    })
    .output(z.array(ZPackage))
    .query(({ ctx }) => listPackages(ctx.deps, ctx.principal, { studentId: ctx.principal.id })),

  packagesByStudent: adminProcedure
    .meta({
      description: "A student's lesson packages, newest first, as the student sees them.",
    })
    .input(z.object({ studentId: ZId }))
    .output(z.array(ZPackage))
    .query(({ ctx, input }) => listPackages(ctx.deps, ctx.principal, input)),

  expirePackages: adminProcedure
    .meta({
      description: "Marks every active package past its expiry EXPIRED; the worker does the same on a schedule.",
    })
    .output(ZExpiredCount)
    .mutation(({ ctx }) => expireOverduePackages(ctx.deps, ctx.principal, {})),
});
