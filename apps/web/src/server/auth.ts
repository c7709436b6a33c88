import "server-only";
import { createAuthOptions } from "@guitaronline/api";
import type { NextAuthOptions } from "next-auth";
import { apiDeps } from "./api-deps";

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= createAuthOptions(apiDeps());
  return options;
}
