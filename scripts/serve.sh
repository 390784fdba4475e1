#!/usr/bin/env bash
# Installs what is missing, builds the release page and the offline single-file HTML, and serves the page.
# usage: scripts/serve.sh [port]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-${PORT:-8080}}
scripts/install.sh
scripts/build.sh
echo
echo "Offline single file (open it from disk, works with no network): $PWD/dist/site/exo-oauth-doctor.html"
exec node scripts/static-server.mjs dist/site "$PORT"
