# One INTERFACE target carries every compile setting the project's own targets share.
add_library(duo_compile_settings INTERFACE)

target_compile_features(duo_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(duo_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DUO_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(duo_compile_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(DUO_WERROR)
        target_compile_options(duo_compile_settings INTERFACE -Werror)
    endif()
    if(DUO_SANITIZE)
        target_compile_options(duo_compile_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(duo_compile_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(duo_compile_settings INTERFACE /W4 /permissive- /utf-8)
    if(DUO_WERROR)
        target_compile_options(duo_compile_settings INTERFACE /WX)
    endif()
endif()
