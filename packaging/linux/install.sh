#!/bin/sh
# Install Check-in from this unpacked folder, for you alone (default) or for everyone:
#   ./install.sh                      -> ~/.local/opt/checkin-app, ~/.local/bin/checkin-app
#   sudo PREFIX=/usr/local ./install.sh -> /usr/local/opt/checkin-app, /usr/local/bin/checkin-app
# Adds the "Check-in" menu entry and icon. Your data (guest lists, scans) is kept elsewhere
# and survives reinstalling. Remove with uninstall.sh.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP_DIR="$PREFIX/opt/checkin-app"

if [ ! -x "$HERE/checkin-app" ]; then
  echo "install.sh: run me from the unpacked checkin-app folder" >&2
  exit 1
fi

if [ "$HERE" != "$APP_DIR" ]; then
  if [ -e "$APP_DIR" ]; then
    if [ ! -x "$APP_DIR/checkin-app" ]; then
      echo "install.sh: $APP_DIR exists and is not a checkin-app folder; not touching it" >&2
      exit 1
    fi
    rm -rf "$APP_DIR"  # an older version
  fi
  mkdir -p "$PREFIX/opt"
  cp -R "$HERE" "$APP_DIR"
fi

mkdir -p "$PREFIX/bin" "$PREFIX/share/applications"
ln -sf "$APP_DIR/checkin-app" "$PREFIX/bin/checkin-app"
sed -e "s|^Exec=checkin-app|Exec=\"$APP_DIR/checkin-app\"|" \
    -e "s|^TryExec=.*|TryExec=$APP_DIR/checkin-app|" \
    "$APP_DIR/share/applications/checkin-app.desktop" \
    > "$PREFIX/share/applications/checkin-app.desktop"
for icon in "$APP_DIR"/share/icons/hicolor/*/apps/checkin-app.*; do
  rel=${icon#"$APP_DIR/share/"}
  mkdir -p "$PREFIX/share/$(dirname "$rel")"
  cp "$icon" "$PREFIX/share/$rel"
done
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true

echo "Installed Check-in in $APP_DIR."
echo "Start it from your applications menu (Check-in), or run: $PREFIX/bin/checkin-app"
echo "Before the doors open, check the laptop with: $PREFIX/bin/checkin-app doctor"
