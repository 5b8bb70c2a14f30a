#!/usr/bin/env bash
# Launch to the first screen of the timeline, thumbnails included, on a large library:
# builds a library of N photos (hard links to one real photo, dated over ten years, indexed as
# the tiny test model so the app opens it without the real weights), then starts
# `lingualens --startup-time` on it three times: the first with no thumbnail cache (a first
# start), then with the cache the first run left (every later start).
#   tests/bench/startup_time.sh [BUILD_DIR=build] [PHOTOS=100000] [PHOTO=a test photo]
# (PHOTO: e.g. a 12-megapixel JPEG of your own, to see the cold start with big photos.)
# Target (issue "The desktop app in daily life"): <= 1.5 s at 100,000 photos.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=$here/../data
build=${1:-$here/../../build}
n=${2:-100000}
photo=${3:-$data/images-seed/sad.jpg}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/bench/bench_library" "$n" --keep "$work/bench" --photo "$photo" \
  --image-model "$data/clip-rn-tiny/RN-tiny.pt" >/dev/null
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} XDG_CONFIG_HOME=$work/config
for run in "cold thumbnail cache" "warm" "warm"; do
  printf '%s photos, %s: ' "$n" "$run"
  "$build/app/lingualens" 2>/dev/null --library "$work/bench/lib" --image-model "$data/clip-rn-tiny/RN-tiny.pt" \
    --text-model "$data/mbert-tiny" --text-head "$data/formats/head_16x16.pkl" --startup-time
done
