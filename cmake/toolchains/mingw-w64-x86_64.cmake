# Cross-compiles for 64-bit Windows with Debian's MinGW-w64 GCC (posix threads) against a Qt 6
# built for Windows. The Qt prefix is $QT_MINGW_PREFIX, else ../shared/toolchains/qt6-mingw next to
# the project (see that folder's README). It also holds spdlog and fmt for Windows.
# Qt's host tools (moc, rcc, uic, lrelease) come from the Linux Qt 6.4 (qt6-base-dev, qt6-tools-dev).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(MARS_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${MARS_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${MARS_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${MARS_MINGW_TRIPLET}-windres)

if(NOT MARS_QT_MINGW_PREFIX)
    if(DEFINED ENV{QT_MINGW_PREFIX} AND NOT "$ENV{QT_MINGW_PREFIX}" STREQUAL "")
        set(MARS_QT_MINGW_PREFIX "$ENV{QT_MINGW_PREFIX}")
    else()
        get_filename_component(MARS_QT_MINGW_PREFIX
            "${CMAKE_CURRENT_LIST_DIR}/../../../shared/toolchains/qt6-mingw" ABSOLUTE)
    endif()
endif()
if(NOT EXISTS "${MARS_QT_MINGW_PREFIX}/lib/cmake/Qt6/Qt6Config.cmake")
    message(FATAL_ERROR "No Qt for Windows at '${MARS_QT_MINGW_PREFIX}'. Set QT_MINGW_PREFIX to a "
                        "Qt 6 built for x86_64-w64-mingw32 (../shared/toolchains/qt6-mingw).")
endif()
# Cached so try_compile() projects and later re-configures see the same prefix.
set(MARS_QT_MINGW_PREFIX "${MARS_QT_MINGW_PREFIX}" CACHE PATH "Qt 6 for Windows (MinGW-w64)")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES MARS_QT_MINGW_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${MARS_MINGW_TRIPLET} "${MARS_QT_MINGW_PREFIX}")
set(CMAKE_PREFIX_PATH "${MARS_QT_MINGW_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
