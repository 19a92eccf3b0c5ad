#!/usr/bin/env bash
# Screenshots a built page with headless Chromium: scripts/screenshot.sh public/index.html out.png [width] [dark]
set -euo pipefail
page=$1; out=$2; width=${3:-1280}; scheme=${4:-light}
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,2400")
[ "$scheme" = dark ] && flags+=(--force-dark-mode --blink-settings=preferredColorScheme=0)
chromium "${flags[@]}" --screenshot="$out" "file://$(realpath "$page")" >/dev/null 2>&1
