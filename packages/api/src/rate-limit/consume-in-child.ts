// Run by limiter.int.test.ts as a second process sharing the budget: consumes N attempts.
import { Redis } from "ioredis";
import { upstashCommandsOverIoredis } from "./ioredis-adapter.ts";
import { upstashLimiter } from "./upstash-limiter.ts";

const [url, prefix, key, count] = process.argv.slice(2) as [string, string, string, string];
const redis = new Redis(url);
const limiter = upstashLimiter(upstashCommandsOverIoredis(redis), { prefix, requests: 3, windowSeconds: 30 });
const decisions = [];
for (let attempt = 0; attempt < Number(count); attempt++) decisions.push((await limiter.consume(key)).allowed);
process.stdout.write(JSON.stringify(decisions));
redis.disconnect();
