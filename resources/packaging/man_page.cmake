# cmake -DPROGRAM=path -DNAME=lingualens-cli -DSUMMARY="…" -DVERSION=x -DOUT=name.1
#       [-DSUBCOMMANDS=ON] -P man_page.cmake
# The man page from the program's own --help (help2man), so it never drifts from the
# program. With SUBCOMMANDS, each subcommand's --help (and its own subcommands') becomes a
# section of COMMANDS.
set(ENV{HOME} "~")
unset(ENV{XDG_DATA_HOME})
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} en)
set(ENV{SOURCE_DATE_EPOCH} ${DATE_EPOCH})  # the release's date on the page, not the build's

function(help_of out)  # help_of(var word…): `PROGRAM word… --help`
  execute_process(COMMAND ${PROGRAM} ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${ARGN} --help: exit ${code}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(subcommands_in text out)  # the names listed under "Subcommands:"
  set(names)
  string(REPLACE "\n" ";" lines "${text}")
  set(inside OFF)
  foreach(line IN LISTS lines)
    if(line MATCHES "^Subcommands:")
      set(inside ON)
    elseif(inside AND line MATCHES "^  ([a-z][a-z0-9-]*)")
      list(APPEND names ${CMAKE_MATCH_1})
    elseif(inside AND NOT line MATCHES "^ ")
      set(inside OFF)
    endif()
  endforeach()
  set(${out} ${names} PARENT_SCOPE)
endfunction()

function(roff_block text out)  # preformatted text, safe for roff
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  # CLI11 prints the program as it was called; the page names it as users type it.
  string(REPLACE "${PROGRAM}" "${NAME}" text "${text}")
  set(${out} ".nf\n${text}.fi\n" PARENT_SCOPE)
endfunction()

set(include "${OUT}.include")
file(WRITE ${include} "")
if(SUBCOMMANDS)
  help_of(root)
  subcommands_in("${root}" commands)
  file(APPEND ${include} "[COMMANDS]\n")
  foreach(command IN LISTS commands)
    help_of(text ${command})
    roff_block("${text}" block)
    file(APPEND ${include} ".SS \"${NAME} ${command}\"\n${block}")
    subcommands_in("${text}" children)
    foreach(child IN LISTS children)
      help_of(text ${command} ${child})
      roff_block("${text}" block)
      file(APPEND ${include} ".SS \"${NAME} ${command} ${child}\"\n${block}")
    endforeach()
  endforeach()
endif()
file(APPEND ${include} "[SEE ALSO]\n${SEE_ALSO}\n")
execute_process(COMMAND help2man --no-info --name=${SUMMARY} --version-string=${VERSION}
                        --include=${include} --output=${OUT} ${PROGRAM}
                RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "help2man ${PROGRAM}: ${err}")
endif()
file(REMOVE ${include})
execute_process(COMMAND gzip -9nf ${OUT} RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "gzip ${OUT} failed")
endif()
