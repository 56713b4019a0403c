"""Allow `python -m checkin_app`."""

from checkin_app.cli import main

raise SystemExit(main())
