# Warnings are errors in our own code. Third-party headers come in through imported
# targets, which CMake marks SYSTEM, so their warnings do not fail our build.
function(lingualens_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
                                           -Wno-error=deprecated-declarations)
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
  if(LINGUALENS_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${LINGUALENS_SANITIZE}
                                             -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=${LINGUALENS_SANITIZE})
  endif()
endfunction()
