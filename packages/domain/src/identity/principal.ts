import type { Role } from "@guitaronline/db";

/** The signed-in user as every procedure sees them. */
export interface Principal {
  id: string;
  email: string;
  name: string;
  role: Role;
  teacherApproved: boolean;
  locale: string;
  timezone: string;
}

export const principalFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  teacherApproved: true,
  locale: true,
  timezone: true,
} as const;
