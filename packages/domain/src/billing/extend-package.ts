import type { DomainDeps } from "../deps.ts";
import { InvalidTransition, NotFound, PackageNotActive } from "../errors.ts";
import { record } from "../events/record.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { canExtend } from "./package-rules.ts";
import { packageView } from "./packages.ts";

/**
 * Gives a package a new expiry: an EXPIRED package with lessons left becomes ACTIVE again (the
 * remedy for one paid for but lapsed); a depleted one has nothing to extend.
 */
export async function extendPackage(deps: DomainDeps, admin: Principal, input: { packageId: string; expiresAt: Date; reason?: string }) {
  const now = deps.clock.now();
  if (input.expiresAt <= now) throw new InvalidTransition("A package must expire in the future.");
  return inOneTransaction(deps, async (tx) => {
    await tx.$queryRaw`SELECT id FROM lesson_packages WHERE id = ${input.packageId}::uuid FOR UPDATE`;
    const pkg = await tx.lessonPackage.findUnique({ where: { id: input.packageId } });
    if (!pkg) throw new NotFound("The package");
    if (!canExtend(pkg)) throw new PackageNotActive();
    const extended = await tx.lessonPackage.update({ where: { id: pkg.id }, data: { expiresAt: input.expiresAt, status: "ACTIVE" } });
    await record(tx, {
      actor: admin,
      entity: { type: "lesson_package", id: pkg.id },
      audit: "billing.package.extended",
      metadata: {
        from: { status: pkg.status, expiresAt: pkg.expiresAt.toISOString() },
        to: { status: extended.status, expiresAt: extended.expiresAt.toISOString() },
        ...(input.reason ? { reason: input.reason } : {}),
      },
      events: [
        {
          type: "billing.package.extended",
          payload: { packageId: pkg.id, studentId: pkg.studentId, lessonsLeft: pkg.lessonsLeft, expiresAt: extended.expiresAt },
        },
      ],
    });
    return packageView(extended);
  });
}
