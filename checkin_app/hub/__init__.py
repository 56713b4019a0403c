"""The venue hub: the app's third entry point (beside `commands/` and `ui/`). It composes the
services on the hub's own data folder and serves paired stations over HTTPS (aiohttp).
docs/hub.md has the design, the protocol and the threat model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checkin_app.hub.runtime import HubRuntime, HubStartError

__all__ = ["HubRuntime", "HubStartError"]


def __getattr__(name: str) -> Any:
    """`HubRuntime` and `HubStartError` are the package's public face (for the CLI and the
    window); loaded on first use, so a station that never runs a hub never imports aiohttp."""
    if name in __all__:
        from checkin_app.hub import runtime

        return getattr(runtime, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
