// The demo school's sign-ins. Nothing imported: `pnpm ops smoke` signs in as the demo student
// without loading the application.

export const DEMO_PASSWORD = "guitar-demo-123";

export const DEMO_ADMIN_EMAIL = "admin@guitaronline.dev";
export const DEMO_TEACHER_EMAIL = "teacher@guitaronline.dev";
export const DEMO_STUDENT_EMAIL = "student@guitaronline.dev";

export const DEMO_ACCOUNTS = [
  { email: DEMO_ADMIN_EMAIL, name: "Alexandra Admin", role: "ADMIN" },
  { email: DEMO_TEACHER_EMAIL, name: "Mikhail Strings", role: "TEACHER" },
  { email: DEMO_STUDENT_EMAIL, name: "Sasha Student", role: "STUDENT" },
] as const;
