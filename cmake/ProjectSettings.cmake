# One INTERFACE target carries the project-wide compiler and Qt settings; every target links it.
add_library(mars_project_settings INTERFACE)
target_compile_features(mars_project_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(mars_project_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SPDLOG_FMT_EXTERNAL
    MARS_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(mars_project_settings INTERFACE /W4 /permissive- /utf-8)
    if(MARS_WARNINGS_AS_ERRORS)
        target_compile_options(mars_project_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(mars_project_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(MARS_WARNINGS_AS_ERRORS)
        target_compile_options(mars_project_settings INTERFACE -Werror)
    endif()
endif()
if(WIN32)
    # Wide Win32 API only; keep <windows.h> from defining min/max macros.
    target_compile_definitions(mars_project_settings INTERFACE
        UNICODE _UNICODE NOMINMAX WIN32_LEAN_AND_MEAN _WIN32_WINNT=0x0A00)
endif()
