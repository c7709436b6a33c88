import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "@guitaronline/testbed/services";

/**
 * A real local SMTP server that keeps every message it accepts, parsed. `pause()` makes it take
 * the next messages in but hold back its answer (`held`), as a server that has not accepted them
 * yet: a client waits on it until `resume()`, and counts none of them sent.
 */
export async function startSmtpSink({ delayMs = 0 }: { delayMs?: number } = {}) {
  const received: ParsedMail[] = [];
  const held: ParsedMail[] = [];
  let paused: { until: Promise<void>; resume: () => void } | undefined;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        async (mail) => {
          if (paused) {
            held.push(mail);
            await paused.until;
            return callback(new Error("not accepted"));
          }
          // A slow mail server keeps a batch in flight for as long as a test needs.
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A worker killed mid-conversation resets its connection; that is the point of some tests.
  server.on("error", () => undefined);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    held,
    pause: () => {
      let resume = () => undefined as void;
      const until = new Promise<void>((resolve) => (resume = resolve));
      paused = { until, resume };
    },
    resume: () => {
      paused?.resume();
      paused = undefined;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
