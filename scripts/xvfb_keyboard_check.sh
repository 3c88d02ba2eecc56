#!/bin/bash
# Issue 15's scripted check: a layout saved at 1600×1000 restored on a 1366×768 screen,
# every tab reached by the keyboard, a screenshot after each key.
#   apt-get install -y xvfb xdotool imagemagick libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
#   scripts/xvfb_keyboard_check.sh [OUT_DIR]     (then look at OUT_DIR/*.png)
set -u
OUT=${1:-$(mktemp -d /tmp/tracker-xvfb-XXXX)}
mkdir -p "$OUT"
export HOME="$OUT/home" XDG_CONFIG_HOME="$OUT/home/.config" XDG_DATA_HOME="$OUT/home/.local/share"
APP=${APP:-$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/vaccine-tracker}

run() {  # run SIZE NAME KEY...
  local size=$1 name=$2; shift 2
  Xvfb :91 -screen 0 "${size}x24" -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
  local xpid=$!
  sleep 1
  DISPLAY=:91 QT_QPA_PLATFORM=xcb "$APP" --db "$OUT/tracker.sqlite" >"$OUT/app-$name.log" 2>&1 &
  local apid=$! wid="" n=0
  for _ in $(seq 1 60); do
    wid=$(DISPLAY=:91 xdotool search --name "Vaccine Diplomacy Tracker" 2>/dev/null | head -1)
    [ -n "$wid" ] && break
    sleep 0.5
  done
  sleep 4
  DISPLAY=:91 xdotool getwindowname "$wid" >"$OUT/$name.title"
  DISPLAY=:91 xdotool getwindowgeometry "$wid" >"$OUT/$name.geometry"
  DISPLAY=:91 import -window root "$OUT/$name.png"
  for key in "$@"; do
    n=$((n + 1))
    DISPLAY=:91 xdotool windowfocus --sync "$wid" 2>/dev/null
    DISPLAY=:91 xdotool key "$key"
    sleep 1.2
    DISPLAY=:91 import -window root "$OUT/$name-$n-$key.png"
  done
  DISPLAY=:91 xdotool windowfocus --sync "$wid" 2>/dev/null
  DISPLAY=:91 xdotool key ctrl+q  # saves the layout
  sleep 2
  kill "$apid" 2>/dev/null
  kill "$xpid"
  wait "$xpid" 2>/dev/null
}

run 1600x1000 big
run 1366x768 small ctrl+Tab ctrl+Tab ctrl+Tab ctrl+Tab ctrl+Tab ctrl+Next alt+3 F6 F6 Right
cat "$OUT/small.title" "$OUT/small.geometry"
echo "screenshots in $OUT"
