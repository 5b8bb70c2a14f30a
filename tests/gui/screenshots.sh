#!/usr/bin/env bash
# Scripted end-to-end run of the desktop app under Xvfb: builds a small library from the test
# photos with the tiny fixture models, starts `lingualens` on it with a query, and saves
# screenshots of the results with the preview open, and of the translation evaluation. Look at them after a change to the UI.
#   tests/gui/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs: xvfb, x11-apps (xwd), x11-utils (xwininfo), imagemagick (convert):
#   apt-get install xvfb x11-apps x11-utils imagemagick
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=$here/../data
build=${1:-$here/../../build}
out=${2:-$build/screenshots}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$out" "$work/photos/fruit" "$work/photos/people" "$work/photos/misc"
cp "$data"/images-seed/*apple* "$data/images-seed/bananas.jpg" "$data/images-seed/fruit bowl.jpg" "$work/photos/fruit/"
cp "$data"/images-seed/{Smile.jpg,sad.jpg,"happy person.jpg","man on bike.jpg"} "$work/photos/people/"
cp "$data"/images-public/*.jpg "$data"/images-public/*.png "$work/photos/misc/"
printf 'not an image' > "$work/photos/misc/broken.jpg"
models=(--image-model "$data/clip-rn-tiny/RN-tiny.pt" --text-model "$data/mbert-tiny"
        --text-head "$data/formats/head_16x16.pkl")
"$build/app/lingualens-cli" index --library "$work/library" --image-model "$data/clip-rn-tiny/RN-tiny.pt" \
  "$work/photos" >/dev/null || true   # exit 3: broken.jpg is recorded as an error, on purpose

export XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x860x24 >/dev/null 2>&1 &
export DISPLAY=$display
sleep 1
shot() { xwd -root -silent | convert xwd:- "$out/$1.png"; echo "$out/$1.png"; }
# One window by its title (a second top-level window may come out black in a root capture
# on Xvfb without a window manager).
shot_window() {
  local id
  id=$(xwininfo -root -tree | grep -F "$2" | head -1 | awk '{print $1}')
  xwd -id "$id" -silent | convert xwd:- "$out/$1.png"
  echo "$out/$1.png"
}
"$build/app/lingualens" --library "$work/library" "${models[@]}" --search "${QUERY:-a red apple}" &
sleep "${WAIT:-6}"
shot search
"$build/app/lingualens" --library "$work/library" "${models[@]}" --search "Eisbär im Schnee +fruit" &
sleep "${WAIT:-6}"
shot search2

# The translation evaluation on the model card's first set (its images are the seed photos).
mkdir -p "$work/evalset"
cp "$data"/images-seed/* "$here/../../resources/eval/model-card-set-1.json" "$work/evalset/"
"$build/app/lingualens" --library "$work/library" "${models[@]}" --evaluate "$work/evalset/model-card-set-1.json" &
sleep "${WAIT:-6}"
shot_window evaluation "Evaluate translations"
