#!/usr/bin/env bash
# LinguaLens against the Python reference, side by side on the same inputs, same machine, same
# thread count; prints a Markdown table of figures and ratios (what BENCHMARKS.md records).
#   tests/bench/compare_reference.sh [BUILD_DIR] [WORK_DIR]
#   env: PHOTOS (default 200), THREADS (default: all cores), REPEAT (text queries, default 100)
# Set-up, cached in WORK_DIR: PHOTOS photo-like 12-megapixel JPEGs, full-size random-weight
# RN50x4 and M-BERT-Base-69 in the official formats (made here with Debian's python3-torch).
# The reference is CLIP's preprocessing with Pillow + torchvision and the same networks in
# PyTorch (tests/bench/reference/): apt-get install python3-torch python3-torchvision python3-pil
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
work=${2:-/tmp/lingualens-bench}
photos=${PHOTOS:-200}
threads=${THREADS:-$(nproc)}
repeat=${REPEAT:-100}
query="a red apple on the table"
cli=$build/app/lingualens-cli
py=/usr/bin/python3
mkdir -p "$work"

echo "set-up in $work ..." >&2
$py "$here/reference/make_photos.py" "$photos" "$work/photos"
[ -f "$work/models/RN50x4.pt" ] || $py "$here/reference/make_models.py" "$work/models"
[ -f "$work/models/RN50x4-calibrated.pt" ] ||
  $py "$here/reference/make_models.py" "$work/models" --calibrate "$work/photos"
[ -f "$work/models/M-BERT-Base-69/pytorch_model.bin" ] ||
  $py "$here/make_fullsize_mbert.py" "$work/models/M-BERT-Base-69" "$here/../data/mbert-tiny/vocab.txt"
text=(--text-model "$work/models/M-BERT-Base-69")

rss() { grep "Maximum resident" "$1" | awk '{printf "%.0f", $6 / 1024}'; }
json() { $py -c "import json,sys; print(json.load(open(sys.argv[1]))$2)" "$1"; }

echo "indexing: LinguaLens (exact) ..." >&2
rm -rf "$work/lib"
/usr/bin/time -v "$cli" --threads "$threads" index --library "$work/lib" --image-model "$work/models/RN50x4.pt" \
  --json "$work/photos" >"$work/ours_index.json" 2>"$work/ours_index.time"
echo "indexing: LinguaLens (fast mode) ..." >&2
rm -rf "$work/lib_fast"
"$cli" --threads "$threads" index --fast --library "$work/lib_fast" --image-model "$work/models/RN50x4.pt" \
  --json "$work/photos" >"$work/ours_fast.json"
echo "fast mode deviation on 16 photos ..." >&2
mkdir -p "$work/photos16"
for f in $(ls "$work/photos" | head -16); do ln -sf "$work/photos/$f" "$work/photos16/$f"; done
"$build/tests/bench/bench_fast_mode" --image-model "$work/models/RN50x4.pt" --photos "$work/photos16" \
  --reduce-to 576 >"$work/fast_mode.json"
"$build/tests/bench/bench_fast_mode" --image-model "$work/models/RN50x4-calibrated.pt" --photos "$work/photos16" \
  --reduce-to 576 >"$work/fast_mode_calibrated.json"
echo "indexing: Python reference ..." >&2
/usr/bin/time -v $py "$here/reference/run_reference.py" index "$work/photos" "$work/models/RN50x4.pt" \
  --threads "$threads" >"$work/ref_index.json" 2>"$work/ref_index.time"

echo "text queries ..." >&2
"$cli" tokenize "${text[@]}" --json "$query" >"$work/ids.json"
"$build/tests/bench/bench_query" "${text[@]}" --query "$query" --repeat "$repeat" --threads "$threads" >"$work/ours_text.json"
"$build/tests/bench/bench_query" "${text[@]}" --query "$query" --repeat "$repeat" --threads "$threads" \
  --half-text-weights >"$work/ours_text_half.json"
echo "indexing with both models loaded (as the app) ..." >&2
rm -rf "$work/lib_both"
"$build/tests/bench/bench_query" "${text[@]}" --query "$query" --repeat 1 --vectors 0 --threads "$threads" \
  --image-model "$work/models/RN50x4.pt" --index-folder "$work/photos" --library "$work/lib_both" >"$work/ours_both.json"
rm -rf "$work/lib_both"
"$build/tests/bench/bench_query" "${text[@]}" --query "$query" --repeat 1 --vectors 0 --threads "$threads" \
  --image-model "$work/models/RN50x4.pt" --index-folder "$work/photos" --library "$work/lib_both" \
  --half-text-weights >"$work/ours_both_half.json"
$py "$here/reference/run_reference.py" text "$work/models/M-BERT-Base-69" \
  "$work/models/M-BERT-Base-69/M-BERT-Base-69 Linear Weights.pkl" "$work/ids.json" --repeat "$repeat" \
  --threads "$threads" >"$work/ref_text.json"

