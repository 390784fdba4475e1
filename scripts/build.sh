#!/usr/bin/env bash
# Release build of the page: Trunk (wasm + glue, wasm-opt -Oz) → scripts/bundle.mjs (one self-contained HTML file).
# Output: dist/site/index.html (the hosted page) and dist/site/exo-oauth-doctor.html (the same file, for offline use).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
# `trunk build --offline` makes cargo offline: the crates must be in the registry first (a new machine has none).
scripts/fetch.sh
echo "==> trunk build --release (wasm32, wasm-opt -Oz)"
rm -rf dist/trunk
trunk build --release --offline
echo "==> bundle into one HTML file"
node scripts/bundle.mjs dist/trunk dist/site
