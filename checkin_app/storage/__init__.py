"""Local SQLite storage: schema, migrations, repositories and the outbox."""
