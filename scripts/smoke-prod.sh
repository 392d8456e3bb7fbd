#!/usr/bin/env bash
# Starts the built app in production (`npm start`) on a free loopback port with a fresh SQLite
# database and media folder in a temp dir, waits for /healthz, runs scripts/smoke-http.mjs,
# then stops the server (its whole process group) and deletes the temp dir.
#
#   scripts/smoke-prod.sh            # needs a prior `npx next build` (.next/BUILD_ID)
#   KEEP_TMP=1 scripts/smoke-prod.sh # keep the temp dir (server log, database) for inspection
#   START_TIMEOUT=120                # seconds to wait for /healthz
#
# Any DATABASE_URL already set is ignored on purpose: this always uses a throwaway SQLite file.
set -euo pipefail

cd "$(dirname "$0")/.."
start_timeout="${START_TIMEOUT:-120}"

if [[ ! -f .next/BUILD_ID ]]; then
  echo "No .next/BUILD_ID: run 'npx next build' first (npm start would otherwise build on its own)." >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/portal-smoke.XXXXXX")"
log="$tmp/server.log"
pid=""

stop_server() {
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    echo "Stopping the server (process group $pid)…"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "Server still running after 15 s: SIGKILL." >&2
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  fi
  # Anything left in the group (e.g. a child that ignored SIGTERM).
  kill -KILL -- "-$pid" 2>/dev/null || true
  pid=""
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_server
  if [[ $status -ne 0 ]]; then
    echo "---- last 80 lines of the server log ($log) ----" >&2
    tail -n 80 "$log" >&2 2>/dev/null || true
    echo "---- end of server log ----" >&2
  fi
  if [[ "${KEEP_TMP:-}" == 1 ]]; then echo "Kept $tmp"; else rm -rf "$tmp"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
base="http://127.0.0.1:$port"

echo "Starting: PORT=$port DATABASE_URL=file:$tmp/portal.db npm start (log: $log)"
started_at=$SECONDS
PORT="$port" \
  DATABASE_URL="file:$tmp/portal.db" \
  MEDIA_DIR="$tmp/media" \
  PAYLOAD_SECRET="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" \
  setsid nohup npm start </dev/null >"$log" 2>&1 &
pid=$!

ready=0
while ((SECONDS - started_at < start_timeout)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" && status=0 || status=$?
    pid=""
    echo "The server exited during start-up (exit status $status)." >&2
    exit 1
  fi
  if curl -fsS -o /dev/null --max-time 2 "$base/healthz" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 1
done
if [[ $ready -ne 1 ]]; then
  echo "No answer from $base/healthz within ${start_timeout}s." >&2
  exit 1
fi
echo "Server answered /healthz after $((SECONDS - started_at)) s."

node scripts/smoke-http.mjs "$base"
