# CPack post-build script for the macOS disk image: signs and notarizes it when the environment
# names an identity (DUO_CODESIGN_IDENTITY, e.g. "Developer ID Application: …") and a notarytool
# keychain profile (DUO_NOTARY_PROFILE). Without them the image is left unsigned, and says so.
if(NOT DEFINED ENV{DUO_CODESIGN_IDENTITY})
    message(STATUS "DUO_CODESIGN_IDENTITY is not set: the disk image is not signed")
    return()
endif()
foreach(image IN LISTS CPACK_PACKAGE_FILES)
    execute_process(COMMAND codesign --force --timestamp --options runtime
                            --sign "$ENV{DUO_CODESIGN_IDENTITY}" "${image}"
                    COMMAND_ERROR_IS_FATAL ANY)
    if(DEFINED ENV{DUO_NOTARY_PROFILE})
        execute_process(COMMAND xcrun notarytool submit "${image}"
                                --keychain-profile "$ENV{DUO_NOTARY_PROFILE}" --wait
                        COMMAND_ERROR_IS_FATAL ANY)
        execute_process(COMMAND xcrun stapler staple "${image}" COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()
