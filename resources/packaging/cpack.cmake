# `cpack -G DEB` (in the build folder): a Debian package of what `cmake --install` puts under
# /usr. Its dependencies are computed from the binaries (dpkg-shlibdeps); what is loaded at run
# time without being linked (Qt's platform and SVG plugins) is named here. The package_deb
# test builds it, unpacks it and runs lintian, desktop-file-validate and appstreamcli on it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lingualens)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The LinguaLens developers")
set(CPACK_PACKAGE_CONTACT "${LINGUALENS_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "search your photos by describing them in any language")
# The long description under the summary; CPack indents it and marks empty lines.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "LinguaLens finds photos in your own collection from a description typed in
any of 69 languages (“Eisbär im Schnee”, “белая кошка”, “red apple on a
table”), or from an example image. Dates and places inside a query become
filters; duplicates are found even when rotated; folders are watched.

Everything runs on this computer with OpenAI's CLIP and Multilingual-CLIP
models, downloaded at first start or taken from files you already have.

The package holds the desktop app (lingualens) and the command line
(lingualens-cli).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${LINGUALENS_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Loaded as plugins, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# Glyphs for the scripts of the 69 languages (without them Kannada or Japanese captions show
# as boxes) and Qt's own translations (standard buttons and file dialogs).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
