#!/usr/bin/env bash
# Usage: scripts/with-postgres.sh CMD [ARGS...]
#
# Starts a throwaway PostgreSQL cluster (initdb into a temp dir, loopback only, free port,
# password auth over TCP), exports DATABASE_URL=postgres://postgres:<pw>@127.0.0.1:<port>/postgres
# (plus PGHOST/PGPORT/PGUSER/PGPASSWORD for psql), runs CMD, then always stops the cluster and
# deletes the temp dir. Exits with CMD's exit status.
#
# Runs the server as the `postgres` OS user when invoked as root (created if missing);
# as any other user it runs the server as that user.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 64
fi

log() { echo "[with-postgres] $*" >&2; }

# --- find the PostgreSQL binaries -------------------------------------------------------------
pg_bindir=""
if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
  pg_bindir="$(dirname "$(readlink -f "$(command -v initdb)")")"
else
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then pg_bindir="$dir"; break; fi
  done
fi
if [[ -z "$pg_bindir" ]]; then
  log "initdb/pg_ctl not found (install postgresql-15: apt-get install -y postgresql-15)."
  exit 127
fi

# --- who runs the server ----------------------------------------------------------------------
as_pg=()
if [[ "$(id -u)" -eq 0 ]]; then
  if ! id -u postgres >/dev/null 2>&1; then
    log "creating OS user postgres"
    useradd --system --user-group --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin postgres
  fi
  as_pg=(runuser -u postgres --)
fi

# --- temp dir, cleanup ------------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")"
data="$tmp/data"
sock="$tmp/sock"
started=0

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ $started -eq 1 ]]; then
    "${as_pg[@]}" "$pg_bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || "${as_pg[@]}" "$pg_bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 \
      || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$sock"
chmod 700 "$tmp"
if [[ ${#as_pg[@]} -gt 0 ]]; then chown -R postgres:postgres "$tmp"; fi

password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" >"$tmp/pwfile"
if [[ ${#as_pg[@]} -gt 0 ]]; then chown postgres:postgres "$tmp/pwfile"; fi
chmod 600 "$tmp/pwfile"

# --- initdb -----------------------------------------------------------------------------------
if ! "${as_pg[@]}" "$pg_bindir/initdb" -D "$data" -U postgres --pwfile="$tmp/pwfile" \
  --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
  >"$tmp/initdb.log" 2>&1; then
  cat "$tmp/initdb.log" >&2
  log "initdb failed"
  exit 1
fi
rm -f "$tmp/pwfile"

# --- start on a free loopback port (retry if someone grabs it first) -------------------------
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

port=""
for attempt in 1 2 3 4 5; do
  candidate="$(free_port)"
  if "${as_pg[@]}" "$pg_bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 \
    -o "-p $candidate -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null 2>&1; then
    port="$candidate"
    started=1
    break
  fi
  log "start on port $candidate failed (attempt $attempt)"
  tail -n 20 "$tmp/server.log" >&2 || true
done
if [[ -z "$port" ]]; then
  log "could not start PostgreSQL"
  exit 1
fi

export DATABASE_URL="postgres://postgres:${password}@127.0.0.1:${port}/postgres"
export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGPASSWORD="$password" PGDATABASE=postgres
log "PostgreSQL $("$pg_bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $tmp)"

# --- run the command (not via exec: the trap must still clean up) -----------------------------
set +e
"$@"
status=$?
set -e
exit "$status"
