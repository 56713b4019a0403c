#!/usr/bin/env bash
# Set up everything checkin_app needs on a fresh machine: system libraries (Debian/Ubuntu
# via apt; elsewhere it says what to do), a virtual environment in .venv, and the package
# with its test extra. Safe to run again: it skips what is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

# Qt (xcb + offscreen), QtMultimedia, OpenGL, zbar for pyzbar, Xvfb for the window test,
# binutils (objdump) for the PyInstaller bundle test, git for the stand-alone clone test,
# iproute2 (`ip netns`) for the venue-hub discovery test on a LAN of network namespaces.
APT_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
  libpulse0 libxrandr2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
  libxcb-render-util0 libxcb-image0
  libzbar0 xvfb xauth fonts-dejavu-core
  binutils git iproute2
  python3-venv
)

install_system_packages() {
  if ! command -v apt-get >/dev/null 2>&1; then
    case "$(uname -s)" in
      Darwin) echo "macOS: run 'brew install zbar' (Qt and OpenCV come as wheels)." ;;
      MINGW*|MSYS*|CYGWIN*) echo "Windows: nothing to install system-wide (wheels bundle Qt, OpenCV and zbar)." ;;
      *) echo "No apt-get: install zbar and the Qt xcb libraries with your package manager." ;;
    esac
    return 0
  fi
  local missing=()
  # Node.js + npm run Wix's JavaScript SDK against the emulator (tests/conformance). Only
  # when absent: a nodesource nodejs bundles npm and conflicts with Debian's npm package.
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
  fi
  # PyInstaller bundles the interpreter's shared library; Debian/Ubuntu's own python3 ships
  # it in a separate package (libpython3.X), a pyenv or python.org build has it already.
  if ! "$PYTHON" -c 'import os, sysconfig as s; v = s.get_config_var
raise SystemExit(not os.path.exists(os.path.join(v("LIBDIR"), v("INSTSONAME") or "")))'; then
    missing+=("libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
  fi
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

create_venv() {
  local stamp="$VENV/.installed-$(cat pyproject.toml scripts/setup.sh | sha1sum | cut -c1-12)"
  [ -f "$stamp" ] && return 0
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  # `package` (PyInstaller) too: the suite builds the bundle, and installing it here keeps
  # pip out of the test run (a pip install beside two busy xdist workers failed once in CI).
  "$VENV/bin/python" -m pip install -q -e ".[test,package]"
  rm -f "$VENV"/.installed-*
  touch "$stamp"
}

# The translations (.ts -> .qm, ~1 s): always, so an edited .ts shows at the next start.
compile_translations() {
  "$VENV/bin/python" packaging/translations.py release >/dev/null
}

install_system_packages
create_venv
compile_translations
