# SPDX-License-Identifier: MIT
# Windows packaging of mars-troubleshooter. app/CMakeLists.txt includes this when building for
# Windows (the MinGW cross build, or natively) and calls:
#   mars_add_windows_resources(<target>)  manifest, version info and icon compiled into the exe
#   mars_add_windows_package(<target>)    install rules (component "portable") and the
#                                         package-windows target, which installs the portable
#                                         folder into <build>/package-windows/, checks it and
#                                         zips it as <build>/mars-troubleshooter-<version>-windows-x64.zip
# The package-windows target also runs this file as a script (cmake -P) for the check; see the end.

# ---- What the portable folder holds besides the exe, README.txt and LICENSES/ ------------------
# The one list: the zip, `cmake --install` and README.md ("Windows: portable package") follow it.
# Paths are relative to the Qt for Windows prefix; bin/<x> goes beside the exe, plugins/<kind>/<x>
# into <kind>/ beside the exe (where Qt looks for plugins first, so no qt.conf is needed).
# Only what the exe really needs: the package check below fails when a binary in the folder
# imports a DLL of the Qt prefix that is missing, or when a DLL here is imported by nothing. The
# network checks (mars_system's connectivity probe) import Qt6Network.dll; its TLS backend is
# schannel (Windows' own TLS and trust store, no OpenSSL), a plugin Qt loads at run time.
set(MARS_WINDOWS_PACKAGE_QT_FILES
    bin/Qt6Core.dll
    bin/Qt6Gui.dll
    bin/Qt6Network.dll
    bin/Qt6Widgets.dll
    bin/libgcc_s_seh-1.dll # the MinGW-w64 runtime Qt was built with (the Qt prefix's bin/)
    bin/libstdc++-6.dll
    bin/libwinpthread-1.dll
    plugins/platforms/qwindows.dll
    plugins/styles/qwindowsvistastyle.dll
    plugins/tls/qschannelbackend.dll)
# The languages of translations/ besides English. The program's own texts are built into the exe;
# Qt's texts (the wizard's Back/Next/Cancel buttons, standard dialogs) come from
# translations/qtbase_<language>.qm beside the exe. The Qt for Windows has no translations; the
# .qm files are the same on every platform, so the host Qt's (Debian: qt6-translations-l10n) do.
set(MARS_WINDOWS_PACKAGE_QT_LANGUAGES de fr es ja zh_CN)
# Plugins Qt loads at run time for a module (no import shows them): packaged module=plugin.
set(MARS_WINDOWS_PACKAGE_MODULE_PLUGINS
    Qt6Gui.dll=platforms/qwindows.dll
    Qt6Widgets.dll=styles/qwindowsvistastyle.dll
    Qt6Network.dll=tls/qschannelbackend.dll)

# ---- Script mode: check a portable folder ------------------------------------------------------
# cmake -DMARS_PACKAGE_DIR=<folder> -DMARS_OBJDUMP=<objdump> -DMARS_QT_BIN=<Qt prefix>/bin
#       [-DMARS_PACKAGE_EXACT=ON] -P WindowsPackaging.cmake
# Reads the DLL imports of every .exe/.dll in the folder (objdump -p) and fails when one of them
# is a DLL of MARS_QT_BIN (Qt or the MinGW runtime) that the folder does not hold. DLLs that are
# not in MARS_QT_BIN are Windows' own. With MARS_PACKAGE_EXACT it also fails on a top-level DLL
# that nothing imports (plugins, in subfolders, are loaded at run time) and on a module whose
# plugin is missing.
if(CMAKE_SCRIPT_MODE_FILE)
    cmake_minimum_required(VERSION 3.21) # policies (IN_LIST) as in the project
    file(GLOB qt_bin_dlls RELATIVE "${MARS_QT_BIN}" "${MARS_QT_BIN}/*.dll")
    string(TOLOWER "${qt_bin_dlls}" redistributable)
    file(GLOB_RECURSE binaries RELATIVE "${MARS_PACKAGE_DIR}" "${MARS_PACKAGE_DIR}/*.exe" "${MARS_PACKAGE_DIR}/*.dll")
    set(packaged "")
    foreach(binary IN LISTS binaries)
        get_filename_component(name "${binary}" NAME)
        string(TOLOWER "${name}" name)
        list(APPEND packaged "${name}")
    endforeach()
    set(imported "")
    set(problems "")
    foreach(binary IN LISTS binaries)
        execute_process(COMMAND "${MARS_OBJDUMP}" -p "${MARS_PACKAGE_DIR}/${binary}"
                        OUTPUT_VARIABLE dump RESULT_VARIABLE failed)
        if(failed)
            message(FATAL_ERROR "${MARS_OBJDUMP} -p ${binary} failed")
        endif()
        string(REGEX MATCHALL "DLL Name: [^\r\n]+" lines "${dump}")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^DLL Name: " "" dll "${line}")
            string(STRIP "${dll}" dll)
            string(TOLOWER "${dll}" dll)
            list(APPEND imported "${dll}")
            if(dll IN_LIST redistributable AND NOT dll IN_LIST packaged)
                list(APPEND problems "${binary} imports ${dll}, which the package does not hold")
            endif()
        endforeach()
    endforeach()
    if(MARS_PACKAGE_EXACT)
        foreach(binary IN LISTS binaries)
            string(TOLOWER "${binary}" lower)
            if(lower MATCHES "^[^/]+\\.dll$" AND NOT lower IN_LIST imported)
                list(APPEND problems "${binary} is packaged but nothing imports it")
            endif()
        endforeach()
        foreach(pair IN LISTS MARS_WINDOWS_PACKAGE_MODULE_PLUGINS)
            string(REPLACE "=" ";" pair "${pair}")
            list(GET pair 0 module)
            list(GET pair 1 plugin)
            string(TOLOWER "${module}" lower)
            if(lower IN_LIST packaged AND NOT EXISTS "${MARS_PACKAGE_DIR}/${plugin}")
                list(APPEND problems "${module} is packaged but its plugin ${plugin} is not")
            endif()
        endforeach()
    endif()
    if(problems)
        list(JOIN problems "\n  " problems)
        message(FATAL_ERROR "The portable package is incomplete:\n  ${problems}\n"
                            "Fix MARS_WINDOWS_PACKAGE_QT_FILES in cmake/WindowsPackaging.cmake "
                            "(and the list in README.md).")
    endif()
    list(LENGTH binaries count)
    message(STATUS "Package check: the imports of ${count} binaries are all in the package")
    return()
