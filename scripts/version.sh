#!/usr/bin/env bash
# Prints the build's identity as shell assignments, for `eval "$(scripts/version.sh)"`:
#   EXO_VERSION   the crate version at a tag v<version> on a clean tree; otherwise the crate version with the commit
#                 as build metadata (0.1.0+g1a2b3c4d5e6f, with .dirty when tracked files differ from the commit)
#   EXO_COMMIT    the full commit id (git rev-parse HEAD), "unknown" outside git
#   SOURCE_DATE_EPOCH  the commit time (the build date of a release: the same for every build of one commit);
#                 outside git the value already in the environment, else 0
# The crate reads EXO_VERSION and EXO_COMMIT with option_env! (src/version.rs): the page's footer, the Markdown report
# and `exo-oauth-doctor --version` show them. Used by scripts/build.sh and scripts/release.sh; for an installed CLI:
#   eval "$(scripts/version.sh)" && cargo install --path . --locked
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=$(sed -n 's/^version = "\([^"]*\)".*/\1/p' Cargo.toml | head -n 1)
[ -n "$pkg" ] || { echo "version: cannot read the version from Cargo.toml" >&2; exit 1; }
if commit=$(git rev-parse --verify --quiet HEAD 2>/dev/null) && [ -n "$commit" ]; then
  dirty=""
  # Tracked files only: build output and other untracked files do not make a tree dirty.
  [ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || dirty=".dirty"
  if [ -z "$dirty" ] && git describe --tags --exact-match --match "v$pkg" HEAD >/dev/null 2>&1; then
    version=$pkg
  else
    version="$pkg+g${commit:0:12}$dirty"
  fi
  epoch=$(git log -1 --format=%ct HEAD)
else
  commit=unknown
  version=$pkg
  epoch=${SOURCE_DATE_EPOCH:-0}
fi
printf 'export EXO_VERSION=%q\nexport EXO_COMMIT=%q\nexport SOURCE_DATE_EPOCH=%q\n' "$version" "$commit" "$epoch"
