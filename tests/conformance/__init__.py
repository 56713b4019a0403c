"""Wix's JavaScript SDK against the emulator (marker `conformance`; needs node + npm)."""
