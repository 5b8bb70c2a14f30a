#!/usr/bin/env bash
# The generated shell completions work: bash's completes subcommands, nested subcommands,
# option values (choices, model pairs) and files for both programs; zsh and fish parse theirs.
# Usage: completion_smoke.sh <build>/resources/completions
set -euo pipefail
dir=$(cd "$1" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

# compopt only works inside a real completion; here it is a no-op.
compopt() { :; }
source "$dir/bash/lingualens-cli"
source "$dir/bash/lingualens"

complete_bash() {  # complete_bash FUNCTION WORD… : prints the candidates for the last word
  local fn=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  "$fn"
  printf '%s\n' "${COMPREPLY[@]}"
}
expect() {  # expect "candidates" word… : each word is among the candidates
  local got=$1
  shift
  for w in "$@"; do
    grep -qxF -- "$w" <<<"$got" || fail "'$w' not offered; got: $(tr '\n' ' ' <<<"$got")"
  done
}
refuse() {  # refuse "candidates" word… : none of the words is among the candidates
  local got=$1
  shift
  for w in "$@"; do
    if grep -qxF -- "$w" <<<"$got"; then fail "'$w' offered where it does not belong"; fi
  done
}

got=$(complete_bash _lingualens_cli lingualens-cli '')
expect "$got" index search models duplicates understand eval completion
got=$(complete_bash _lingualens_cli lingualens-cli mo)
expect "$got" models
refuse "$got" index
got=$(complete_bash _lingualens_cli lingualens-cli models '')
expect "$got" download import list verify
got=$(complete_bash _lingualens_cli lingualens-cli search --)
expect "$got" --sort --after --library --json --help --threads
refuse "$got" --similar-cosine
got=$(complete_bash _lingualens_cli lingualens-cli search --sort '')
expect "$got" score date
got=$(complete_bash _lingualens_cli lingualens-cli index --model-pair XLM)
expect "$got" XLM-Roberta-Large-Vit-B-32 XLM-Roberta-Large-Vit-L-14
refuse "$got" M-BERT-Base-69
got=$(complete_bash _lingualens_cli lingualens-cli completion '')
expect "$got" bash zsh fish

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/holiday photos"
touch "$work/RN50x4.pt"
cd "$work"
got=$(complete_bash _lingualens_cli lingualens-cli encode-image --image-model RN)
expect "$got" RN50x4.pt
got=$(complete_bash _lingualens_cli lingualens-cli index hol)
expect "$got" "holiday photos"
got=$(complete_bash _lingualens_cli lingualens-cli index --library '')
expect "$got" "holiday photos"
refuse "$got" RN50x4.pt

got=$(complete_bash _lingualens lingualens --li)
expect "$got" --library
got=$(complete_bash _lingualens lingualens R)
expect "$got" RN50x4.pt

if command -v zsh >/dev/null; then
  zsh -n "$dir/zsh/_lingualens-cli" || fail "zsh cannot parse _lingualens-cli"
  zsh -n "$dir/zsh/_lingualens" || fail "zsh cannot parse _lingualens"
fi
if command -v fish >/dev/null; then
  fish -n "$dir/fish/lingualens-cli.fish" || fail "fish cannot parse lingualens-cli.fish"
  # fish itself completes from the script.
  got=$(fish -c "source '$dir/fish/lingualens-cli.fish'; complete -C 'lingualens-cli models '" | cut -f1)
  expect "$got" download import list verify
  got=$(fish -c "source '$dir/fish/lingualens-cli.fish'; complete -C 'lingualens-cli search --sort '" | cut -f1)
  expect "$got" score date
fi
echo "completions ok"
