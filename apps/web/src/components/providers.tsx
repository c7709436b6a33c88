"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { TrpcProvider } from "@/trpc/react";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <TrpcProvider>{children}</TrpcProvider>
    </SessionProvider>
  );
}
