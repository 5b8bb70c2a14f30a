#!/usr/bin/env bash
# The translation evaluation's files as a reader sees them: runs `lingualens-cli eval` on the
# model card's first set (its photos are the seed images) with the tiny fixture models, then
# renders report.html with a headless browser. Look at the pictures after a change to the report.
#   tests/gui/report_screenshot.sh [BUILD_DIR] [OUT_DIR]
# Needs: chromium (apt-get install chromium); fonts-noto-core for every script's glyphs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=$here/../data
build=${1:-$here/../../build}
out=${2:-$build/report-screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
"$build/app/lingualens-cli" eval "$here/../../resources/eval/model-card-set-1.json" \
  --images "$data/images-seed" --image-model "$data/clip-rn-tiny/RN-tiny.pt" \
  --text-model "$data/mbert-tiny" --text-head "$data/formats/head_16x16.pkl" --out "$out/report" >/dev/null
# Top of the page (summary, first heatmap) and the whole page.
for view in "top 1400,1600" "full 1400,9000"; do
  set -- $view
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$2" \
    --screenshot="$out/report-$1.png" "file://$out/report/report.html" >/dev/null 2>&1
  echo "$out/report-$1.png"
done
ls "$out"/report/heatmap_*.png