endif()

set(MARS_WINDOWS_PACKAGING_SCRIPT "${CMAKE_CURRENT_LIST_FILE}")
set(MARS_WINDOWS_RESOURCES_DIR "${PROJECT_SOURCE_DIR}/resources/windows")

# Version info, company and copyright strings of the exe (and README.txt in the package).
set(MARS_WINDOWS_PRODUCT "MARS Agent Troubleshooter")
set(MARS_WINDOWS_FILE_DESCRIPTION "MARS Agent Troubleshooter")
set(MARS_WINDOWS_COMPANY "MARS Troubleshooter contributors")
set(MARS_WINDOWS_COPYRIGHT "Copyright (C) MARS Troubleshooter contributors. MIT License.")

# Compiles the application manifest, the version info and the icon into <target>.
function(mars_add_windows_resources target)
    set(patch "${PROJECT_VERSION_PATCH}")
    if(patch STREQUAL "")
        set(patch 0)
    endif()
    set(MARS_WINDOWS_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${patch},0")
    set(MARS_WINDOWS_VERSION_DOTS "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${patch}.0")
    set(out "${CMAKE_CURRENT_BINARY_DIR}/windows")
    set(MARS_WINDOWS_MANIFEST "${out}/mars-troubleshooter.manifest")
    set(MARS_WINDOWS_ICON "${MARS_WINDOWS_RESOURCES_DIR}/mars-troubleshooter.ico")
    configure_file("${MARS_WINDOWS_RESOURCES_DIR}/mars-troubleshooter.manifest.in" "${MARS_WINDOWS_MANIFEST}" @ONLY)
    configure_file("${MARS_WINDOWS_RESOURCES_DIR}/mars-troubleshooter.rc.in" "${out}/mars-troubleshooter.rc" @ONLY)
    target_sources(${target} PRIVATE "${out}/mars-troubleshooter.rc")
    # windres reports no dependencies: rebuild the resources when the icon or manifest changes.
    set_source_files_properties("${out}/mars-troubleshooter.rc" PROPERTIES
        OBJECT_DEPENDS "${MARS_WINDOWS_ICON};${MARS_WINDOWS_MANIFEST}")

    if(MSVC)
        target_link_options(${target} PRIVATE /MANIFEST:NO) # the .rc has the manifest (not tried here)
    endif()
    # MinGW GCC links default-manifest.o (a plain manifest; MSYS2's windows-default-manifest
    # package has one) into every exe when it finds the file. Beside ours that is a second
    # RT_MANIFEST 1, which ld refuses or, worse, picks instead of ours. Debian has none; where
    # there is one, an empty object of the same name in a -B folder is found first.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=default-manifest.o
                        OUTPUT_VARIABLE default_manifest OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(IS_ABSOLUTE "${default_manifest}" AND EXISTS "${default_manifest}")
            set(dir "${out}/no-default-manifest")
            file(WRITE "${dir}/empty.cpp" "// stands in for MinGW's default-manifest.o\n")
            execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -c "${dir}/empty.cpp" -o "${dir}/default-manifest.o"
                            RESULT_VARIABLE failed)
            if(failed)
                message(FATAL_ERROR "Could not compile ${dir}/default-manifest.o")
            endif()
            target_link_options(${target} PRIVATE "-B${dir}/")
            message(STATUS "Not linking ${default_manifest}: the exe has its own manifest")
        endif()
    endif()
