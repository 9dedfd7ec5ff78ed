#!/usr/bin/env bash
# The online edition in a real browser: build the shipped handbook's site and the hostile
# fixture's site, then run tests/browser (Debian chromium driven by playwright-core, with
# axe-core on every page). Prints `N passed, M failed` last. Needs `npm ci` first.
#
#   scripts/browser-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/vetpress"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  "$bin" build --project "$1" --out "$2" --edition site >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
}
build . "$work/shipped"
# The hostile fixture is the mini project with the repository's themes and the overlay.
mkdir -p "$work/hostile"
cp -r tests/fixtures/mini/. "$work/hostile/"
cp -r themes "$work/hostile/themes"
cp -r tests/fixtures/site-hostile/. "$work/hostile/"
build "$work/hostile" "$work/hostile/out"

VETPRESS_SITE="$work/shipped/site" VETPRESS_HOSTILE_SITE="$work/hostile/out/site" node tests/browser/run.mjs
