#!/bin/sh
# Set-up for a fresh Debian 12 machine, as root or through sudo. Idempotent.
#   packaging/bootstrap.sh run    install what is missing, build, start the kiosk on media/
#   packaging/bootstrap.sh test   install what is missing, build, run the whole test suite
# Extra arguments after `run` go to alzhir-kiosk (e.g. --windowed --lang ru).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build/release"
mode=${1:-}
[ $# -gt 0 ] && shift

# Build, test and run-time packages, all from Debian 12.
packages="cmake g++ make pkg-config python3 python3-jsonschema qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools \
qt6-qpa-plugins qt6-wayland libqt6sql6-sqlite libfontconfig-dev catch2 libbenchmark-dev libsqlite3-dev libicu-dev \
gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-tools \
fonts-noto-core xvfb xauth imagemagick espeak-ng sox ffmpeg lintian dpkg-dev file fakeroot \
clang libclang-rt-14-dev libgl1-mesa-dri systemd cage xwayland ansible rsync"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    missing=""
    for p in $packages; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        echo "Installing:$missing"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
    fi
}

build() {
    cmake -S "$top" --preset release
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_packages
    build
    exec "$build/app/alzhir-kiosk" --content "$top/media" "$@"
    ;;
test)
    install_packages
    build
    cd "$top"
    ctest --preset release
    if [ "$(id -u)" -eq 0 ] && [ -x "$top/packaging/check-package.sh" ]; then
        "$top/packaging/check-package.sh" "$build"
    fi
    ;;
*)
    echo "usage: $0 run [kiosk options] | test" >&2
    exit 64
    ;;
esac
