# Every dependency is a Debian 12 package; .ci/run and tools/setup.sh install them.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(OpenMP REQUIRED)  # FAISS's CMake config expects OpenMP::OpenMP_CXX
find_package(Torch REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(spdlog REQUIRED)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)

# LibTorch's config exports plain variables; wrap them in an imported target so its
# headers are treated as SYSTEM (no warnings from them) and stay out of our headers.
if(NOT TARGET lingualens::torch)
  add_library(lingualens::torch INTERFACE IMPORTED)
  set_target_properties(lingualens::torch PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${TORCH_INCLUDE_DIRS}"
    INTERFACE_LINK_LIBRARIES "${TORCH_LIBRARIES}")
endif()
