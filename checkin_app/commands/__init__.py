"""The `checkin-app` subcommands; `cli.COMMAND_MODULES` lists the modules to load."""
