import { createHash } from "node:crypto";
import type { Redis as UpstashRedis } from "@upstash/redis";
import type { Redis } from "ioredis";

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/**
 * @upstash/ratelimit's scripts open with `#!lua flags=allow-key-locking`, a flag only newer
 * Redis servers know (Redis 7.0 refuses the script). Without the line a script runs the same,
 * in Redis' classic EVAL mode.
 */
function withoutShebang(script: string): string {
  return script.startsWith("#!") ? script.slice(script.indexOf("\n") + 1) : script;
}

/**
 * @upstash/ratelimit speaks Upstash's REST client; its maintainers declined ioredis support.
 * A single-region limiter calls only `evalsha`, and `eval` after a NOSCRIPT error: these two,
 * on our own Redis. ioredis takes the number of keys as a separate argument.
 */
export function upstashCommandsOverIoredis(redis: Redis): Pick<UpstashRedis, "evalsha" | "eval"> {
  // The library asks by the hash of its script; Redis knows the hash of the script we sent.
  const sentHashFor = new Map<string, string>();
  const adapter = {
    evalsha: (hash: string, keys: string[], args: unknown[]) =>
      redis.evalsha(sentHashFor.get(hash) ?? hash, keys.length, ...keys, ...args.map(String)),
    eval: (script: string, keys: string[], args: unknown[]) => {
      const sent = withoutShebang(script);
      sentHashFor.set(sha1(script), sha1(sent));
      return redis.eval(sent, keys.length, ...keys, ...args.map(String));
    },
  };
  return adapter as unknown as Pick<UpstashRedis, "evalsha" | "eval">;
}
