export type Role = "STUDENT" | "TEACHER" | "ADMIN";

/** Where each role starts: its own lessons, or the school's desk. */
export const ROLE_HOME: Record<Role, string> = { STUDENT: "/bookings", TEACHER: "/teach", ADMIN: "/admin" };
