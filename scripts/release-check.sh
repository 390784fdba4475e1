#!/usr/bin/env bash
# Reproducibility check of a release: clones the current commit twice into fresh temporary directories, runs
# scripts/release.sh in each (one after the other, from scratch: slow, about two full builds) and compares the two
# dist/release/ directories byte by byte. Exit 0 when every file, and so SHA256SUMS, is identical.
# Not part of scripts/test.sh. Uses the tools and the crate registry of this machine (see docs/hosting.md,
# "Reproducible builds"). usage: scripts/release-check.sh [commit=HEAD]; KEEP=1 keeps the clones.
set -euo pipefail
cd "$(dirname "$0")/.."
commit=$(git rev-parse --verify "${1:-HEAD}^{commit}")
work=$(mktemp -d "${TMPDIR:-/tmp}/exo-release-check.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
echo "release-check: commit $commit, clones in $work"
start=$SECONDS
for n in a b; do
  git clone --quiet --no-checkout "$PWD" "$work/$n"
  git -C "$work/$n" checkout --quiet --detach "$commit"
  echo "==> build $n ($work/$n)"
  t=$SECONDS
  (cd "$work/$n" && scripts/release.sh) >"$work/$n.log" 2>&1 || {
    echo "release-check: scripts/release.sh failed in clone $n; last lines:" >&2
    tail -n 30 "$work/$n.log" >&2
    exit 1
  }
  echo "    $((SECONDS - t)) s"
done
echo "==> compare"
if diff -r "$work/a/dist/release" "$work/b/dist/release" >/dev/null; then
  cat "$work/a/dist/release/SHA256SUMS"
  echo "release-check: identical: both clean builds of $commit gave the same $(ls "$work/a/dist/release" | wc -l) files ($((SECONDS - start)) s)"
else
  echo "release-check: DIFFERENT builds of $commit:" >&2
  diff "$work/a/dist/release/SHA256SUMS" "$work/b/dist/release/SHA256SUMS" >&2 || true
  diff -rq "$work/a/dist/release" "$work/b/dist/release" >&2 || true
  exit 1
fi
