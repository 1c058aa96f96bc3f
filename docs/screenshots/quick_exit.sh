#!/bin/sh
# Quick exit as a housemate would see it, on a real X server (issue 8): Haven open on
# the demo journal, then Escape twice; the whole screen is grabbed before and after.
# Run from the repository: xvfb-run -a -s "-screen 0 1280x800x24" docs/screenshots/quick_exit.sh
# Needs xdotool and ImageMagick's import.
set -e
OUT=docs/screenshots
TMP=$(mktemp -d)
export HOME="$TMP" XDG_CONFIG_HOME="$TMP/.config" XDG_DATA_HOME="$TMP/.local/share"
.venv/bin/python main.py --demo --lang en &
APP=$!
sleep 6  # the demo journal is made and shown
import -window root "$OUT/quick-exit-before-en.png"
xdotool key Escape
sleep 0.1
xdotool key Escape
sleep 1
import -window root "$OUT/quick-exit-after-en.png"
kill "$APP" 2>/dev/null || true
rm -rf "$TMP"
