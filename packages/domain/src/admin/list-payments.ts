import type { PaymentStatus } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import type { Principal } from "../identity/principal.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import { readerOf } from "./read-models.ts";

export interface PaymentListQuery extends PageQuery {
  studentId?: string;
  packageId?: string;
  status?: PaymentStatus;
}

/** Payments, newest first, by student, package or status, with the student they are for. */
export async function listPayments(deps: DomainDeps, _admin: Principal, query: PaymentListQuery) {
  const rows = await readerOf(deps).payment.findMany({
    where: { status: query.status, packageId: query.packageId, package: query.studentId ? { studentId: query.studentId } : undefined },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(query),
    include: { package: { select: { studentId: true, student: { select: { name: true } } } } },
  });
  const payments = rows.map((payment) => ({
    id: payment.id,
    packageId: payment.packageId,
    studentId: payment.package.studentId,
    studentName: payment.package.student.name,
    status: payment.status,
    amount: { amountMinor: payment.amountMinor, currency: payment.currency },
    paidAt: payment.paidAt,
    createdAt: payment.createdAt,
  }));
  return pageOf(payments, query);
}
