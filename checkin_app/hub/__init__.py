"""The venue hub: the app's third entry point (beside `commands/` and `ui/`). It composes the
services on the hub's own data folder and serves paired stations over HTTPS (aiohttp).
docs/hub.md has the design, the protocol and the threat model."""
