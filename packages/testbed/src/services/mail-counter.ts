import { text } from "node:stream/consumers";
import { freePort } from "./free-port.ts";
import { SMTPServer } from "smtp-server";

/**
 * A local SMTP server that accepts every message at once and counts them by Message-ID (the
 * worker's is the notification's id): the mail server of a bench or scaling run, quick enough never to be
 * what is measured, and the witness that no notification was mailed twice.
 */
export async function startMailCounter() {
  const received = new Map<string, number>();
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      text(stream).then((message) => {
        const messageId = /^Message-ID:\s*<([^>]+)>/im.exec(message)?.[1] ?? "(none)";
        received.set(messageId, (received.get(messageId) ?? 0) + 1);
        callback();
      }, callback);
    },
  });
  // A worker stopped mid-conversation resets its connection: nothing to report.
  server.on("error", () => undefined);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** Messages received, and how many distinct Message-IDs among them. */
    counts() {
      return { total: [...received.values()].reduce((sum, count) => sum + count, 0), distinct: received.size };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailCounter = Awaited<ReturnType<typeof startMailCounter>>;
