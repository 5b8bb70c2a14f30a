#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60)
# on a seed corpus: tests/fuzz/corpus/ plus files from tests/data. Needs clang and
# libclang-rt-14-dev (Debian). CI runs it for a few seconds per target (ctest: fuzz_smoke);
# run it longer locally:  tests/fuzz/run.sh [SECONDS] [OUT_DIR]
# A crash or leak leaves its input (crash-*, leak-*) in OUT_DIR and fails the script; add the
# input to the matching test as a regression.
set -euo pipefail
seconds=${1:-60}
out=${2:-/tmp/lingualens-fuzz}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
cxx="clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I$root
     -isystem /usr/include/opencv4 -isystem /usr/include/libpng16"
cd "$root"
build() {  # name, sources and libraries...
  local name=$1
  shift
  if [ ! -x "$out/$name" ] || [ -n "$(find tests/fuzz core index -newer "$out/$name" -name '*.[ch]*' -print -quit)" ]; then
    $cxx "$@" -o "$out/$name"
  fi
}
build fuzz_pickle tests/fuzz/fuzz_pickle.cpp core/weights/{pickle,torch_pickle,raw_tensor}.cpp core/error.cpp &
build fuzz_zip_index tests/fuzz/fuzz_zip_index.cpp core/weights/zip_index.cpp core/util/mapped_file.cpp core/error.cpp &
wait
build fuzz_model_files tests/fuzz/fuzz_model_files.cpp core/text/{vocab,bert_config}.cpp \
  core/weights/{safetensors,torch_legacy,storage_ref,pickle,torch_pickle,raw_tensor}.cpp core/util/{mapped_file,regular_file,json_file}.cpp core/error.cpp &
build fuzz_tokenizer -DLINGUALENS_FUZZ_VOCAB="\"$root/tests/data/mbert-tiny/vocab.txt\"" tests/fuzz/fuzz_tokenizer.cpp \
  core/text/{vocab,tokenizer,script_language,language_guess}.cpp core/util/{utf8,regular_file,json_file}.cpp core/error.cpp -licuuc -lcld2 &
wait
build fuzz_eval_set tests/fuzz/fuzz_eval_set.cpp core/eval/eval_set.cpp core/util/{utf8,regular_file}.cpp core/error.cpp -licuuc &
build fuzz_query tests/fuzz/fuzz_query.cpp index/query_parser.cpp core/error.cpp &
wait
build fuzz_image_decode tests/fuzz/fuzz_image_decode.cpp \
  core/image/{decode,pixel_budget,jpeg_decode,png_decode,heif_decode,webp_decode,gif_decode,opencv_decode,exif,orientation,image,resample_taps,resample_passes,resample_avx2,pillow_resize,clip_preprocess}.cpp \
  core/error.cpp -ljpeg -lpng16 -lheif -lwebp -lgif -lexiv2 -lopencv_imgcodecs -lopencv_imgproc -lopencv_core

seed() {  # corpus dir, files...
  local dir=$out/corpus_$1
  shift
  mkdir -p "$dir"
  cp "$@" "$dir/"
}
seed pickle tests/data/mbert-tiny/*.pkl tests/data/formats/*.pkl tests/fuzz/corpus/pickle/*
seed zip tests/data/formats/*.pt tests/data/formats/*.zip tests/data/hostile/*.zip \
  tests/data/hostile/shared_dict_60.pt tests/data/hostile/inflates_to_2g.pt
seed image tests/data/images-made/* tests/data/images-public/tiny_10x7.png \
  tests/data/images-public/palette_P.png tests/fuzz/corpus/image/* tests/data/hostile/*.bmp \
  tests/data/hostile/*.tiff
seed model_files tests/fuzz/corpus/model_files/*
seed tokenizer tests/fuzz/corpus/text/*
seed eval_set tests/fuzz/corpus/eval/*
seed query tests/fuzz/corpus/query/*

# Leaks inside third-party libraries, each with its upstream report (see the file).
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
cd "$out"
summary=()
run() {  # target, corpus, extra flags...
  local target=$1 corpus=$2
  shift 2
  local log=$out/$target.log
  # A fixed seed (FUZZ_SEED, default 1) makes a short run repeatable: the same mutations in the
  # same order on every machine, so CI fails only when the code changes, not by luck.
  if ! ./"$target" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 "$@" \
      "corpus_$corpus" >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "FUZZ FAILURE in $target; the input is in $out" >&2
    exit 1
  fi
  summary+=("$target: $(grep -o 'Done [0-9]* runs' "$log" | tail -1)")
}
run fuzz_pickle pickle
run fuzz_zip_index zip -max_len=4096
run fuzz_model_files model_files -max_len=65536
run fuzz_tokenizer tokenizer -max_len=4096
run fuzz_eval_set eval_set -max_len=8192
run fuzz_query query -max_len=1024
run fuzz_image_decode image -max_len=65536
printf '%s\n' "${summary[@]}"
