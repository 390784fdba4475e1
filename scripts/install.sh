#!/usr/bin/env bash
# Brings a fresh machine (rustup/cargo, node/npm, apt) to a state where the page builds and every test runs.
# Idempotent: each step checks first and skips what is already there. Run by scripts/serve.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the `=` pin of wasm-bindgen in Cargo.toml and [tools] in Trunk.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "install: cannot read the wasm-bindgen pin from Cargo.toml" >&2; exit 1; }

step() { printf '\n==> %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }

# Runs a long command in the background and prints a heartbeat so it never looks hung.
with_heartbeat() {
  local label=$1; shift
  local log; log=$(mktemp)
  "$@" >"$log" 2>&1 &
  local pid=$! start=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    sleep 20
    kill -0 "$pid" 2>/dev/null && printf '    ... %s still running (%ss): %s\n' "$label" $((SECONDS - start)) "$(tail -n 1 "$log" | cut -c1-100)"
  done
  if ! wait "$pid"; then
    echo "install: $label failed; last lines:" >&2
    tail -n 30 "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  ok "$label ($((SECONDS - start)) s)"
}

# Tools that `cargo install` puts into $CARGO_HOME/bin (~/.cargo/bin unless CARGO_HOME is set); rustup's cargo is in ~/.cargo/bin.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "already installed"
else
  with_heartbeat "rustup target add" rustup target add wasm32-unknown-unknown
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$WASM_BINDGEN_VERSION" ]; then
  ok "wasm-bindgen $WASM_BINDGEN_VERSION present"
else
  echo "    building from crates.io (about 4 minutes on 2 cores)"
  # Without --locked: the CLI's lockfile pins a crate version the registry no longer serves.
  with_heartbeat "cargo install wasm-bindgen-cli" cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

step "trunk $TRUNK_VERSION"
if command -v trunk >/dev/null && [ "$(trunk --version | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
  ok "trunk $TRUNK_VERSION present"
else
  echo "    building from crates.io (about 10 minutes on 2 cores; newer trunk needs a newer rustc)"
  with_heartbeat "cargo install trunk" cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

step "Chromium and ChromeDriver (Debian packages)"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  ok "$(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
else
  export DEBIAN_FRONTEND=noninteractive
  with_heartbeat "apt-get update" $SUDO apt-get update
  with_heartbeat "apt-get install chromium chromium-driver" $SUDO apt-get install -y --no-install-recommends chromium chromium-driver
fi

step "xz (XZ Utils; scripts/bundle.mjs packs the page's wasm with LZMA)"
if command -v xz >/dev/null; then
  ok "$(xz --version | head -n 1)"
else
  export DEBIAN_FRONTEND=noninteractive
  with_heartbeat "apt-get update" $SUDO apt-get update
  with_heartbeat "apt-get install xz-utils" $SUDO apt-get install -y --no-install-recommends xz-utils
fi

step "nginx (Debian package; tests/browser/hosting.test.mjs serves the page with the config from docs/hosting.md)"
if [ -x /usr/sbin/nginx ]; then
  ok "$(/usr/sbin/nginx -v 2>&1 | head -n 1)"
else
  export DEBIAN_FRONTEND=noninteractive
  # Only the binary is used (started by the test as its own process); Debian's service is not needed.
  if ! $SUDO apt-get install -y --no-install-recommends nginx-light >/dev/null 2>&1; then
    with_heartbeat "apt-get update" $SUDO apt-get update
    with_heartbeat "apt-get install nginx" $SUDO apt-get install -y --no-install-recommends nginx
  fi
  ok "$(/usr/sbin/nginx -v 2>&1 | head -n 1)"
fi

step "Rust target x86_64-unknown-linux-musl (the static CLI of scripts/release.sh)"
if rustup target list --installed | grep -qx x86_64-unknown-linux-musl; then
  ok "already installed"
else
  # Not fatal: without it scripts/release.sh builds a statically linked glibc binary instead and says so.
  with_heartbeat "rustup target add" rustup target add x86_64-unknown-linux-musl \
    || echo "    warning: no musl target; scripts/release.sh will build a static glibc CLI instead"
fi

step "npm packages (playwright-core, axe-core, binaryen for wasm-opt) from package-lock.json"
if [ -d node_modules ] && [ -x node_modules/.bin/wasm-opt ] && cmp -s package-lock.json node_modules/.package-lock.json.copy 2>/dev/null; then
  ok "node_modules matches package-lock.json"
else
  with_heartbeat "npm ci" npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.copy
fi

step "wasm-opt on PATH"
# Trunk looks for wasm-opt on PATH; the npm binaryen must come before any older system binaryen.
if [ "$(PATH="$PWD/node_modules/.bin:$PATH" wasm-opt --version)" != "wasm-opt version 132 (version_132)" ]; then
  echo "install: node_modules/.bin/wasm-opt is not version 132" >&2
  exit 1
fi
ok "$(node_modules/.bin/wasm-opt --version)"
step "crates for the native build and the wasm32 page (cargo fetch)"
with_heartbeat "cargo fetch" scripts/fetch.sh

echo
echo "install: all tools present"
