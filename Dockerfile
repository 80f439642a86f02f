# The app as a container image: its dependencies, its build, then a slim Node runtime holding only the standalone
# server (docs/deployment.md). No setting is built in; each container reads its own when it starts:
#   docker build -t next-fastapi-auth .
#   docker run -p 3000:3000 -e FASTAPI_URL=… -e APP_URL=https://… -e BETTER_AUTH_SECRET=… next-fastapi-auth
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# The lockfile, exactly; the npm cache outlives the layer, so a rebuild after a code change downloads nothing.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=dependencies /app/node_modules ./node_modules
COPY . .
# Needs no configuration: placeholders stand in while pages compile (scripts/build.mjs), and none reaches a layer.
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# Owned by root and read-only to the server, but for the cache Next writes at run time.
COPY --from=build /app/.next/standalone ./
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# Liveness only (the process answers, no backend call): a FastAPI outage is for readiness, /api/ready, to report.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
