// The procedures' contracts for the browser: every `Z…` schema and `T…` type, so a form validates
// with the very schema the procedure parses its input with. Nothing here reaches the server's
// code (a test walks the imports); zod is set to run without eval first, for the page's CSP.
import "./zod-jitless.ts";

export * from "./routers/types.ts";
