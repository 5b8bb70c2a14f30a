# The Debian package as CI ships it: `cpack -G DEB`, unpacked with `dpkg -x` into a temporary
# root; both programs answer --help from there (the GUI without a display), the installed CLI
# loads its own SentencePiece module, and the validators pass: desktop-file-validate,
# appstreamcli validate, lintian (errors fail; warnings are printed).
set(out ${WORK}/package-deb)
file(REMOVE_RECURSE ${out})
file(MAKE_DIRECTORY ${out})

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${what} failed (exit ${code}):\n${stdout}${stderr}")
  endif()
  set(stdout "${stdout}" PARENT_SCOPE)
  set(stderr "${stderr}" PARENT_SCOPE)
endfunction()

run("cpack" ${CMAKE_CPACK_COMMAND} -G DEB -B ${out} --config ${BUILD}/CPackConfig.cmake)
file(GLOB deb ${out}/lingualens_*.deb)
list(LENGTH deb n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${out}, found: ${deb}")
endif()

run("dpkg-deb --field" dpkg-deb --field ${deb} Section Depends Recommends)
foreach(expected "Section: graphics" "libtorch" "libqt6widgets6" "fonts-noto-core" "fonts-noto-cjk")
  string(FIND "${stdout}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package's control fields lack '${expected}':\n${stdout}")
  endif()
endforeach()

set(root ${out}/root)
run("dpkg -x" dpkg -x ${deb} ${root})
run("lingualens-cli --help" ${root}/usr/bin/lingualens-cli --help)
if(NOT stdout MATCHES "Subcommands:")
  message(FATAL_ERROR "lingualens-cli --help from the package:\n${stdout}")
endif()
run("lingualens --help" ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
    --unset=QT_QPA_PLATFORM ${root}/usr/bin/lingualens --help)
if(NOT stdout MATCHES "--library")
  message(FATAL_ERROR "lingualens --help from the package:\n${stdout}")
endif()
run("the packaged CLI's tokenizer" ${CMAKE_COMMAND} -E env LD_DEBUG=files
    ${root}/usr/bin/lingualens-cli tokenize --json --text-model ${DATA}/zoo/mclip-xlmr-tiny "a dog")
if(NOT stderr MATCHES "file=${root}/usr/lib/lingualens/modules/lingualens_sentencepiece.so")
  message(FATAL_ERROR "the packaged CLI did not load its own SentencePiece module:\n${stderr}")
endif()

run("desktop-file-validate" desktop-file-validate
    ${root}/usr/share/applications/org.lingualens.LinguaLens.desktop)
if(NOT stdout STREQUAL "")
  message(FATAL_ERROR "desktop-file-validate:\n${stdout}")
endif()
run("appstreamcli validate" appstreamcli validate --no-net --explain
    ${root}/usr/share/metainfo/org.lingualens.LinguaLens.metainfo.xml)
message(STATUS "appstreamcli: ${stdout}")
# As root lintian says it would rather not be; its findings go to the test log.
run("lintian" lintian --fail-on error ${deb})
message(STATUS "lintian (warnings allowed, no errors):\n${stdout}${stderr}")
file(REMOVE_RECURSE ${out})
