#!/usr/bin/env bash
# Fails when the committed SQL migrations no longer match the collections, i.e. when
# `payload migrate:create` would write a new migration. In production SQL databases get their
# schema only from src/db/migrations/<kind>/ (no push), so a stale migration means missing
# tables or columns at run time. Fix: bash scripts/generate-migrations.sh (before the first
# release) or npx payload migrate:create <name> (after it).
#
# Leaves the tree as it found it: any file the check writes is removed again.
set -euo pipefail

cd "$(dirname "$0")/.."
export NODE_OPTIONS="--conditions=production${NODE_OPTIONS:+ $NODE_OPTIONS}"  # see generate-migrations.sh
secret="check-migrations-0123456789abcdef01234567"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/check-migrations.XXXXXX")"
types_file=src/payload-types.ts
[[ -f "$types_file" ]] && cp "$types_file" "$tmp/payload-types.ts"
restore_kind=""
cleanup() {
  local status=$?
  if [[ -n "$restore_kind" ]]; then restore "$restore_kind"; fi
  [[ -f "$tmp/payload-types.ts" ]] && cp "$tmp/payload-types.ts" "$types_file"
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT

restore() {
  local dir="src/db/migrations/$1"
  find "$dir" -mindepth 1 -maxdepth 1 -newer "$tmp/stamp-$1" ! -name index.ts -exec rm -rf {} +
  cp "$tmp/index-$1.ts" "$dir/index.ts"
}

stale=()
for kind in sqlite postgres; do
  dir="src/db/migrations/$kind"
  case $kind in
    sqlite) url="file::memory:" ;; # not opened: migrate:create does not connect
    postgres) url="postgres://postgres:unused@127.0.0.1:1/unused" ;; # migrate:create does not connect
  esac
  cp "$dir/index.ts" "$tmp/index-$kind.ts"
  ls "$dir" | sort >"$tmp/before-$kind"
  touch "$tmp/stamp-$kind"
  sleep 1 # -newer has 1 s resolution on some filesystems
  restore_kind=$kind
  # NODE_ENV=production: no background regeneration of src/payload-types.ts (typescript.autoGenerate).
  NODE_ENV=production DATABASE_URL="$url" PAYLOAD_SECRET="$secret" \
    npx payload migrate:create drift_check --skip-empty </dev/null >"$tmp/out-$kind.log" 2>&1 || {
    cat "$tmp/out-$kind.log" >&2
    echo "migrate:create failed for $kind" >&2
    exit 2
  }
  ls "$dir" | sort >"$tmp/after-$kind"
  if ! cmp -s "$tmp/before-$kind" "$tmp/after-$kind"; then
    stale+=("$kind")
    echo "STALE: $kind migrations do not match the collections; a new migration would contain:"
    new_ts="$(comm -13 "$tmp/before-$kind" "$tmp/after-$kind" | grep '\.ts$' | head -1)"
    if [[ -n "$new_ts" ]]; then
      sed -n '/export async function up/,/export async function down/p' "$dir/$new_ts" | tr -d '\\`' \
        | grep -oE '(CREATE|ALTER|DROP) (TABLE|INDEX|UNIQUE INDEX|TYPE)[^;(]*' | head -20 | sed 's/^/    /' || true
    fi
  else
    echo "OK: $kind migrations match the collections."
  fi
  restore "$kind"
  restore_kind=""
done

if [[ ${#stale[@]} -gt 0 ]]; then
  echo "Regenerate with: bash scripts/generate-migrations.sh   (or npx payload migrate:create <name>)" >&2
  exit 1
fi
