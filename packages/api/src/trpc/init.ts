import { DomainError } from "@guitaronline/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context.ts";
import { appCodeOf, fieldErrorsOf, trpcCodeOf } from "./error-shape.ts";
import type { ProcedureMeta } from "./meta.ts";

const GENERIC_MESSAGE = "Something went wrong on our side. Please try again.";

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer: superjson,
  // Never send stack traces, whatever NODE_ENV says.
  isDev: false,
  // Subscriptions (server-sent events): a comment every 20 s keeps proxies from closing a quiet
  // stream, and a client that hears nothing for 45 s reconnects.
  sse: { ping: { enabled: true, intervalMs: 20_000 }, client: { reconnectAfterInactivityMs: 45_000 } },
  errorFormatter({ shape, error }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const fieldErrors = fieldErrorsOf(error);
    const message = internal
      ? GENERIC_MESSAGE
      : fieldErrors
        ? `Invalid input: ${Object.keys(fieldErrors).join(", ")}.`
        : shape.message;
    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: appCodeOf(error),
        fieldErrors,
      },
    };
  },
});

export const router = t.router;

/** Turns a domain error into its tRPC code (with Retry-After when it has one); times each call. */
const observed = t.middleware(async ({ ctx, path, type, next }) => {
  const startedAt = process.hrtime.bigint();
  const result = await next();
  let outcome = result.ok ? "OK" : result.error.code;
  try {
    if (!result.ok) {
      const cause = result.error.cause;
      if (cause instanceof DomainError) {
        outcome = trpcCodeOf(cause.kind);
        if (cause.retryAfterSeconds) ctx.resHeaders.set("Retry-After", String(cause.retryAfterSeconds));
        throw new TRPCError({ code: trpcCodeOf(cause.kind), message: cause.message, cause });
      }
      if (result.error.code === "INTERNAL_SERVER_ERROR") {
        ctx.log.error("procedure failed", { procedure: path, error: result.error.cause ?? result.error });
      }
    }
    return result;
  } finally {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    ctx.procedureMetrics?.calls.inc({ procedure: path, type, code: outcome });
    ctx.procedureMetrics?.duration.observe({ procedure: path, type }, seconds);
  }
});

/** Every change a signed-in caller makes spends their budget of changes (429 over it). */
const mutationBudget = t.middleware(async ({ ctx, type, next }) => {
  if (type === "mutation" && ctx.principal) await ctx.rateLimits.mutation(ctx.principal.id);
  return next();
});

export const publicProcedure = t.procedure.use(observed).use(mutationBudget).meta({ access: "public" });
export { t };
