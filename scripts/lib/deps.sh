# shellcheck shell=bash
# Shared set-up for scripts/run, scripts/test and scripts/format-check. Source it; do not run it.
#
#   mars_ensure_build_deps        the Debian 12 packages the build needs
#   mars_ensure_packages PKG...   any other packages (installs only the missing ones)
#   mars_configure PRESET         configures $MARS_BUILD_DIR (build/linux unless set) from
#                                 CMakePresets.json, once per preset
#   mars_build TARGET...          incremental build; output in $MARS_BUILD_DIR/build.log, shown on failure
#   mars_qt_mingw_prefix          prints the Qt for Windows to cross-compile with, if there is one
#
# Quiet when everything is in place. MARS_SKIP_DEPS=1 skips the package check (other distributions,
# or when you manage the packages yourself).

MARS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MARS_BUILD_DIR="$MARS_ROOT/build/linux"
MARS_BUILD_LOG="$MARS_BUILD_DIR/build.log"
# shellcheck disable=SC2034 # used by the scripts that source this file
MARS_WINDOWS_BUILD_DIR="$MARS_ROOT/build/windows"

# What `find_package(Qt6 COMPONENTS Core Network Concurrent Widgets Test LinguistTools)` and
# `find_package(spdlog)` need on Debian 12, checked by tracing a configure + build of a probe
# project and mapping every file it opened to its package. Qt6Gui's required WrapOpenGL (libGL
# headers) and its optional Vulkan headers come from qt6-base-dev's own Depends (libgl-dev,
# libglx-dev, libopengl-dev, libvulkan-dev); EGL and xkbcommon are optional; libqt6opengl6-dev
# (QtOpenGL) is not used. Installed without Recommends: nothing the build opens comes only
# through a Recommends.
#   qt6-l10n-tools  lrelease/lupdate: Qt6LinguistToolsTargets.cmake fails if they are absent
#   qt6-qpa-plugins xcb GL integrations and input plugins for the desktop (the xcb and offscreen
#                   platform plugins themselves ship in libqt6gui6)
# The tests need no X server: they run with QT_QPA_PLATFORM=offscreen (the plugin ships in
# libqt6gui6), and QWidget::grab() screenshots work there too, so xvfb/xauth are not installed.
#   libssl-dev      OpenSSL 3's libcrypto: the Linux build's PfxReader (the vault credentials
#                   file's PKCS #12; Windows uses crypt32) and the tests' ThrowawayCa, which makes
#                   certificates at test time (Qt cannot); it depends on libssl3, the library Qt's
#                   TLS backend loads at run time
#   qt6-translations-l10n  Qt's own texts (qtbase_de.qm, ...: the wizard's Back/Next/Cancel, the
#                   file dialogs) in the language the program runs in; the build does not open
#                   them, the program loads them at start (app/main.cpp). Only a Recommends of
#                   the Qt packages, so a --no-install-recommends set-up would miss it (issue #17).
MARS_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libspdlog-dev libfmt-dev libssl-dev qt6-translations-l10n
)

# The Windows cross build (scripts/test's Windows suite, scripts/windows-smoke): Debian's MinGW-w64
# compiler (posix threads, as the Qt for Windows was built with) and Wine to run what it builds.
# shellcheck disable=SC2034 # used by the scripts that source this file
MARS_WINDOWS_PACKAGES=(g++-mingw-w64-x86-64-posix wine wine64 openssl)

mars_say() { printf '%s\n' "$*" >&2; }

# Prints the packages among "$@" that are not installed, one per line (one dpkg-query call).
mars_missing_packages()
{
    local installed pkg
    installed=" $(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null \
        | awk '$2 " " $3 " " $4 == "install ok installed" { printf "%s ", $1 }') " || true
    for pkg in "$@"; do
        [[ $installed == *" $pkg "* ]] || printf '%s\n' "$pkg"
    done
}

MARS_APT_UPDATED=0

