#!/bin/sh
# Start-up benchmark: the time from process start (app/processclock.h) to the first painted frame of the kiosk (full sample
# content) beside a bare Qt window measured the same way, offscreen on a 1920x1080 screen.
# Usage: tests/bench/measure-startup.sh BUILD_DIR [RUNS]    (default 21 runs; prints the medians)
set -eu
build=${1:?usage: $0 BUILD_DIR [RUNS]}
runs=${2:-21}
top=$(cd "$(dirname "$0")/../.." && pwd)
screen=$(mktemp)
config=$(mktemp)
state=$(mktemp -d)
trap 'rm -rf "$screen" "$config" "$state"' EXIT
# Open all day, so that the frame measured is the one a visitor sees (not the dark "closed" screen).
for day in monday tuesday wednesday thursday friday saturday sunday; do echo "$day = 00:00-24:00"; done |
    sed '1i [hours]' > "$config"
cat > "$screen" <<JSON
{ "screens": [ { "name": "kiosk", "x": 0, "y": 0, "width": 1920, "height": 1080,
  "logicalWidth": 1920, "logicalHeight": 1080, "logicalDpi": 96 } ] }
JSON
export QT_QPA_PLATFORM="offscreen:configfile=$screen"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() { # command...
    i=0
    while [ $i -lt "$runs" ]; do
        timeout 30 "$@" 2>/dev/null | sed -n 's/^first frame after \([0-9]*\) ms$/\1/p'
        i=$((i + 1))
    done
}

kiosk=$(measure "$build/app/alzhir-kiosk" --exit-after-first-frame --content "$top/media" --config "$config" --state "$state" | median)
bare=$(measure "$build/tests/bench/alzhir-bare-window" | median)
text=$(measure "$build/tests/bench/alzhir-bare-window" --text | median)
echo "runs: $runs"
echo "bare Qt window: $bare ms (median)"
echo "bare window with one line of text: $text ms (median)"
echo "alzhir-kiosk:   $kiosk ms (median)"
awk -v k="$kiosk" -v b="$bare" 'BEGIN { printf "ratio: %.2f (target <= 2)\n", k / b }'
