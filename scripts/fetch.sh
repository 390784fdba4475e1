#!/usr/bin/env bash
# Downloads every crate the lockfile names, for every target (the native CLI and tests, and the wasm32 page), into
# $CARGO_HOME. Trunk's `--offline` build makes cargo offline too, so on a machine whose registry is empty the page
# build needs this first. Idempotent and quick when the crates are already there. Run by scripts/install.sh and
# scripts/build.sh; scripts/test.sh checks it against an empty CARGO_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
# Without --target, `cargo fetch` fetches the packages of every platform in the lockfile.
cargo fetch --locked --quiet
