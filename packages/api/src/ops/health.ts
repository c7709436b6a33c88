/** Liveness: the process answers. Says nothing about its dependencies (see readiness). */
export function healthResponse(): Response {
  return Response.json({ status: "ok" });
}
