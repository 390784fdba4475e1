#!/usr/bin/env bash
# Builds a release of the committed tree into dist/release/:
#   exo-oauth-doctor-<version>.html                the page: one self-contained file (hosted or opened from disk)
#   exo-oauth-doctor-<version>-x86_64-linux-musl   the command-line tool, statically linked (no libc needed)
#   exo-oauth-doctor-<version>.manifest.txt        version, commit, build date, the page's CSP, tool versions
#   SHA256SUMS                                     checksums of the three files (`sha256sum -c SHA256SUMS`)
# The version and commit come from scripts/version.sh (git) and are built into the page's footer and report and into
# `--version`. The build date is the commit time (SOURCE_DATE_EPOCH), not the clock: two builds of one commit with the
# same tools give byte-identical files (scripts/release-check.sh proves it on two fresh clones; see docs/hosting.md,
# "Reproducible builds"). Refuses a tree with uncommitted changes unless RELEASE_ALLOW_DIRTY=1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
scripts/install.sh >/dev/null
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export LC_ALL=C TZ=UTC

git rev-parse --verify --quiet HEAD >/dev/null || { echo "release: not a git checkout; a release names its commit" >&2; exit 1; }
if [ -n "$(git status --porcelain --untracked-files=no)" ] && [ "${RELEASE_ALLOW_DIRTY:-}" != 1 ]; then
  echo "release: uncommitted changes; commit them (or RELEASE_ALLOW_DIRTY=1 for a build marked .dirty)" >&2
  git status --short --untracked-files=no >&2
  exit 1
fi
eval "$(scripts/version.sh)"
export EXO_VERSION EXO_COMMIT SOURCE_DATE_EPOCH
BUILD_DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
echo "==> release $EXO_VERSION (commit $EXO_COMMIT, $BUILD_DATE)"

OUT=dist/release
rm -rf "$OUT"
mkdir -p "$OUT"
PAGE="exo-oauth-doctor-$EXO_VERSION.html"

echo "==> page (scripts/build.sh)"
scripts/build.sh
cp dist/site/index.html "$OUT/$PAGE"
for want in "$EXO_VERSION" "$EXO_COMMIT"; do
  grep -qF "$want" "$OUT/$PAGE" || { echo "release: the page does not carry '$want'" >&2; exit 1; }
done

echo "==> command-line tool (cargo install --path . --locked, static)"
TRIPLE=x86_64-unknown-linux-musl
if ! rustup target list --installed | grep -qx "$TRIPLE" && ! rustup target add "$TRIPLE" >/dev/null 2>&1; then
  # No musl standard library here: link glibc statically instead (works on any x86_64 Linux with no libc at all).
  echo "release: the Rust target $TRIPLE cannot be added here; building a static glibc binary instead" >&2
  TRIPLE=x86_64-unknown-linux-gnu
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="-C target-feature=+crt-static"
fi
CLI="exo-oauth-doctor-$EXO_VERSION-${TRIPLE/-unknown/}"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# The documented install command, into a scratch root; its own target directory keeps the developer's builds intact.
CARGO_TARGET_DIR="$ROOT/target/release-cli" cargo install --path . --locked --offline \
  --bin exo-oauth-doctor --profile native --target "$TRIPLE" --root "$stage" --force
cp "$stage/bin/exo-oauth-doctor" "$OUT/$CLI"
if ! ldd "$OUT/$CLI" 2>&1 | grep -Eq 'statically linked|not a dynamic executable'; then
  echo "release: $CLI is not statically linked: $(ldd "$OUT/$CLI" 2>&1 | tr '\n' ' ')" >&2
  exit 1
fi
LINE=$("$OUT/$CLI" --version)
[ "$LINE" = "exo-oauth-doctor $EXO_VERSION, commit $EXO_COMMIT" ] \
  || { echo "release: '$CLI --version' says '$LINE'" >&2; exit 1; }

echo "==> manifest and checksums"
csp=$(sed -n 's/.*<meta http-equiv="Content-Security-Policy" content="\([^"]*\)">.*/\1/p' "$OUT/$PAGE" | head -n 1)
[ -n "$csp" ] || { echo "release: no Content-Security-Policy in the page" >&2; exit 1; }
tool() { "$@" 2>/dev/null | head -n 1 || echo unknown; }
{
  echo "name: exo-oauth-doctor"
  echo "version: $EXO_VERSION"
  echo "commit: $EXO_COMMIT"
  echo "build date: $BUILD_DATE (the commit time, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
  echo "page: $PAGE (one self-contained HTML file; the same file serves hosted and offline)"
  echo "cli: $CLI (static, $TRIPLE; exo-oauth-doctor --version prints the version and commit above)"
  echo "content-security-policy: $csp"
  echo "tools:"
  echo "  rustc: $(tool rustc --version)"
  echo "  cargo: $(tool cargo --version)"
  echo "  trunk: $(tool trunk --version)"
  echo "  wasm-bindgen: $(tool wasm-bindgen --version)"
  echo "  wasm-opt: $(tool wasm-opt --version)"
  echo "  xz: $(tool xz --version)"
  echo "  node: $(tool node --version)"
  echo "  Cargo.lock sha256: $(sha256sum Cargo.lock | cut -d' ' -f1)"
  echo "  package-lock.json sha256: $(sha256sum package-lock.json | cut -d' ' -f1)"
  echo "reproduce: git checkout $EXO_COMMIT && scripts/release.sh, with the tools above, then compare with SHA256SUMS"
} >"$OUT/exo-oauth-doctor-$EXO_VERSION.manifest.txt"
(cd "$OUT" && sha256sum -- "$PAGE" "$CLI" "exo-oauth-doctor-$EXO_VERSION.manifest.txt" >SHA256SUMS)
touch -d "@$SOURCE_DATE_EPOCH" "$OUT"/*

echo
(cd "$OUT" && ls -l --time-style=+ . | tail -n +2 && echo && cat SHA256SUMS)
echo "release: $ROOT/$OUT (verify: cd $OUT && sha256sum -c SHA256SUMS)"
