"""Backup and restore of a whole instance: database rows, document blobs and instance configuration in one archive.

The archive is database-agnostic (rows as JSON Lines, typed by column), so a backup taken on SQLite restores into
PostgreSQL and back. ``dump.create`` writes one; ``load.restore`` brings a fresh instance back from it.
"""
