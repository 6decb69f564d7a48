#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test run: `start DIR` prints the admin URL, `stop DIR` removes it.
# Installs Debian's postgresql when missing; runs the server as the postgres user when started as root.
set -euo pipefail
cmd="$1"
dir="$2"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$cmd" = start ]; then
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  # A test cluster: no fsync (the run throws it away); durability is the server's own business in production.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >&2
  echo "postgres://postgres@127.0.0.1:$port/postgres"
elif [ "$cmd" = stop ]; then
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true; fi
  rm -rf "$dir"
fi
