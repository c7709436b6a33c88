import type { Role } from "@guitaronline/db";
import type { AppCode } from "@guitaronline/domain";
import type { ZodType } from "zod";

/** Who may call a procedure: anyone, anyone signed in, or signed-in users of these roles. */
export type ProcedureAccess = "public" | "signed-in" | readonly Role[];

/**
 * What the developer reference says of a procedure. tRPC shallow-merges chained `.meta()`, so
 * the guard a procedure is built on declares `access` and the procedure adds the rest.
 */
export interface ProcedureMeta {
  access?: ProcedureAccess;
  /** One or two sentences in the school's words. */
  description?: string;
  /** The codes the procedure's own rules answer with; those every call can get follow from `access`. */
  appCodes?: readonly AppCode[];
  /** A subscription's events: the schema of each value it yields (tRPC's `.output` would parse the stream). */
  events?: ZodType;
}
