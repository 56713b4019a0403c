"""The sync engine: push the outbox to Wix, pull tickets and check-in changes, track the link."""
