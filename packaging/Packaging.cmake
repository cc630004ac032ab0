# Installation of the desktop integration files, and CPack (DEB and TGZ on Linux).
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

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dlopen()ed at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

include(CPack)
