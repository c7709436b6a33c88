// Started by `npm start` with an IPC channel. It is told the pids of what the start launched
// (PostgreSQL, web, worker); when that channel closes without a goodbye (the start process was
// killed with SIGKILL or by the OOM killer), it stops them, so nothing is left running.
// Plain JavaScript with no imports beyond Node: it must outlive everything else.
const guarded = new Map(); // pid → signal that stops it gracefully
let released = false;

process.on("message", (message) => {
  if (message?.type === "guard") guarded.set(message.pid, message.signal ?? "SIGTERM");
  if (message?.type === "release") released = true;
});

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

process.on("disconnect", async () => {
  if (released) process.exit(0);
  for (const [pid, signal] of guarded) if (alive(pid)) process.kill(pid, signal);
  const deadline = Date.now() + 10_000;
  while ([...guarded.keys()].some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of guarded.keys()) if (alive(pid)) process.kill(pid, "SIGKILL");
  process.exit(0);
});

// Never stopped by the terminal's Ctrl-C: the start process handles that and then releases us.
process.on("SIGINT", () => undefined);
process.on("SIGTERM", () => undefined);
