# Installation of the desktop integration files, and CPack: DEB, RPM and TGZ on Linux, WiX and
# ZIP on Windows, a disk image on macOS. How to build each: packaging/README.md.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES packaging/linux/io.github.duoconsole.DuoConsole.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES packaging/linux/io.github.duoconsole.DuoConsole.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES resources/icons/duo-console.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME io.github.duoconsole.DuoConsole.svg)
    install(FILES packaging/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/duo-console)

    # PNG icons for the desktops that want them, rendered from the SVG at build time.
    find_program(RSVG_CONVERT rsvg-convert)
    if(RSVG_CONVERT)
        foreach(size 48 64 128 256)
            set(png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/io.github.duoconsole.DuoConsole.png")
            add_custom_command(OUTPUT "${png}"
                COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}"
                COMMAND "${RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}"
                        "${PROJECT_SOURCE_DIR}/resources/icons/duo-console.svg"
                DEPENDS "${PROJECT_SOURCE_DIR}/resources/icons/duo-console.svg"
                VERBATIM)
            list(APPEND duo_png_icons "${png}")
            install(FILES "${png}"
                    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(png_icons ALL DEPENDS ${duo_png_icons})
    endif()

    # The man page is written from the program's own --help at build time (not under the
    # sanitizers: their leak report at exit would fail the build), in English whatever the
    # language of the machine or of the builder's own Duo Console settings.
    find_program(HELP2MAN help2man)
    if(HELP2MAN AND NOT DUO_SANITIZE)
        set(manpage "${CMAKE_CURRENT_BINARY_DIR}/duo-console.1")
        add_custom_command(OUTPUT "${manpage}"
            COMMAND ${CMAKE_COMMAND} -E env LANGUAGE=C LC_ALL=C.UTF-8
                    "XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/manpage-settings" "${HELP2MAN}" --no-info
                    --name "desktop admin console for GitLab Duo Self-Hosted"
                    --output "${manpage}" $<TARGET_FILE:duo-console>
            DEPENDS duo-console
            COMMENT "Writing the man page from duo-console --help"
            VERBATIM)
        add_custom_target(manpage ALL DEPENDS "${manpage}")
        install(FILES "${manpage}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endif()

set(CPACK_PACKAGE_NAME "duo-console")
set(CPACK_PACKAGE_VENDOR "The Duo Console developers")
set(CPACK_PACKAGE_CONTACT "Duo Console developers <duo-console@duoconsole.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop admin console for GitLab Duo Self-Hosted")
set(CPACK_PACKAGE_DESCRIPTION
    "Duo Console manages GitLab Duo Self-Hosted from the desktop: self-hosted models, \
AI-native feature assignments and the AI gateway, with tokens kept in the system keychain, \
offline drafts and reviewed, conflict-aware pushes, and a scriptable command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
find_program(RPMBUILD rpmbuild)
if(RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dlopen()ed at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0, libqt6svg6")
# A Secret Service for the tokens; Qt's own translations (QtKeychain's come with its library).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")

# Fedora's names. The shared libraries are found by rpm's own scan; the SQLite driver (in
# qt6-qtbase), the SVG plugin and libsecret are loaded at run time, so they are named here.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase >= 6.4, qt6-qtbase-gui >= 6.4, qt6-qtsvg >= 6.4, qtkeychain-qt6, libsecret")
# CPack 3.25 has no Recommends for RPM, and drops Suggests where the build machine's rpm
# answers `rpm --suggests` with an error (Debian's does): the tags go into the spec directly.
set(CPACK_RPM_SPEC_MORE_DEFINE "Suggests: gnome-keyring\nSuggests: qt6-qttranslations")
# Directories the filesystem package owns are not ours to list.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/share/icons/hicolor/48x48 /usr/share/icons/hicolor/48x48/apps
    /usr/share/icons/hicolor/64x64 /usr/share/icons/hicolor/64x64/apps
    /usr/share/icons/hicolor/128x128 /usr/share/icons/hicolor/128x128/apps
    /usr/share/icons/hicolor/256x256 /usr/share/icons/hicolor/256x256/apps /usr/share/man
    /usr/share/man/man1 /usr/share/doc)

if(WIN32 OR APPLE)
    # Qt's deployment (windeployqt / macdeployqt) as an install step: the package carries Qt.
    qt_generate_deploy_app_script(TARGET duo-console OUTPUT_SCRIPT duo_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${duo_deploy_script}")
endif()

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Fixed for the life of the product: it is what lets a new MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "7FDFBA7D-946E-41C3-8B3E-BD7C43D1417D")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Duo Console")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "Duo Console")
    set(CPACK_PACKAGE_EXECUTABLES "duo-console" "Duo Console")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    # WiX wants the licence as .txt or .rtf.
    configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Duo Console")
    set(CPACK_POST_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/macos/sign-and-notarize.cmake")
    set_target_properties(duo-console PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME duo-console
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in")
endif()

include(CPack)
