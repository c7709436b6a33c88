import { authenticate, InvalidCredentials } from "@guitaronline/domain";
import { testDomainDeps } from "@guitaronline/domain/testing";
import { TEST_PASSWORD } from "@guitaronline/testbed/testing";
import { describe, expect, it } from "vitest";
import { apiTestbed, aUser, clientFor, failureOf, sessionCookie } from "../../testing/harness.ts";

const testbed = apiTestbed();

const anonymous = () => clientFor(testbed.deps);
const registration = (email: string) => ({ email, password: TEST_PASSWORD, name: "New Person" });

describe("identity.register", () => {
  it("creates a student with a normalised e-mail and audits it", async () => {
    const created = await anonymous().identity.register.mutate(registration("  New.Person@Example.COM "));
    expect(created).toMatchObject({ email: "new.person@example.com", role: "STUDENT" });
    const audit = await testbed.database.db.auditLog.findFirst({ where: { action: "identity.registered", entityId: created.id } });
    expect(audit).not.toBeNull();
  });

  it("refuses an e-mail already taken, whatever its case", async () => {
    await anonymous().identity.register.mutate(registration("taken@example.com"));
    const failure = await failureOf(anonymous().identity.register.mutate(registration("TAKEN@example.com")));
    expect(failure).toMatchObject({ code: "CONFLICT", appCode: "email_taken" });
    await expect(testbed.database.db.user.count({ where: { email: "taken@example.com" } })).resolves.toBe(1);
  });

  it("refuses a password shorter than 10 characters, naming the field, and writes nothing", async () => {
    const failure = await failureOf(
      anonymous().identity.register.mutate({ ...registration("short@example.com"), password: "123456789" }),
    );
    expect(failure).toMatchObject({ code: "BAD_REQUEST", appCode: "validation_failed", httpStatus: 400 });
    expect(Object.keys(failure.fieldErrors ?? {})).toEqual(["password"]);
    await expect(testbed.database.db.user.count({ where: { email: "short@example.com" } })).resolves.toBe(0);
  });

  it("never creates an admin", async () => {
    const input = { ...registration("wannabe@example.com"), role: "ADMIN" } as unknown as Parameters<
      ReturnType<typeof anonymous>["identity"]["register"]["mutate"]
    >[0];
    const failure = await failureOf(anonymous().identity.register.mutate(input));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", appCode: "validation_failed" });
    await expect(testbed.database.db.user.count({ where: { email: "wannabe@example.com" } })).resolves.toBe(0);
  });

  it("registers a teacher unapproved, with an empty profile", async () => {
    const teacher = await anonymous().identity.register.mutate({ ...registration("new-teacher@example.com"), role: "TEACHER" });
    const stored = await testbed.database.db.user.findUniqueOrThrow({ where: { id: teacher.id }, include: { teacherProfile: true } });
    expect(stored.teacherApproved).toBe(false);
    expect(stored.teacherProfile).not.toBeNull();
  });

  it("answers malformed input with validation_failed, never a 500", async () => {
    for (const input of [{}, { email: 42 }, { email: "x".repeat(10_000), password: "y", name: "" }, null]) {
      const failure = await failureOf(anonymous().identity.register.mutate(input as never));
      expect(failure).toMatchObject({ code: "BAD_REQUEST", appCode: "validation_failed" });
    }
  });
});

describe("sign-in credentials", () => {
  it("accept the right password and audit the sign-in", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const signedIn = await authenticate(testDomainDeps(testbed.database.db), {}, { email: user.email.toUpperCase(), password: user.password });
    expect(signedIn.id).toBe(user.id);
    await expect(testbed.database.db.auditLog.count({ where: { action: "identity.signed_in", entityId: user.id } })).resolves.toBe(1);
  });

  it("refuse a wrong password or an unknown e-mail alike, and audit the failure", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const wrongPassword = await authenticate(testDomainDeps(testbed.database.db), {}, { email: user.email, password: "not the password" }).catch((e) => e);
    const unknownEmail = await authenticate(testDomainDeps(testbed.database.db), {}, { email: "nobody@example.com", password: user.password }).catch((e) => e);
    expect(wrongPassword).toBeInstanceOf(InvalidCredentials);
    expect(unknownEmail).toBeInstanceOf(InvalidCredentials);
    expect(wrongPassword.message).toBe(unknownEmail.message);
    await expect(testbed.database.db.auditLog.count({ where: { action: "identity.sign_in_failed", entityId: user.id } })).resolves.toBe(1);
  });

  it("refuse a disabled user", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const user = await aUser(testbed.database.db, "STUDENT");
    await clientFor(testbed.deps, admin.session).admin.setUserDisabled.mutate({ userId: user.id, disabled: true });
    await expect(authenticate(testDomainDeps(testbed.database.db), {}, { email: user.email, password: user.password })).rejects.toBeInstanceOf(
      InvalidCredentials,
    );
  });
});

