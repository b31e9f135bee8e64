"""Shared building blocks: time, errors, storage, audit trail, pagination."""
