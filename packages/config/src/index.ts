export { ConfigError, getConfig, parseConfig, type AppConfig, type RateLimitBackend } from "./config.ts";
