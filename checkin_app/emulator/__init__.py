"""A Wix-compatible HTTP server on loopback for demo mode, tests and benchmarks.

Written from the Wix API reference (docs/wix-api.md) only; it imports nothing else of
checkin_app so that it is an independent check of the Wix client.
"""
