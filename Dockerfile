# Samenkracht app image: Node 20 on Debian bookworm. No native Prisma engine is downloaded
# (Prisma 6.19 with the JS engine, docs/decisions/0001-prisma-6-js-engine.md).
# At start it runs `npm start` with DATABASE_URL set: migrate, seed (idempotent), next start.
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    NEXT_DIST_DIR=.next \
    PORT=3000

WORKDIR /app

# Dependencies first (cached while package-lock.json is unchanged). `prisma generate` runs as
# postinstall and needs the schema and prisma.config.ts (which imports pg-compat.ts). Without a
# DATABASE_URL the Prisma CLI falls back to downloading a native engine and silently generates
# nothing, so a placeholder is given (it is only read, never connected to).
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
COPY src/lib/db/pg-compat.ts ./src/lib/db/pg-compat.ts
# `npm install`, not `npm ci`: package-lock.json lacks the optional per-platform packages of
# next/tailwind (written on one platform), which `npm ci` refuses.
RUN DATABASE_URL=postgresql://build@localhost:5432/build npm install --no-audit --no-fund \
 && test -f src/generated/prisma/client.ts

COPY . .
# Build once in the image; scripts/start.ts sees the build is current and skips it at start.
RUN npx next build \
 && mkdir -p .data \
 && chown -R node:node /app/.data /app/.next

USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://localhost:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "start"]
