"""Entry point of the bundled app (PyInstaller): the same `checkin-app` command line."""

import sys

from checkin_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
