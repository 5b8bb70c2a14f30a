#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60)
# on a seed corpus made from tests/data. Needs clang and libclang-rt-14-dev (Debian).
#   tests/fuzz/run.sh [SECONDS] [OUT_DIR]
# A crash or leak leaves its input in OUT_DIR; add it to the matching test as a regression.
set -euo pipefail
seconds=${1:-60}
out=${2:-/tmp/lingualens-fuzz}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
cxx="clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -I$root -isystem /usr/include/opencv4 -isystem /usr/include/libpng16"
cd "$root"
$cxx tests/fuzz/fuzz_pickle.cpp core/weights/{pickle,torch_pickle,raw_tensor}.cpp core/error.cpp -o "$out/fuzz_pickle"
$cxx tests/fuzz/fuzz_zip_index.cpp core/weights/zip_index.cpp core/util/mapped_file.cpp core/error.cpp -o "$out/fuzz_zip_index"
$cxx tests/fuzz/fuzz_image_decode.cpp \
  core/image/{decode,jpeg_decode,png_decode,heif_decode,webp_decode,gif_decode,opencv_decode,exif,orientation,image,pillow_resize,clip_preprocess}.cpp \
  core/error.cpp -ljpeg -lpng16 -lheif -lwebp -lgif -lexiv2 -lopencv_imgcodecs -lopencv_imgproc -lopencv_core \
  -o "$out/fuzz_image_decode"
mkdir -p "$out/corpus_pickle" "$out/corpus_zip" "$out/corpus_image"
cp tests/data/mbert-tiny/*.pkl tests/data/formats/*.pkl "$out/corpus_pickle/"
cp tests/data/formats/*.pt tests/data/formats/*.zip "$out/corpus_zip/"
cp tests/data/images-made/formats* tests/data/images-made/*.jpg tests/data/images-public/tiny_10x7.png \
   tests/data/images-public/palette_P.png "$out/corpus_image/"
cd "$out"
./fuzz_pickle -max_total_time="$seconds" -rss_limit_mb=2048 corpus_pickle
./fuzz_zip_index -max_total_time="$seconds" -max_len=4096 corpus_zip
./fuzz_image_decode -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 corpus_image
