import { createPackage, createPayment, expireOverduePackages, listPackages, updatePaymentStatus } from "@guitaronline/domain";
import { z } from "zod";
import { router } from "../../trpc/init.ts";
import { adminProcedure, studentProcedure } from "../../trpc/procedures.ts";
import { zId, zMoney } from "../shared-schemas.ts";

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
  createPayment: adminProcedure
    .input(z.object({ packageId: zId, amount: zMoney, idempotencyKey: z.string().min(1).max(100) }))
    .output(zPayment)
    .mutation(({ ctx, input }) => createPayment(ctx.deps, ctx.principal, input)),

  updatePaymentStatus: adminProcedure
    .input(z.object({ paymentId: zId, status: zPaymentStatus }))
    .output(zPayment)
    .mutation(({ ctx, input }) => updatePaymentStatus(ctx.deps, ctx.principal, input)),

  createPackage: adminProcedure
    .input(z.object({ studentId: zId, lessonsTotal: z.number().int().min(1).max(200), expiresAt: z.date(), price: zMoney }))
    .output(zPackage)
    .mutation(({ ctx, input }) => createPackage(ctx.deps, ctx.principal, input)),

  myPackages: studentProcedure
    .output(z.array(zPackage))
    .query(({ ctx }) => listPackages(ctx.deps, ctx.principal, { studentId: ctx.principal.id })),

  packagesByStudent: adminProcedure
    .input(z.object({ studentId: zId }))
    .output(z.array(zPackage))
    .query(({ ctx, input }) => listPackages(ctx.deps, ctx.principal, input)),

  expirePackages: adminProcedure
    .output(z.object({ expired: z.number().int() }))
    .mutation(({ ctx }) => expireOverduePackages(ctx.deps, ctx.principal, {})),
});
