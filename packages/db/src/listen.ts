import pg from "pg";

export interface ChannelHandlers {
  onNotification(payload: string): void;
  /** Listening again after a lost connection: what was announced meanwhile never arrived. */
  onReconnect?(): void;
  /** The connection failed or was lost (PostgreSQL restarted, say); it is retried after `retryMs`. */
  onLost?(error: unknown): void;
}

export interface ChannelListener {
  close(): Promise<void>;
}

/**
 * One dedicated connection that LISTENs on `channel` and hands every NOTIFY payload to
 * `onNotification`. A lost connection is replaced every `retryMs` until it is back, then
 * `onReconnect` says that notifications may have been missed.
 */
export function listenToChannel(
  databaseUrl: string,
  channel: string,
  handlers: ChannelHandlers,
  { retryMs = 2_000 }: { retryMs?: number } = {},
): ChannelListener {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  let current: pg.Client | undefined;
  let closed = false;
  let missedSome = false;
  let retry: NodeJS.Timeout | undefined;
  const ended = new WeakSet<pg.Client>();

  function lose(connection: pg.Client, error: unknown) {
    if (ended.has(connection)) return;
    ended.add(connection);
    void connection.end().catch(() => undefined);
    if (current === connection) current = undefined;
    if (closed) return;
    missedSome = true;
    handlers.onLost?.(error);
    retry = setTimeout(() => void connect(), retryMs);
  }

  async function connect() {
    const connection = new pg.Client({ connectionString: databaseUrl });
    connection.on("notification", (message) => {
      if (message.channel === channel) handlers.onNotification(message.payload ?? "");
    });
    connection.on("error", (error) => lose(connection, error));
    connection.on("end", () => lose(connection, new Error("The listening connection ended.")));
    try {
      await connection.connect();
      await connection.query(`LISTEN ${channel}`);
    } catch (error) {
      lose(connection, error);
      return;
    }
    if (closed) {
      ended.add(connection);
      await connection.end().catch(() => undefined);
      return;
    }
    current = connection;
    if (missedSome) handlers.onReconnect?.();
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const connection = current;
      current = undefined;
      if (connection) {
        ended.add(connection);
        await connection.end().catch(() => undefined);
      }
    },
  };
}
