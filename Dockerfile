# Three images from one file (docker-compose.yml picks them):
#   build    the whole workspace with dev dependencies and the built web app: the `migrate` job
#            (it needs the Prisma CLI and its WebAssembly schema engine)
#   (final)  web and worker: production dependencies only, as the unprivileged `node` user
#   backup   PostgreSQL 16's client programs and Node.js, running `pnpm ops backup` on a schedule
# Node.js 22, a supported LTS line. Nothing downloads anything at run time.
FROM node:22-bookworm-slim AS build
ENV TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 CI=true
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm turbo run build --filter=@guitaronline/web --filter=@guitaronline/worker

# The same tree with the dev dependencies removed: reinstalled from the build stage's store,
# offline, without install scripts (the Prisma client generated above stays).
FROM build AS production-files
RUN rm -rf node_modules apps/*/node_modules packages/*/node_modules bench/node_modules apps/web/.next/cache \
  && pnpm install --frozen-lockfile --prod --offline --ignore-scripts

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production APP_ENV=production TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@10.34.9
WORKDIR /app
# Owned by the user the app runs as (Next.js writes its cache under .next); never root.
COPY --from=production-files --chown=node:node /app /app
USER node
EXPOSE 3000 3001
# Liveness of the web app; the worker's service overrides it with its own /health.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=4 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["pnpm", "--filter", "@guitaronline/web", "start"]

# pg_dump must be at least as new as the server: PostgreSQL 16's own image, with Node.js beside
# it for the ops script (built-ins only, run with type stripping).
FROM postgres:16-bookworm AS backup
COPY --from=build /usr/local/bin/node /usr/local/bin/node
RUN apt-get update && apt-get install -y --no-install-recommends libstdc++6 && rm -rf /var/lib/apt/lists/* \
  && node --version
WORKDIR /app
COPY package.json ./
COPY scripts/ops.ts scripts/
COPY scripts/lib/ops/pg-tools.ts scripts/lib/ops/backup.ts scripts/lib/ops/restore.ts scripts/lib/ops/
RUN mkdir -p /backups && chown postgres:postgres /backups
USER postgres
ENV BACKUP_DIR=/backups
HEALTHCHECK NONE
CMD ["node", "--experimental-strip-types", "--no-warnings", "scripts/ops.ts", "backup"]

# `docker build .` without a target: the web and worker image.
FROM runtime