endfunction()

# Install rules for the portable folder (component "portable"; `cmake --install <build> --prefix
# <folder> --component portable`) and the package-windows target that zips it.
function(mars_add_windows_package target)
    set(component portable)
    install(TARGETS ${target} RUNTIME DESTINATION . COMPONENT ${component})

    # Qt's translations for the languages the program has.
    set(qt_translations "")
    foreach(language IN LISTS MARS_WINDOWS_PACKAGE_QT_LANGUAGES)
        find_file(MARS_QTBASE_QM_${language} qtbase_${language}.qm NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
                  PATHS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}" "${QT_HOST_PATH}/share/qt6/translations"
                        /usr/share/qt6/translations
                  DOC "Qt's own translation for '${language}', for the Windows package")
        if(MARS_QTBASE_QM_${language})
            list(APPEND qt_translations "${MARS_QTBASE_QM_${language}}")
        else()
            message(WARNING "qtbase_${language}.qm not found (Debian: apt-get install qt6-translations-l10n): "
                            "in the Windows package Qt's buttons and dialogs stay English in that language.")
        endif()
    endforeach()
    install(FILES ${qt_translations} DESTINATION translations COMPONENT ${component})

    # A native build with an official Qt has windeployqt, which knows that Qt best; a cross build
    # (or a Qt without it) uses the list above.
    set(windeployqt "")
    if(NOT CMAKE_CROSSCOMPILING)
        find_program(MARS_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
        set(windeployqt "${MARS_WINDEPLOYQT}")
    endif()
    if(windeployqt)
        list(JOIN MARS_WINDOWS_PACKAGE_QT_LANGUAGES "," languages)
        install(CODE "execute_process(COMMAND \"${windeployqt}\" --no-system-d3d-compiler --no-opengl-sw
                          --translations ${languages} \"\${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_NAME:${target}>\"
                          COMMAND_ERROR_IS_FATAL ANY)"
                COMPONENT ${component})
        set(qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
        set(exact OFF)
    else()
        set(qt_prefix "${MARS_QT_MINGW_PREFIX}")
        if(NOT qt_prefix)
            set(qt_prefix "${QT6_INSTALL_PREFIX}")
        endif()
        foreach(file IN LISTS MARS_WINDOWS_PACKAGE_QT_FILES)
            get_filename_component(dir "${file}" DIRECTORY)
            string(REGEX REPLACE "^(bin|plugins/?)" "" dir "${dir}")
            if(dir STREQUAL "")
                set(dir .)
            endif()
            install(FILES "${qt_prefix}/${file}" DESTINATION "${dir}" COMPONENT ${component})
        endforeach()
        set(qt_bin "${qt_prefix}/bin")
        set(exact ON)
    endif()

    set(MARS_VERSION "${PROJECT_VERSION}")
    configure_file("${MARS_WINDOWS_RESOURCES_DIR}/README.txt.in" "${CMAKE_CURRENT_BINARY_DIR}/windows/README.txt" @ONLY)
    install(FILES "${CMAKE_CURRENT_BINARY_DIR}/windows/README.txt" DESTINATION . COMPONENT ${component})
    install(DIRECTORY "${MARS_WINDOWS_RESOURCES_DIR}/LICENSES/" DESTINATION LICENSES COMPONENT ${component})

    set(name "mars-troubleshooter-${PROJECT_VERSION}-windows-x64")
    set(stage "${CMAKE_BINARY_DIR}/package-windows")
    set(zip "${CMAKE_BINARY_DIR}/${name}.zip")
    set(check "")
    if(CMAKE_OBJDUMP)
        set(check COMMAND "${CMAKE_COMMAND}" "-DMARS_PACKAGE_DIR=${stage}/${name}" "-DMARS_OBJDUMP=${CMAKE_OBJDUMP}"
                          "-DMARS_QT_BIN=${qt_bin}" "-DMARS_PACKAGE_EXACT=${exact}" -P "${MARS_WINDOWS_PACKAGING_SCRIPT}")
    endif()
    add_custom_target(package-windows
        COMMAND "${CMAKE_COMMAND}" -E rm -rf "${stage}" "${zip}"
        COMMAND "${CMAKE_COMMAND}" --install "${CMAKE_BINARY_DIR}" --prefix "${stage}/${name}"
                --component ${component} --config $<CONFIG> --strip
        ${check}
        COMMAND "${CMAKE_COMMAND}" -E chdir "${stage}" "${CMAKE_COMMAND}" -E tar cf "${zip}" --format=zip "${name}"
        COMMAND "${CMAKE_COMMAND}" -E echo "Wrote ${zip}"
        DEPENDS ${target}
        BYPRODUCTS "${zip}"
        COMMENT "Packaging ${name}.zip"
        VERBATIM)
endfunction()
