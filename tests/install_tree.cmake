# `cmake --install` into a temporary prefix, then the installed programs run from there and
# find what they need under the prefix: the SentencePiece module in <prefix>/lib/lingualens/modules
# (seen in the dynamic loader's own log), the gazetteer in <prefix>/share/lingualens.
set(prefix ${WORK}/install-tree)
file(REMOVE_RECURSE ${prefix})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "cmake --install: ${out}${err}")
endif()
foreach(f bin/lingualens-cli lib/lingualens/modules/lingualens_sentencepiece.so
          share/lingualens/places/cities.tsv.gz share/lingualens/places/admin1.tsv.gz
          share/applications/org.lingualens.LinguaLens.desktop
          share/icons/hicolor/scalable/apps/org.lingualens.LinguaLens.svg
          share/icons/hicolor/48x48/apps/org.lingualens.LinguaLens.png
          share/metainfo/org.lingualens.LinguaLens.metainfo.xml share/man/man1/lingualens-cli.1.gz
          share/bash-completion/completions/lingualens-cli share/zsh/vendor-completions/_lingualens-cli
          share/fish/vendor_completions.d/lingualens-cli.fish)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E env LD_DEBUG=files
                        ${prefix}/bin/lingualens-cli tokenize --json --text-model ${DATA}/zoo/mclip-xlmr-tiny "a dog"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT err MATCHES "file=${prefix}/lib/lingualens/modules/lingualens_sentencepiece.so")
  message(FATAL_ERROR "the installed CLI did not load its own SentencePiece module (exit ${code}):\n${err}")
endif()
execute_process(COMMAND ${prefix}/bin/lingualens-cli understand --json --today 2026-11-30 "temples in Kyoto"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(JSON place GET "${out}" place)
if(NOT code EQUAL 0 OR NOT place STREQUAL "Kyoto")
  message(FATAL_ERROR "the installed CLI without its gazetteer: ${out}${err}")
endif()
file(REMOVE_RECURSE ${prefix})
