#!/usr/bin/env bash
# Peak memory of loading the full-size M-BERT-Base-69 checkpoint (random weights, official
# formats) and encoding one query, as a ratio of the checkpoint's file size. Target: <= 1.2.
#   tests/bench/text_memory.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
model=${MODEL_DIR:-/tmp/lingualens-bench/M-BERT-Base-69}
if [ ! -f "$model/pytorch_model.bin" ]; then
  dpkg -s python3-torch python3-numpy >/dev/null 2>&1 || apt-get install -y -qq python3-torch python3-numpy time
  /usr/bin/python3 "$here/make_fullsize_mbert.py" "$model" "$here/../data/mbert-tiny/vocab.txt"
fi
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time
size=$(stat -c %s "$model/pytorch_model.bin")
out=$(/usr/bin/time -v "$build/app/lingualens-cli" encode-text --text-model "$model" "Eisbär im Schnee" 2>&1 >/dev/null)
rss_kb=$(echo "$out" | awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}')
base_kb=$(/usr/bin/time -v "$build/app/lingualens-cli" --help 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}')
echo "checkpoint: $((size / 1048576)) MiB"
echo "peak RSS loading + one query: $((rss_kb / 1024)) MiB (process baseline without a model: $((base_kb / 1024)) MiB)"
awk -v r="$rss_kb" -v s="$size" 'BEGIN { printf "ratio peak RSS / file size: %.2f (target <= 1.2)\n", r * 1024 / s }'
