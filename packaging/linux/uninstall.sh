#!/bin/sh
# Remove what install.sh added (same PREFIX). Guest lists and scans in your data folder stay.
set -eu

PREFIX=${PREFIX:-$HOME/.local}
APP_DIR="$PREFIX/opt/checkin-app"

if [ -x "$APP_DIR/checkin-app" ]; then
  rm -rf "$APP_DIR"
fi
if [ -L "$PREFIX/bin/checkin-app" ]; then
  rm -f "$PREFIX/bin/checkin-app"
fi
rm -f "$PREFIX/share/applications/checkin-app.desktop"
rm -f "$PREFIX"/share/icons/hicolor/*/apps/checkin-app.png "$PREFIX"/share/icons/hicolor/scalable/apps/checkin-app.svg
echo "Removed Check-in from $PREFIX. Your data folder was left as it was."