echo "cold start: process start to first search result on the library ..." >&2
start=$(date +%s.%N)
"$cli" --threads "$threads" search --library "$work/lib" "${text[@]}" --json "$query" >/dev/null
cold=$($py -c "print(($(date +%s.%N) - $start) * 1000)")

gui_cold=$(XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen "$build/app/lingualens" --library "$work/lib" \
  "${text[@]}" --image-model "$work/models/RN50x4.pt" --search "$query" --startup-time 2>/dev/null | awk '{print $4}')

ours_ips=$(json "$work/ours_index.json" '["images_per_second"]')
ref_ips=$(json "$work/ref_index.json" '["images_per_second"]')
fast_ips=$(json "$work/ours_fast.json" '["images_per_second"]')
ratio() { $py -c "print(f'{$1 / $2:.2f}×')"; }
cat <<TABLE
Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); threads: $threads; $(date -u +%F)
Inputs: $photos JPEGs of 12 MP; full-size RN50x4 and M-BERT-Base-69 (random weights); query "$query" ($(json "$work/ours_text.json" '["tokens"]') tokens)

| figure | LinguaLens | Python reference | ratio |
| --- | --- | --- | --- |
| indexing (decode + preprocess + encode), images/s | $(printf %.2f "$ours_ips") | $(printf %.2f "$ref_ips") | $(ratio "$ours_ips" "$ref_ips") |
| indexing, fast mode (\`index --fast\`), images/s | $(printf %.2f "$fast_ips") | | $(ratio "$fast_ips" "$ref_ips") |
| fast mode: decode + preprocess per photo, ms (exact → fast) | $(printf %.0f "$(json "$work/fast_mode.json" '["exact"]["decode_preprocess_ms"]')") → $(printf %.0f "$(json "$work/fast_mode.json" '["fast_576"]["decode_preprocess_ms"]')") | | |
| fast mode: model input cosine to exact, min over 16 photos | $(printf %.6f "$(json "$work/fast_mode.json" '["fast_576"]["input_cosine_min"]')") | | |
| fast mode: embedding cosine to exact, min (random weights; two different photos: $(printf %.6f "$(json "$work/fast_mode.json" '["cosine_between_different_photos_min"]')")) | $(printf %.8f "$(json "$work/fast_mode.json" '["fast_576"]["cosine_min"]')") | | |
| fast mode: embedding cosine to exact, min (random weights, calibrated batch norms; two different photos: $(printf %.4f "$(json "$work/fast_mode_calibrated.json" '["cosine_between_different_photos_min"]')")) | $(printf %.6f "$(json "$work/fast_mode_calibrated.json" '["fast_576"]["cosine_min"]')") | | |
| peak RSS while indexing, MB: image model only (CLI) | $(rss "$work/ours_index.time") | $(rss "$work/ref_index.time") | |
| peak RSS while indexing with both models loaded (as the app), MB | $(printf %.0f "$(json "$work/ours_both.json" '["peak_rss_mb"]')") | | |
| the same with \`--half-text-weights\`, MB | $(printf %.0f "$(json "$work/ours_both_half.json" '["peak_rss_mb"]')") | | |
| text query encode p50 / p99, ms | $(printf %.1f "$(json "$work/ours_text.json" '["encode_p50_ms"]')") / $(printf %.1f "$(json "$work/ours_text.json" '["encode_p99_ms"]')") | $(printf %.1f "$(json "$work/ref_text.json" '["encode_p50_ms"]')") / $(printf %.1f "$(json "$work/ref_text.json" '["encode_p99_ms"]')") | $(ratio "$(json "$work/ref_text.json" '["encode_p50_ms"]')" "$(json "$work/ours_text.json" '["encode_p50_ms"]')") faster |
| text query with \`--half-text-weights\` p50 / p99, ms | $(printf %.1f "$(json "$work/ours_text_half.json" '["encode_p50_ms"]')") / $(printf %.1f "$(json "$work/ours_text_half.json" '["encode_p99_ms"]')") | | $(ratio "$(json "$work/ref_text.json" '["encode_p50_ms"]')" "$(json "$work/ours_text_half.json" '["encode_p50_ms"]')") faster |
| query + search over 100k vectors p50 / p99, ms | $(printf %.1f "$(json "$work/ours_text.json" '["search_p50_ms"]')") / $(printf %.1f "$(json "$work/ours_text.json" '["search_p99_ms"]')") | $(printf %.1f "$(json "$work/ref_text.json" '["search_p50_ms"]')") / $(printf %.1f "$(json "$work/ref_text.json" '["search_p99_ms"]')") | $(ratio "$(json "$work/ref_text.json" '["search_p50_ms"]')" "$(json "$work/ours_text.json" '["search_p50_ms"]')") faster |
| text model load + first query, ms | $(printf %.0f "$(json "$work/ours_text.json" '["cold_start_ms"]')") | $(printf %.0f "$(json "$work/ref_text.json" '["cold_start_ms"]')") | |
| cold start: \`lingualens-cli search\` process to first result, ms | $(printf %.0f "$cold") | | |
| cold start: app launch to first result (\`lingualens --search\`), ms | $gui_cold | | |
TABLE
