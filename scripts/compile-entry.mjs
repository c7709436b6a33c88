#!/usr/bin/env node
// Compiles a process's TypeScript entry (the web server, the worker) and the workspace sources it
// imports into one JavaScript file, so production runs plain `node` with no TypeScript loader.
// Usage: node scripts/compile-entry.mjs <entry.ts> <out.js> [--external <package>]...
// Packages named --external stay imports, resolved from the app's node_modules at run time
// (Next.js: it loads its own compiled server and the app's .next output).
import { build } from "esbuild";

const [entry, outfile, ...rest] = process.argv.slice(2);
const external = rest.flatMap((arg, index) => (rest[index - 1] === "--external" ? [arg, `${arg}/*`] : []));
if (!entry || !outfile) {
  process.stderr.write("usage: node scripts/compile-entry.mjs <entry.ts> <out.js> [--external <package>]...\n");
  process.exit(2);
}

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  external: [...external, "pg-native"],
  sourcemap: "linked",
  logLevel: "warning",
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
