# When cross-compiling for Windows on Linux, ctest runs every test executable under Wine: the
# generated <build>/wine-run becomes CMAKE_CROSSCOMPILING_EMULATOR (include this before any
# add_executable, since targets copy the variable when they are created). The Wine prefix is
# <build>/wineprefix (MARS_WINEPREFIX overrides it at run time).
if(NOT (CMAKE_CROSSCOMPILING AND WIN32 AND CMAKE_HOST_UNIX) OR CMAKE_CROSSCOMPILING_EMULATOR)
    return()
endif()
find_program(MARS_WINE_PROGRAM wine)
if(NOT MARS_WINE_PROGRAM)
    message(STATUS "wine not found: the Windows tests build, but ctest cannot run them")
    return()
endif()

# Qt's DLLs and the MinGW runtime, as a Windows path (Wine maps / to drive Z:).
get_filename_component(_mars_qt_prefix "${MARS_QT_MINGW_PREFIX}" REALPATH)
string(REPLACE "/" "\\" MARS_WINE_DLL_PATH "Z:${_mars_qt_prefix}/bin")
set(MARS_WINE_PREFIX_DIR "${CMAKE_BINARY_DIR}/wineprefix")
configure_file("${CMAKE_CURRENT_LIST_DIR}/wine-run.sh.in" "${CMAKE_BINARY_DIR}/wine-run" @ONLY
               FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                                WORLD_EXECUTE)
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_BINARY_DIR}/wine-run")
