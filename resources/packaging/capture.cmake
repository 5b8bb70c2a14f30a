# cmake -DOUT=file -P capture.cmake -- program args…
# Writes a program's standard output to OUT, run as documentation is generated: English,
# and with the user's folders spelled as "~" (the defaults printed in --help belong to
# whoever runs the program, not to the machine that built it).
set(ENV{HOME} "~")
unset(ENV{XDG_DATA_HOME})
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} en)
set(command)
set(take OFF)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(take)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif("${CMAKE_ARGV${i}}" STREQUAL "--")
    set(take ON)
  endif()
endforeach()
execute_process(COMMAND ${command} OUTPUT_FILE ${OUT} RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  file(REMOVE ${OUT})
  message(FATAL_ERROR "${command}: exit ${code}\n${err}")
endif()
