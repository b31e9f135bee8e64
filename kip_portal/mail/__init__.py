"""Outgoing mail through an outbox table, so a down SMTP server loses nothing."""