mars_ensure_packages()
{
    [[ ${MARS_SKIP_DEPS:-0} == 1 ]] && return 0
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        mars_say "deps: not a Debian-based system; make sure these (or their equivalents) are installed: $*"
        return 0
    fi

    local -a missing
    mapfile -t missing < <(mars_missing_packages "$@")
    ((${#missing[@]})) || return 0

    local -a as_root=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            mars_say "deps: missing packages: ${missing[*]}"
            mars_say "deps: not root and no sudo; install them as root, then run this again:"
            mars_say "    apt-get update && apt-get install --no-install-recommends ${missing[*]}"
            return 1
        fi
        as_root=(sudo)
        # Without a terminal (CI, no stdin) a password prompt would hang: fail instead.
        [[ -t 0 ]] || as_root+=(-n)
    fi

    mars_say "deps: installing missing packages: ${missing[*]}"
    local log rc=0
    log=$(mktemp "${TMPDIR:-/tmp}/mars-apt.XXXXXX")
    if ((MARS_APT_UPDATED == 0)); then
        # A failed update (one unreachable mirror) is not fatal: the install below decides.
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 || true
        MARS_APT_UPDATED=1
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1 || rc=$?
    if ((rc != 0)); then
        tail -n 30 "$log" >&2
        mars_say "deps: apt-get failed (exit $rc; full output: $log). Install by hand: ${missing[*]}"
        return 1
    fi
    rm -f "$log"
}

mars_ensure_build_deps()
{
    mars_ensure_packages "${MARS_BUILD_PACKAGES[@]}"
}

# Prints the part of a failed build's log worth reading: from the first failed step (ninja's
# "FAILED:" or CMake's "CMake Error"), else its end.
mars_show_log_failure()
{
    local log=$1 first
    first=$(grep -n -m1 -E '^FAILED:|CMake Error' "$log" | cut -d: -f1) || first=""
    if [[ -n $first ]]; then
        tail -n "+$first" "$log" | head -n 80 >&2 || true
    else
        tail -n 40 "$log" >&2 || true
    fi
}

# Configures $MARS_BUILD_DIR with the given preset (whose binaryDir it must be) from CMakePresets.json, unless it already was
# configured with that preset (ninja re-runs CMake by itself when a CMakeLists.txt changes).
# Starts this run's build.log.
mars_configure()
{
    local preset=$1 stamp="$MARS_BUILD_DIR/.mars-preset"
    mkdir -p "$MARS_BUILD_DIR"
    : >"$MARS_BUILD_LOG"
    if [[ -f $MARS_BUILD_DIR/CMakeCache.txt && -f $stamp && $(<"$stamp") == "$preset" ]]; then
        return 0
    fi
    rm -f "$stamp"
    mars_say "build: configuring ${MARS_BUILD_DIR#"$MARS_ROOT"/} (preset $preset); the first build takes a few minutes"
    if ! (cd "$MARS_ROOT" && cmake --preset "$preset") >>"$MARS_BUILD_LOG" 2>&1; then
        mars_show_log_failure "$MARS_BUILD_LOG"
        mars_say "build: configure failed; full log: ${MARS_BUILD_LOG#"$MARS_ROOT"/}"
        return 1
    fi
    printf '%s\n' "$preset" >"$stamp"
}

mars_build()
{
    local -a targets=()
    local t
    for t in "$@"; do targets+=(--target "$t"); done
    if ! cmake --build "$MARS_BUILD_DIR" "${targets[@]}" >>"$MARS_BUILD_LOG" 2>&1; then
        mars_show_log_failure "$MARS_BUILD_LOG"
        mars_say "build: failed; full log: ${MARS_BUILD_LOG#"$MARS_ROOT"/}"
        return 1
    fi
}

# Prints the Qt for Windows (MinGW-w64) to cross-compile with: $QT_MINGW_PREFIX, else
# shared/toolchains/qt6-mingw beside the project or beside any folder above it (a clone at
# /work/main or /work/ci/clone-1/main both find /work/shared), or beside the local repository
# the project was cloned from. Returns 1, printing nothing, when
# none holds a Qt 6. scripts/test exports the answer as QT_MINGW_PREFIX for the toolchain file.
mars_qt_mingw_prefix()
{
    local -a candidates=("${QT_MINGW_PREFIX:-}")
    local dir candidate
    # Beside the clone or a folder above it; then beside the local repository it was cloned from
    # (a CI clone of /work/main in /tmp still finds /work/shared).
    for dir in "$MARS_ROOT" "$(git -C "$MARS_ROOT" config --get remote.origin.url 2>/dev/null || true)"; do
        [[ -n $dir && -d $dir ]] || continue
        dir=$(cd "$dir" && pwd)
        while [[ $dir != / ]]; do
            dir=$(dirname "$dir")
            candidates+=("$dir/shared/toolchains/qt6-mingw")
        done
    done
    for candidate in "${candidates[@]}"; do
        if [[ -n $candidate && -f $candidate/lib/cmake/Qt6/Qt6Config.cmake ]]; then
            (cd "$candidate" && pwd)
            return 0
        fi
    done
    return 1
}
