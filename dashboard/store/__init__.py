"""What users write (assessment rounds and scores): one small interface, SQLite by default, PostgreSQL by URL."""