describe("sessions and API tokens", () => {
  it("identity.me answers for a session and is UNAUTHORIZED without one", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    await expect(clientFor(testbed.deps, user.session).identity.me.query()).resolves.toMatchObject({ id: user.id, role: "STUDENT" });
    await expect(failureOf(anonymous().identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    const forged = { cookie: "next-auth.session-token=not-a-jwt" };
    await expect(failureOf(clientFor(testbed.deps, forged).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a bearer token works, is stored hashed, and an unknown or revoked one is UNAUTHORIZED", async () => {
    const user = await aUser(testbed.database.db, "TEACHER");
    const created = await clientFor(testbed.deps, user.session).identity.createApiToken.mutate({ name: "my script" });
    expect(created.token).toMatch(/^go_/);
    const stored = await testbed.database.db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).not.toContain(created.token);
    await expect(clientFor(testbed.deps, { bearer: created.token }).identity.me.query()).resolves.toMatchObject({ id: user.id });
    await expect(failureOf(clientFor(testbed.deps, { bearer: "go_unknown" }).identity.me.query())).resolves.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await clientFor(testbed.deps, user.session).identity.revokeApiToken.mutate({ tokenId: created.id });
    await expect(failureOf(clientFor(testbed.deps, { bearer: created.token }).identity.me.query())).resolves.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const listed = await clientFor(testbed.deps, user.session).identity.apiTokens.query();
    expect(listed.find((token) => token.id === created.id)?.revokedAt).toBeInstanceOf(Date);
    const actions = await testbed.database.db.auditLog.findMany({ where: { entityId: created.id }, select: { action: true } });
    expect(actions.map((row) => row.action).sort()).toEqual(["identity.api_token.created", "identity.api_token.revoked"]);
  });

  it("nobody revokes someone else's token", async () => {
    const owner = await aUser(testbed.database.db, "STUDENT");
    const other = await aUser(testbed.database.db, "STUDENT");
    const created = await clientFor(testbed.deps, owner.session).identity.createApiToken.mutate({ name: "mine" });
    await expect(
      failureOf(clientFor(testbed.deps, other.session).identity.revokeApiToken.mutate({ tokenId: created.id })),
    ).resolves.toMatchObject({ code: "NOT_FOUND" });
    await expect(clientFor(testbed.deps, { bearer: created.token }).identity.me.query()).resolves.toMatchObject({ id: owner.id });
  });

  it("disabling a user makes the next request with the old session and the old token UNAUTHORIZED", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const user = await aUser(testbed.database.db, "STUDENT");
    const { token } = await clientFor(testbed.deps, user.session).identity.createApiToken.mutate({ name: "cron" });
    await clientFor(testbed.deps, admin.session).admin.setUserDisabled.mutate({ userId: user.id, disabled: true });
    await expect(failureOf(clientFor(testbed.deps, user.session).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(failureOf(clientFor(testbed.deps, { bearer: token }).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    // Enabling lets them sign in again; the old session stays ended.
    await clientFor(testbed.deps, admin.session).admin.setUserDisabled.mutate({ userId: user.id, disabled: false });
    await expect(failureOf(clientFor(testbed.deps, user.session).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(authenticate(testDomainDeps(testbed.database.db), {}, { email: user.email, password: user.password })).resolves.toMatchObject({ id: user.id });
  });

  it("sign out everywhere ends every session and token of the user, and only theirs", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const bystander = await aUser(testbed.database.db, "STUDENT");
    const { token } = await clientFor(testbed.deps, user.session).identity.createApiToken.mutate({ name: "laptop" });
    await clientFor(testbed.deps, user.session).identity.signOutEverywhere.mutate();
    await expect(failureOf(clientFor(testbed.deps, user.session).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(failureOf(clientFor(testbed.deps, { bearer: token }).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(clientFor(testbed.deps, bystander.session).identity.me.query()).resolves.toMatchObject({ id: bystander.id });
    // A session issued after the sign-out works.
    const fresh = await sessionCookie(testbed.database.db, { id: user.id, role: "STUDENT" }, 1);
    await expect(clientFor(testbed.deps, fresh).identity.me.query()).resolves.toMatchObject({ id: user.id });
  });

  it("API tokens issued before a password change stop working after it; one issued after works", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const { token: before } = await clientFor(testbed.deps, user.session).identity.createApiToken.mutate({ name: "before" });
    await clientFor(testbed.deps, user.session).identity.changePassword.mutate({
      currentPassword: user.password,
      newPassword: "a brand new password",
    });
    await expect(failureOf(clientFor(testbed.deps, { bearer: before }).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    const fresh = await sessionCookie(testbed.database.db, { id: user.id, role: "STUDENT" }, 1);
    const { token: after } = await clientFor(testbed.deps, fresh).identity.createApiToken.mutate({ name: "after" });
    await expect(clientFor(testbed.deps, { bearer: after }).identity.me.query()).resolves.toMatchObject({ id: user.id });
  });

  it("a password change needs the current password and ends the sessions issued before", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = clientFor(testbed.deps, user.session);
    await expect(
      failureOf(client.identity.changePassword.mutate({ currentPassword: "wrong password", newPassword: "a brand new password" })),
    ).resolves.toMatchObject({ code: "BAD_REQUEST", appCode: "invalid_credentials" });
    await client.identity.changePassword.mutate({ currentPassword: user.password, newPassword: "a brand new password" });
    await expect(failureOf(client.identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(authenticate(testDomainDeps(testbed.database.db), {}, { email: user.email, password: "a brand new password" })).resolves.toBeTruthy();
  });
});

describe("admin user management", () => {
  it("approves a teacher, who may then use teacher procedures", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const teacher = await aUser(testbed.database.db, "TEACHER", { approved: false });
    const teacherClient = clientFor(testbed.deps, teacher.session);
    await expect(failureOf(teacherClient.teachers.upsertMyProfile.mutate({ bio: "Blues" }))).resolves.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(clientFor(testbed.deps, admin.session).admin.approveTeacher.mutate({ userId: teacher.id })).resolves.toEqual({
      id: teacher.id,
      role: "TEACHER",
      approved: true,
    });
    await expect(teacherClient.teachers.upsertMyProfile.mutate({ bio: "Blues" })).resolves.toMatchObject({ bio: "Blues" });
    await expect(testbed.database.db.auditLog.count({ where: { action: "admin.teacher.approved", entityId: teacher.id } })).resolves.toBe(1);
  });

  it("refuses to approve a student, and an unknown user is NOT_FOUND", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const student = await aUser(testbed.database.db, "STUDENT");
    const client = clientFor(testbed.deps, admin.session);
    await expect(failureOf(client.admin.approveTeacher.mutate({ userId: student.id }))).resolves.toMatchObject({
      code: "CONFLICT",
      appCode: "invalid_transition",
    });
    await expect(
      failureOf(client.admin.approveTeacher.mutate({ userId: "00000000-0000-4000-8000-000000000000" })),
    ).resolves.toMatchObject({ code: "NOT_FOUND", appCode: "not_found" });
  });

  it("signing a user out ends their sessions and tokens, and only theirs", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const user = await aUser(testbed.database.db, "STUDENT");
    const bystander = await aUser(testbed.database.db, "STUDENT");
    const { token } = await clientFor(testbed.deps, user.session).identity.createApiToken.mutate({ name: "phone" });
    await expect(clientFor(testbed.deps, admin.session).admin.signOutUser.mutate({ userId: user.id })).resolves.toEqual({ id: user.id });
    await expect(failureOf(clientFor(testbed.deps, user.session).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(failureOf(clientFor(testbed.deps, { bearer: token }).identity.me.query())).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(clientFor(testbed.deps, bystander.session).identity.me.query()).resolves.toMatchObject({ id: bystander.id });
    await expect(clientFor(testbed.deps, admin.session).identity.me.query()).resolves.toMatchObject({ id: admin.id });
    await expect(testbed.database.db.auditLog.findFirst({ where: { action: "identity.signed_out_everywhere", entityId: user.id } })).resolves.toMatchObject({
      actorId: admin.id,
    });
  });

  it("signing out an unknown user is NOT_FOUND, and only admins may sign others out", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const student = await aUser(testbed.database.db, "STUDENT");
    await expect(
      failureOf(clientFor(testbed.deps, admin.session).admin.signOutUser.mutate({ userId: "00000000-0000-4000-8000-000000000000" })),
    ).resolves.toMatchObject({ code: "NOT_FOUND" });
    await expect(failureOf(clientFor(testbed.deps, student.session).admin.signOutUser.mutate({ userId: admin.id }))).resolves.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(clientFor(testbed.deps, admin.session).identity.me.query()).resolves.toMatchObject({ id: admin.id });
  });

  it("an admin cannot disable themselves", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    await expect(
      failureOf(clientFor(testbed.deps, admin.session).admin.setUserDisabled.mutate({ userId: admin.id, disabled: true })),
    ).resolves.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists teachers waiting for approval", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const waiting = await aUser(testbed.database.db, "TEACHER", { approved: false });
    const { items } = await clientFor(testbed.deps, admin.session).admin.users.query({ pendingApproval: true, limit: 100 });
    expect(items.map((user) => user.id)).toContain(waiting.id);
    expect(items.every((user) => user.role === "TEACHER" && !user.teacherApproved)).toBe(true);
  });
});
