import { spawn } from "node:child_process";
import { adminRequest, expect, personalApiToken, test } from "./helpers";
import { aStudentWithLessons } from "./student-helpers";

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

test("the client's example books a lesson with a student's token, and fails without one", async ({ request, playwright, baseURL }) => {
  test.setTimeout(60_000);
  const admin = await adminRequest(await playwright.request.newContext({ baseURL }));
  // A student of their own, so the demo student's lessons stay as they are.
  const student = await aStudentWithLessons(request, admin, { lessons: 1, name: "Script Student" });
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
