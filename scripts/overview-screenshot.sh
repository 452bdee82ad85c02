#!/usr/bin/env bash
# Draws docs/overview.png, the picture in the README: the HTML report of the provider's
# repository (examples/provider: the summary of every course at the top, the provider's chart under it) as
# headless Chromium shows it.
# Needs Debian's chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
html=$(mktemp --suffix=.html)
trap 'rm -f "$html"' EXIT
# The repository has plans with mistakes, so the check exits 1: the page is written all the same.
cargo run -q -- examples/provider --format html --as-of 2026-12-07 > "$html" || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=1000,900 --screenshot=docs/overview.png "file://$html" 2>/dev/null
echo "wrote docs/overview.png"
