#!/usr/bin/env bash
# Installs LinguaLens's build and test dependencies from Debian 12 packages (only the missing
# ones, so it is quick when everything is there). Uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libtorch-dev libopenblas0-openmp    # LibTorch; OpenBLAS instead of the slow reference BLAS
  libdnnl-dev                         # oneDNN matmul for short text queries
  libopencv-dev libheif-dev libexiv2-dev libxxhash-dev
  libjpeg62-turbo-dev libpng-dev libwebp-dev libgif-dev
  libfaiss-dev libsqlite3-dev libsqlitecpp-dev
  qt6-base-dev qt6-qpa-plugins libqt6svg6 libgl-dev fonts-dejavu-core
  qt6-l10n-tools qt6-translations-l10n  # the interface's translations (lrelease, lupdate)
  help2man librsvg2-bin               # man pages from --help, PNG icons from the SVG
  dpkg-dev file lintian desktop-file-utils appstream  # the .deb (cpack) and its validators
  zsh fish                            # the completion scripts' own shells check them
  libcurl4-openssl-dev libssl-dev   # model downloads, SHA-256
  libpango1.0-dev libcairo2-dev      # report heatmaps: text in every script
  libcld2-dev                         # query language when the script is shared
  libsentencepiece-dev                # XLM-RoBERTa's tokenizer (model pairs, #20)
  zlib1g-dev                          # the gazetteer's gzip files
  fonts-noto-core                     # glyphs for the 69 languages' scripts (Kannada, ...)
  libicu-dev libcli11-dev nlohmann-json3-dev libspdlog-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev            # libFuzzer + sanitizers for the fuzz_smoke test
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
