// No imports: the sign-in form (a client component) uses this too.

// Any origin will do for resolving: a target that leaves it is not a path of this site.
const PLACEHOLDER_ORIGIN = "https://guitaronline.invalid";

/**
 * Where a sign-in may send the user: a path on this site, else "/". An open redirect would be a
 * phishing tool, and browsers read `/\evil.example` and `/<tab>/evil.example` as `//evil.example`,
 * so a backslash or a control character anywhere (also once decoded) refuses the target, and it
 * must resolve to the same origin. An absolute URL of the same origin gives its path.
 */
export function sameOriginPath(target: string | null | undefined, origin = PLACEHOLDER_ORIGIN): string {
  if (!target) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return "/";
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(target) || /[\\\u0000-\u001f\u007f]/.test(decoded)) return "/";
  let resolved: URL;
  try {
    resolved = new URL(target, origin);
  } catch {
    return "/";
  }
  if (resolved.origin !== new URL(origin).origin) return "/";
  if (!target.startsWith("/") && !target.startsWith(`${resolved.origin}/`) && target !== resolved.origin) return "/";
  if (target.startsWith("//")) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
