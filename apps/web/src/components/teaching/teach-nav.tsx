"use client";

import { SectionNav } from "@/components/section-nav";

const SECTIONS = [
  { href: "/teach", key: "lessons" },
  { href: "/teach/slots", key: "slots" },
  { href: "/teach/profile", key: "profile" },
] as const;

/** The teacher's pages as tabs that share one row even on a 375 px phone. */
export function TeachNav() {
  return <SectionNav namespace="teach.nav" sections={SECTIONS} className="teach-nav" />;
}
