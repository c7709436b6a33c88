# One image for web, worker and the migration job; docker-compose.yml picks the command.
# Node.js 22, a supported LTS line; the app runs as the unprivileged `node` user.
FROM node:22-bookworm-slim AS build
ENV TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 CI=true
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
# Dev dependencies stay: the migrate job runs the Prisma CLI and its WASM schema engine.
RUN pnpm install --frozen-lockfile && pnpm turbo run build --filter=@guitaronline/web

FROM node:22-bookworm-slim
ENV NODE_ENV=production APP_ENV=production TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@10.34.9
WORKDIR /app
# Owned by the user the app runs as (Next.js writes its cache under .next); never root.
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000 3001
CMD ["pnpm", "--filter", "@guitaronline/web", "start"]
