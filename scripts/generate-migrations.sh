#!/usr/bin/env bash
# Regenerates the SQL migrations from scratch: deletes every generated file under
# src/db/migrations/{sqlite,postgres}/, then runs `payload migrate:create initial` once per
# adapter, which writes <timestamp>_initial.ts + .json and rewrites index.ts.
#
# Only for before the first production deployment: a database that already ran an older
# "initial" will not re-run a regenerated one. After that, add migrations with
#   DATABASE_URL=... PAYLOAD_SECRET=... npx payload migrate:create <name>
#
# migrate:create needs no running database (Payload does not connect for it), so the
# PostgreSQL URL below is a placeholder; pass --check to apply both migrations to real
# databases afterwards (a temp SQLite file and a throwaway PostgreSQL cluster).
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
check=0
[[ "${1:-}" == "--check" ]] && check=1

secret="generate-migrations-0123456789abcdef0123"
# Node 20 + lexical 0.50: lexical's "node" entry points (*.node.mjs) pick their build with a
# top-level `await import()`, and Node 20's loader intermittently never settles that graph;
# the payload CLI then exits 0 having done nothing. The "production" export condition resolves
# lexical straight to its *.prod.mjs files and avoids the wrappers.
export NODE_OPTIONS="--conditions=production${NODE_OPTIONS:+ $NODE_OPTIONS}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/gen-migrations.XXXXXX")"
# Payload regenerates src/payload-types.ts in the background whenever it boots outside production
# (typescript.autoGenerate), from the adapter of the moment: with the PostgreSQL URL below the ids
# would become strings. Keep the file as it was.
types_file=src/payload-types.ts
[[ -f "$types_file" ]] && cp "$types_file" "$tmp/payload-types.ts"
cleanup() {
  local status=$?
  [[ -f "$tmp/payload-types.ts" ]] && cp "$tmp/payload-types.ts" "$types_file"
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT

empty_index='export const migrations: { name: string; up: (args: any) => Promise<void>; down: (args: any) => Promise<void> }[] = []'

for kind in sqlite postgres; do
  dir="src/db/migrations/$kind"
  mkdir -p "$dir"
  find "$dir" -mindepth 1 -maxdepth 1 ! -name index.ts -exec rm -rf {} +
  printf '%s\n' "$empty_index" >"$dir/index.ts"
done

run_create() {
  local kind=$1 url=$2
  echo "== migrate:create initial ($kind)"
  # The CLI prompts only when there are no schema changes; from an empty dir there always are.
  # NODE_ENV=production: Payload then does not regenerate src/payload-types.ts in a background
  # child process (typescript.autoGenerate); migrate:create does not connect, so no prodMigrations.
  NODE_ENV=production DATABASE_URL="$url" PAYLOAD_SECRET="$secret" SEED_ON_START=false \
    npx payload migrate:create initial </dev/null
  ls "src/db/migrations/$kind"
}

run_create sqlite "file::memory:" # not opened; a file path would make the adapter mkdir it
run_create postgres "postgres://postgres:unused@127.0.0.1:1/unused"

# Keep the annotation on the generated index files so tsc stays happy if the array is ever empty.
for kind in sqlite postgres; do
  test -n "$(find "src/db/migrations/$kind" -name '*_initial.ts')" || { echo "no $kind migration was written" >&2; exit 1; }
done

if [[ $check -eq 1 ]]; then
  echo "== applying the sqlite migration to a fresh file"
  # In production the adapter applies src/db/migrations on connect, exactly as `npm start` does;
  # `migrate` then finds nothing left to do.
  NODE_ENV=production DATABASE_URL="file:$tmp/check.db" PAYLOAD_SECRET="$secret" npx payload migrate </dev/null
  echo "== applying the postgres migration to a throwaway cluster"
  PAYLOAD_SECRET="$secret" NODE_ENV=production bash "$root/scripts/with-postgres.sh" npx payload migrate </dev/null
fi
echo "Migrations regenerated under src/db/migrations/{sqlite,postgres}."
