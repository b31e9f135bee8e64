"""``EncryptedText``: a column whose values are Fernet tokens in the database and plain ``str`` in Python.

Only equality in Python works on these columns: a query comparing them in SQL never matches (each encryption
is different), so nothing filters or sorts on them in the database. The empty string is stored as it is.
"""
from __future__ import annotations

import sqlalchemy as sa

from kip_portal.crypto import keys


class EncryptedText(sa.types.TypeDecorator):
    """Text encrypted with the first configured key; reading with a wrong key raises DecryptionError."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or value == "":
            return value
        return keys.encrypt_text(value)

    def process_result_value(self, value, dialect):
        if value is None or value == "":
            return value
        return keys.decrypt_text(value)


def encrypted_columns(table: sa.Table) -> list[sa.Column]:
    return [column for column in table.columns if isinstance(column.type, EncryptedText)]


def stored_type(column: sa.Column) -> sa.types.TypeEngine:
    """The type as the database holds it: an encrypted column's token is read and written untouched."""
    return sa.Text() if isinstance(column.type, EncryptedText) else column.type


def raw_table(table: sa.Table) -> sa.TableClause:
    """``table`` with encrypted columns as plain text: selects and inserts copy the stored tokens as they are
    (backup, restore and rotation move ciphertext; they never decrypt it in passing)."""
    return sa.table(table.name, *(sa.column(column.name, stored_type(column)) for column in table.columns))
