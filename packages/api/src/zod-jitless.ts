import { z } from "zod";

// The portal's Content-Security-Policy forbids eval. Zod 4 compiles object parsers with
// `new Function` unless told not to, and even its probe for eval is reported as a violation, so
// it is told before any schema is built: the contracts entry imports this module first.
z.config({ jitless: true });
