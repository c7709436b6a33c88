type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

/** Errors become plain fields (name, message, stack, cause) so they survive JSON. */
function serialise(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  return { name: value.name, message: value.message, stack: value.stack, cause: serialise(value.cause) };
}

/** One JSON object per line on stdout (stderr for errors): what log collectors read. */
export function createLogger(base: Fields = {}): Logger {
  const write = (level: Level, message: string, fields: Fields = {}) => {
    const entry: Fields = { time: new Date().toISOString(), level, message, ...base };
    for (const [key, value] of Object.entries(fields)) entry[key] = serialise(value);
    const line = JSON.stringify(entry) + "\n";
    if (level === "error" || level === "warn") process.stderr.write(line);
    else process.stdout.write(line);
  };
  return {
    debug: (message, fields) => {
      if (process.env.LOG_LEVEL === "debug") write("debug", message, fields);
    },
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}
