import { describe, expect, it } from "vitest";
import { canExtend, isOverdue, packageToConsume, statusForLessonsLeft, type PackageState } from "./package-rules.ts";

const now = new Date("2026-12-01T12:00:00Z");
const day = 86_400_000;
const pkg = (id: string, overrides: Partial<PackageState> = {}): PackageState => ({
  id,
  status: "ACTIVE",
  lessonsLeft: 5,
  lessonsTotal: 10,
  expiresAt: new Date(now.getTime() + 30 * day),
  createdAt: new Date(now.getTime() - day),
  ...overrides,
});

describe("which package a confirmation consumes", () => {
  it("is the usable one expiring soonest", () => {
    const later = pkg("later");
    const sooner = pkg("sooner", { expiresAt: new Date(now.getTime() + 2 * day) });
    expect(packageToConsume([later, sooner], now)?.id).toBe("sooner");
  });

  it("skips empty, expired, overdue and depleted packages", () => {
    const candidates = [
      pkg("empty", { lessonsLeft: 0, expiresAt: new Date(now.getTime() + day) }),
      pkg("expired", { status: "EXPIRED", expiresAt: new Date(now.getTime() + day) }),
      pkg("overdue", { expiresAt: now }),
      pkg("depleted", { status: "DEPLETED", lessonsLeft: 0 }),
      pkg("usable"),
    ];
    expect(packageToConsume(candidates, now)?.id).toBe("usable");
    expect(packageToConsume(candidates.slice(0, 4), now)).toBeUndefined();
  });

  it("takes the older of two expiring at the same instant", () => {
    const older = pkg("older", { createdAt: new Date(now.getTime() - 5 * day) });
    expect(packageToConsume([pkg("newer"), older], now)?.id).toBe("older");
  });
});

describe("package status", () => {
  it("is overdue from the expiry instant on", () => {
    expect(isOverdue(pkg("p", { expiresAt: new Date(now.getTime() + 1) }), now)).toBe(false);
    expect(isOverdue(pkg("p", { expiresAt: now }), now)).toBe(true);
  });

  it("is DEPLETED at 0 lessons left, ACTIVE again when one comes back before expiry", () => {
    const active = pkg("p");
    expect(statusForLessonsLeft(active, 0, now)).toBe("DEPLETED");
    expect(statusForLessonsLeft({ ...active, status: "DEPLETED" }, 1, now)).toBe("ACTIVE");
    expect(statusForLessonsLeft({ ...active, status: "DEPLETED", expiresAt: now }, 1, now)).toBe("EXPIRED");
  });
});

describe("which package can be extended", () => {
  it.each([
    ["an expired one with lessons left", { status: "EXPIRED", lessonsLeft: 3 }, true],
    ["an active one", { status: "ACTIVE", lessonsLeft: 3 }, true],
    ["an expired one with no lesson left", { status: "EXPIRED", lessonsLeft: 0 }, false],
    ["a depleted one", { status: "DEPLETED", lessonsLeft: 0 }, false],
  ] as const)("%s: %s", (_name, overrides, expected) => {
    expect(canExtend(pkg("p", overrides))).toBe(expected);
  });
});
