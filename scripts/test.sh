#!/usr/bin/env bash
# Runs every test: formatting and lints (native and wasm32), the native test suite (core, CLI, server-side
# rendering), the release build with its size budget, and the browser tests in headless Chromium.
# Installs whatever is missing first (scripts/install.sh), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
t0=$SECONDS
stage() { printf '\n==> %s  (+%ss)\n' "$*" $((SECONDS - t0)); }

stage "cargo fmt --check"
cargo fmt --all -- --check

stage "clippy (native, all targets)"
cargo clippy --all-targets --features ssr -- -D warnings
stage "clippy (wasm32, page)"
cargo clippy --target wasm32-unknown-unknown --features csr --lib --bins -- -D warnings

stage "native tests (core, CLI, server-side rendering)"
cargo test --features ssr

stage "release build of the page"
scripts/build.sh

stage "size budget"
node scripts/size.mjs

stage "browser tests (headless Chromium against the release build)"
node --test --test-concurrency=1 tests/browser/

stage "all tests passed"
