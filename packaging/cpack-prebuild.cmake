# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS): runs after the files are installed into the
# staging folder and before the .deb is made.

# The program looks for its sample content where it was configured to be installed: a package made
# from a build for /usr/local would look in /usr/local/share and find nothing.
if(NOT CPACK_ALZHIR_INSTALL_PREFIX STREQUAL "/usr")
    message(FATAL_ERROR
        "The Debian package must be built from a build configured with -DCMAKE_INSTALL_PREFIX=/usr "
        "(this one has ${CPACK_ALZHIR_INSTALL_PREFIX}). Configure it again with that option, then build "
        "the package target.")
endif()

set(root "${CPACK_TEMPORARY_DIRECTORY}")
if(NOT EXISTS "${root}/usr/bin/alzhir-kiosk")
    message(FATAL_ERROR "The staging folder ${root} has no usr/bin/alzhir-kiosk.")
endif()
if(NOT EXISTS "${root}/usr/${CPACK_ALZHIR_MEDIA_PLUGIN}")
    message(FATAL_ERROR "The media plugin (usr/${CPACK_ALZHIR_MEDIA_PLUGIN}) is missing from the package.")
endif()
if(NOT EXISTS "${root}/usr/share/alzhir-kiosk/media/content.json")
    message(FATAL_ERROR "The sample content (media/content.json) is missing from the package.")
endif()

# The changelog names the version really packaged.
set(ALZHIR_PACKAGE_VERSION "${CPACK_PACKAGE_VERSION}")
set(ALZHIR_MAINTAINER "${CPACK_ALZHIR_MAINTAINER}")
set(changelog "${CPACK_TOPLEVEL_DIRECTORY}/changelog")
configure_file("${CPACK_ALZHIR_CHANGELOG_IN}" "${changelog}" @ONLY)
execute_process(
    COMMAND sh -c "gzip -9n -c '${changelog}' > '${root}${CPACK_PACKAGING_INSTALL_PREFIX}/${CPACK_ALZHIR_DOC_DIR}/changelog.gz'"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip of the changelog failed: ${status}")
endif()

# CPACK_STRIP_FILES runs a plain `strip`; remove the .comment and .note sections too, as dh_strip does.
find_program(ALZHIR_STRIP NAMES strip REQUIRED)
execute_process(
    COMMAND "${ALZHIR_STRIP}" --remove-section=.comment --remove-section=.note "${root}/usr/bin/alzhir-kiosk"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "strip of usr/bin/alzhir-kiosk failed: ${status}")
endif()
