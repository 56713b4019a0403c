"""The `checkin-app` subcommands, one module each (see checkin_app/cli.py)."""
