# syntax=docker/dockerfile:1
# International Services Portal: one Node.js process (Express + Payload + Next.js) on port 3000.
#   docker build -t portal .
#   docker run -p 3000:3000 -e PAYLOAD_SECRET=... -e DATABASE_URL=mongodb://... portal
# Without DATABASE_URL it uses the embedded SQLite file /app/data/portal.db (mount a volume there).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: the exact lockfile install (dev dependencies included: the server runs through tsx) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true \
    NEXT_TELEMETRY_DISABLED=1 \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm_config_fund=false \
    npm_config_audit=false \
    npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci

# ---- build: next build (admin + site) ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true \
    NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The config is evaluated during the build; give it a throwaway secret and database so nothing
# real is needed (neither ends up in the runtime image). No public/ folder in the repo is fine.
RUN PAYLOAD_SECRET=build-only-not-a-secret-0123456789abcdef \
    DATABASE_URL=file:/tmp/build/portal.db \
    npx next build \
 && rm -rf .next/cache \
 && mkdir -p public locales

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    MEDIA_DIR=/app/media

COPY --from=deps  --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/package.json /app/package-lock.json /app/tsconfig.json /app/next.config.mjs ./
COPY --from=build --chown=root:root /app/src ./src
COPY --from=build --chown=root:root /app/collections ./collections
COPY --from=build --chown=root:root /app/seed ./seed
COPY --from=build --chown=root:root /app/locales ./locales
COPY --from=build --chown=root:root /app/public ./public
# Next writes its runtime cache under .next; the app writes the SQLite database and media.
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p /app/data /app/media && chown node:node /app/data /app/media

USER node
EXPOSE 3000
VOLUME ["/app/data", "/app/media"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Same as `npm start` without npm and cross-env in between, so the server gets SIGTERM itself
# (src/start.ts shuts down on it; compose adds an init). src/preload.mjs loads Lexical one
# package at a time (Node 20 top-level-await race, see that file).
CMD ["node", "--import", "tsx", "--import", "./src/preload.mjs", "src/start.ts"]
