import { spawn } from "node:child_process";
import type { APIRequestContext } from "@playwright/test";
import { expect, personalApiToken, signInRequest, test, uniqueEmail } from "./helpers";

/** `pnpm --filter @guitaronline/client example:book`, as CI runs it against the started product. */
type Run = { status: number | null; stdout: string; stderr: string };

function bookWithExample(baseURL: string, token: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["--filter", "@guitaronline/client", "example:book"], {
      env: { ...process.env, GUITARONLINE_URL: baseURL, GUITARONLINE_TOKEN: token },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A new student with a one-lesson package, so the demo student's lessons stay as they are. */
async function aStudentWithOneLesson(request: APIRequestContext, admin: APIRequestContext) {
  const email = uniqueEmail("client-example");
  const password = "example password 123";
  const registration = { email, password, name: "Script Student" };
  const registered = await request.post("/api/trpc/identity.register", { data: { json: registration } });
  const { id: studentId } = (await registered.json()).result.data.json;
  await signInRequest(admin, "admin@guitaronline.dev");
  const expiresAt = new Date(Date.now() + 60 * 24 * 3_600_000).toISOString();
  // The admin's session cookie rides along, so the call names the app's origin as its pages do.
  const sold = await admin.post("/api/trpc/billing.createPackage", {
    headers: { origin: new URL(registered.url()).origin },
    data: {
      json: { studentId, lessonsTotal: 1, expiresAt, price: { amountMinor: 3_000, currency: "EUR" } },
      meta: { values: { expiresAt: ["Date"] } },
    },
  });
  expect(sold.status()).toBe(200);
  return { email, password };
}

test("the client's example books a lesson with a student's token, and fails without one", async ({ request, playwright, baseURL }) => {
  test.setTimeout(60_000);
  const admin = await playwright.request.newContext({ baseURL });
  const student = await aStudentWithOneLesson(request, admin);
  const { token } = await personalApiToken(request, student.email, student.password);

  const booked = await bookWithExample(baseURL!, token);
  expect(booked.stderr).not.toContain("Could not book");
  expect(booked.status).toBe(0);
  expect(booked.stdout).toContain("Signed in as Script Student");
  expect(booked.stdout).toMatch(/Booked: booking \S+ is CONFIRMED/);
  const bookings = await request.get("/api/trpc/booking.my");
  expect((await bookings.json()).result.data.json.items).toMatchObject([{ status: "CONFIRMED" }]);

  const refused = await bookWithExample(baseURL!, "go_not-a-token");
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain("Could not book a lesson (unauthorized)");
  await admin.dispose();
});
