#!/usr/bin/env bash
# Release build of the page: Trunk (wasm + glue, wasm-opt -O2 with shrink level 1, see index.html) → scripts/bundle.mjs (one self-contained HTML file).
# Output: dist/site/index.html (the hosted page) and dist/site/exo-oauth-doctor.html (the same file, for offline use),
# each with a gzip (.gz) and brotli (.br) copy as a real host serves them (scripts/precompress.mjs).
# The page's footer and report name the version and commit from scripts/version.sh (EXO_VERSION, EXO_COMMIT).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
# `trunk build --offline` makes cargo offline: the crates must be in the registry first (a new machine has none).
scripts/fetch.sh
eval "$(scripts/version.sh)"
echo "==> version $EXO_VERSION (commit $EXO_COMMIT)"
echo "==> trunk build --release (wasm32, wasm-opt -O2 -s1)"
# The page's panics keep their message but not their source location (`-Zlocation-detail=none`: the crash card says
# "panicked at <redacted>:0:0"): the locations (file, line, column) of the bounds checks, unwraps and slicing of every
# crate cost the gzipped page 4.3 KiB (docs/PERFORMANCE.md). The flag is unstable, so this build, and only this one,
# lets the pinned stable compiler accept it (RUSTC_BOOTSTRAP=1; the native CLI, tests and clippy are built without
# it). Symbols keep the legacy mangling (a bootstrapped compiler defaults to v0 as nightly does): wasm-opt orders the
# functions by name and scripts/bundle.mjs shortens the exports by their `_h<hash>` suffix. These add to the wasm32
# rustflags of .cargo/config.toml (Cargo joins the two).
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zunstable-options -Csymbol-mangling-version=legacy"
rm -rf dist/trunk
trunk build --release --offline
echo "==> bundle into one HTML file"
node scripts/bundle.mjs dist/trunk dist/site
echo "==> precompress (gzip, brotli)"
node scripts/precompress.mjs dist/site
