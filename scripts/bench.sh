#!/usr/bin/env bash
# Performance figures in one run: bundle sizes, native throughput (cargo bench), the same analysis in the page
# (headless Chromium, same input files), time to interactive, time to first verdict, a 50 MB paste.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh >/dev/null
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
echo "==> release build"
scripts/build.sh >/dev/null
echo "==> sizes"
node scripts/size.mjs
echo "==> native (cargo bench --bench analyze)"
cargo bench -q --bench analyze
echo "==> in the page"
node scripts/bench-browser.mjs
echo "==> first load over a slow link"
node scripts/bench-slow-link.mjs
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(/usr/bin/chromium --version 2>/dev/null)"
