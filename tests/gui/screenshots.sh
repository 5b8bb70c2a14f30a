#!/usr/bin/env bash
# A scripted tour of the desktop app under Xvfb (with openbox, so windows get real sizes):
# builds a small dated library from the test photos with the tiny fixture models, then
# screenshots the timeline, the viewer, a search with a folder filter, an Arabic query, an
# offline folder, a small 800×560 window, the first-run dialog with one incompatible file, the
# translation evaluation (Arabic, Greek and Kannada heatmaps), the duplicates dialog and the
# interface in Arabic and Japanese. Look at
# every picture after a change to the UI.
#   tests/gui/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs: xvfb openbox xdotool x11-apps (xwd) x11-utils (xwininfo) imagemagick (convert):
#   apt-get install xvfb openbox xdotool x11-apps x11-utils imagemagick
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=$here/../data
build=${1:-$here/../../build}
out=${2:-$build/screenshots}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$out" "$work/photos/2024/summer" "$work/photos/2023" "$work/photos/old" "$work/drive/trip"
cp "$data"/images-seed/*.jpg "$work/photos/2024/summer/"
cp "$data"/images-seed/*.png "$work/photos/2023/"
cp "$data"/images-public/*.jpg "$work/photos/old/"
cp "$data"/images-public/*.png "$work/drive/trip/"
printf 'not an image' > "$work/photos/old/broken.jpg"
# Copies for the duplicates dialog: a half-size export and a mirrored PNG of one photo.
convert "$data/images-seed/sad.jpg" -resize 50% "$work/photos/old/sad (export).jpg"
convert "$data/images-seed/sad.jpg" -flop "$work/photos/2023/sad mirrored.png"
# Capture dates from the file times (the seed photos have no EXIF date): a few days apart.
i=0
for f in "$work"/photos/2024/summer/*; do touch -d "2024-07-$((10 + i % 3)) $((10 + i)):00" "$f"; i=$((i + 1)); done
touch -d "2023-12-24 18:00" "$work"/photos/2023/*
touch -d "2022-05-02 09:00" "$work"/photos/old/* "$work"/drive/trip/*
cli=("$build/app/lingualens-cli" index --library "$work/library" --image-model "$data/clip-rn-tiny/RN-tiny.pt")
"${cli[@]}" "$work/photos" >/dev/null || true   # exit 3: broken.jpg is recorded as an error, on purpose
"${cli[@]}" "$work/drive" >/dev/null
models=(--image-model "$data/clip-rn-tiny/RN-tiny.pt" --text-model "$data/mbert-tiny"
        --text-head "$data/formats/head_16x16.pkl")

export XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
export DISPLAY=$display
sleep 1
openbox >/dev/null 2>&1 &
sleep 1
# A window by its title (a dialog comes out black in a root capture), or the whole screen.
shot() {
  local id=""
  [ -n "${2:-}" ] && id=$(xwininfo -root -tree | grep -F "\"$2\"" | grep -F '("lingualens"' | head -1 | awk '{print $1}')
  if [ -n "$id" ]; then xwd -id "$id" -silent | convert xwd:- "$out/$1.png"
  else xwd -root -silent | convert xwd:- "$out/$1.png"; fi
  echo "$out/$1.png"
}
app_window() { xdotool search --sync --name '^LinguaLens$' | tail -1; }
start() { "$build/app/lingualens" --library "$work/library" "${models[@]}" "$@" >>"$work/app.log" 2>&1 & sleep "${WAIT:-5}"; }
stop() { kill %?lingualens 2>/dev/null || pkill -f "$build/app/lingualens " || true; sleep 1; }

# 1. The timeline: every photo, newest first, under day and month headings.
start
win=$(app_window)
xdotool windowsize --sync "$win" 1280 820
sleep 1
shot timeline
# 2. The viewer: from the grid (Down moves from the search field into it), Enter opens.
xdotool key --window "$win" Down Return
sleep 1.5
shot viewer
xdotool key --window "$win" Right
sleep 1
shot viewer-next
xdotool key --window "$win" Escape
# 3. A search, then only one folder of the tree (2024/summer).
xdotool key --window "$win" ctrl+f
xdotool type --delay 20 "ein roter Apfel"
xdotool key Return
sleep 2
shot search
stop

# 4. An Arabic query ("a white cat"), right to left in the field.
start --search "قطة بيضاء"
shot search-arabic
stop

# 5. An unplugged drive: the folder is greyed "not connected", its photos kept and hidden.
mv "$work/drive" "$work/drive-unplugged"
start
shot offline-folder
# 6. The same window at 800×560: nothing overlaps, the grid reflows.
xdotool windowsize --sync "$(app_window)" 800 560
sleep 1.5
shot small-window
stop
mv "$work/drive-unplugged" "$work/drive"

# 7. First run with the image model found and a text head that does not fit it.
"$build/app/lingualens" --library "$work/library" --models "$work/no-models" \
  --image-model "$data/clip-rn-tiny/RN-tiny.pt" --text-head "$data/formats/head_in32.pkl" \
  >>"$work/app.log" 2>&1 &
sleep "${WAIT:-5}"
shot first-run "LinguaLens needs its models"
stop

# 8. The translation evaluation on the model card's first set (its images are the seed photos).
mkdir -p "$work/evalset"
cp "$data"/images-seed/* "$here/../../resources/eval/model-card-set-1.json" "$work/evalset/"
start --evaluate "$work/evalset/model-card-set-1.json"
sleep 2
shot evaluation "model-card-set-1.json — Evaluate translations"
# Run it (F5), then the heatmaps of Arabic (right to left), Greek and Kannada: photos as row
# headers, wrapped captions as column headers; and the summary's tokenizer column.
eval_window=$(xdotool search --name 'Evaluate translations' | tail -1)
xdotool windowactivate --sync "$eval_window" key F5
sleep 4
# The language list: en, ar, de, el, es, fr, kn, ru, sv (reference first, then by code).
xdotool mousemove --window "$eval_window" 60 100 click 1 key Home
for step in "ar 1" "el 2" "kn 3"; do
  set -- $step
  for _ in $(seq "$2"); do xdotool key Down; done
  sleep 0.5
  shot "evaluation-$1" "model-card-set-1.json — Evaluate translations"
done
stop

# 9. Tools ▸ Find duplicates…: the photo and its two copies side by side, the kept one marked.
start
xdotool key --window "$(app_window)" alt+t
sleep 0.5
xdotool key Return
sleep 3
shot duplicates "Duplicates"
stop

# 10. The interface in Arabic (mirrored, right to left) and in Japanese, as a user whose
# system speaks them sees it; each with a search in its own language.
LANGUAGE=ar LANG=ar_EG.UTF-8 start --search "قطة بيضاء"
xdotool windowsize --sync "$(app_window)" 1280 820
sleep 1.5
shot interface-arabic
xdotool key --window "$(app_window)" ctrl+comma
sleep 1.5
shot settings-arabic "الإعدادات"
stop
LANGUAGE=ja LANG=ja_JP.UTF-8 start --search "夕焼けの海"
xdotool windowsize --sync "$(app_window)" 1280 820
sleep 1.5
shot interface-japanese
stop
