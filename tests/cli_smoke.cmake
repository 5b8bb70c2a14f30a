# End-to-end checks of lingualens-cli: exit codes and the JSON contracts of the issues.
function(run_cli expect_code out_var)
  execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL expect_code)
    message(FATAL_ERROR "lingualens-cli ${ARGN}: exit ${code}, expected ${expect_code}\n${out}\n${err}")
  endif()
  set(${out_var} "${out}${err}" PARENT_SCOPE)
endfunction()

run_cli(0 out --help)
run_cli(0 out tokenize --help)
run_cli(0 out encode-text --help)

run_cli(0 out tokenize --text-model ${DATA}/mbert-tiny --json "A red apple")
string(JSON ids GET "${out}" ids 0)
string(REGEX REPLACE "[ \n]" "" ids "${ids}")
if(NOT ids STREQUAL "[101,138,10680,72894,10284,102]")
  message(FATAL_ERROR "tokenize ids: ${ids}")
endif()

run_cli(0 out encode-text --text-model ${DATA}/mbert-tiny --json "A red apple" "Eisbär im Schnee")
string(JSON dim GET "${out}" dim)
string(JSON n LENGTH "${out}" embeddings)
string(JSON d0 LENGTH "${out}" embeddings 0)
if(NOT dim EQUAL 8 OR NOT n EQUAL 2 OR NOT d0 EQUAL 8)
  message(FATAL_ERROR "encode-text JSON: ${out}")
endif()

# Errors: non-zero exit and a message naming the file.
run_cli(1 out encode-text --text-model ${DATA}/no-such-model "x")
if(NOT out MATCHES "no-such-model")
  message(FATAL_ERROR "error does not name the folder: ${out}")
endif()
run_cli(1 out encode-text --text-model ${DATA}/mbert-tiny --text-head ${DATA}/formats/head_evil.pkl "x")
if(NOT out MATCHES "head_evil.pkl")
  message(FATAL_ERROR "error does not name the head: ${out}")
endif()
run_cli(2 out encode-text --no-such-flag)

# encode-image: per-file errors are reported, the other images still encoded, exit non-zero.
run_cli(3 out encode-image --image-model ${DATA}/clip-rn-tiny/RN-tiny.pt --json
        "${DATA}/images-seed/red apple.jpg" ${DATA}/images-made/truncated.jpg)
string(JSON dim GET "${out}" dim)
string(JSON n LENGTH "${out}" embeddings)
string(JSON second TYPE "${out}" embeddings 1)
string(JSON err GET "${out}" errors 0 path)
if(NOT dim EQUAL 16 OR NOT n EQUAL 2 OR NOT second STREQUAL "NULL" OR NOT err MATCHES "truncated.jpg")
  message(FATAL_ERROR "encode-image JSON: ${out}")
endif()
run_cli(0 out encode-image --image-model ${DATA}/clip-rn-tiny/RN-tiny.pt --json "${DATA}/images-seed/sad.jpg")
run_cli(1 out encode-image --image-model ${DATA}/mbert-tiny/pytorch_model.bin "${DATA}/images-seed/sad.jpg")

# preprocess writes a 3x288x288 float32 .npy
set(npy ${CMAKE_CURRENT_BINARY_DIR}/cli_smoke_preprocess.npy)
file(REMOVE ${npy})
run_cli(0 out preprocess --image-model ${DATA}/clip-rn-tiny/RN-tiny.pt ${DATA}/images-public/cmyk.jpg --out ${npy})
file(SIZE ${npy} npy_size)
if(NOT npy_size EQUAL 995456)  # 128-byte header + 3*288*288*4
  message(FATAL_ERROR "preprocess wrote ${npy_size} bytes")
endif()
