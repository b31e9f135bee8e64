"""The keys: read from ``ENCRYPTION_KEYS`` (or one kept in instance/encryption_key), checked at start-up.

No key, token or plaintext ever goes into a message or a log line: errors say which key (by position) or which
kind of value is wrong, never its content.
"""
from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from cryptography.fernet import Fernet
from cryptography.fernet import InvalidToken
from cryptography.fernet import MultiFernet
from flask import Flask
from flask import current_app

KEY_FILE = "encryption_key"
EXTENSION = "kip_encryption"


class InvalidKeys(RuntimeError):
    """ENCRYPTION_KEYS is missing or holds something that is not a Fernet key."""


class DecryptionError(RuntimeError):
    """Stored data cannot be opened with the configured keys: a wrong or missing key, or plaintext left behind."""


DECRYPT_HELP = ("Data terenkripsi tidak dapat dibuka dengan ENCRYPTION_KEYS yang terpasang: kuncinya salah, "
                "kunci lama sudah dihapus sebelum rotate-encryption-key selesai, atau data belum dienkripsi. "
                "Pasang kunci yang dipakai saat data disimpan (lihat README, \u201cEncryption at rest\u201d).")


def instance_key(instance: Path) -> str:
    """Keep one generated key per instance (like instance/secret_key), so a fresh install works without setup.

    Production sets ENCRYPTION_KEYS from a secret store instead, and keeps a copy apart from the backups.
    """
    instance.mkdir(parents=True, exist_ok=True)
    path = instance / KEY_FILE
    if not path.exists():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another worker made it first
            return path.read_text().strip()
        with os.fdopen(fd, "w") as f:
            f.write(Fernet.generate_key().decode())
    return path.read_text().strip()


def parse(value: str | list | tuple | None) -> list[str]:
    """``ENCRYPTION_KEYS`` as a list: a list, or one string of keys separated by commas (or whitespace)."""
    if value is None:
        return []
    if isinstance(value, (bytes, str)):
        text = value.decode() if isinstance(value, bytes) else value
        items = text.replace(",", " ").split()
    else:
        items = [item.decode() if isinstance(item, bytes) else str(item) for item in value]
    return [item.strip() for item in items if item and item.strip()]


def build(value: str | list | tuple | None) -> list[Fernet]:
    """The keys of ``value``; raises InvalidKeys naming a bad key by its position only."""
    keys = parse(value)
    if not keys:
        raise InvalidKeys("ENCRYPTION_KEYS kosong: pasang minimal satu kunci Fernet (lihat README).")
    fernets = []
    for number, key in enumerate(keys, start=1):
        try:
            fernets.append(Fernet(key))
        except (ValueError, TypeError):
            raise InvalidKeys(f"ENCRYPTION_KEYS: kunci ke-{number} bukan kunci Fernet yang sah (32 byte base64url, "
                            "buat dengan: python -c 'from cryptography.fernet import Fernet; "
                            "print(Fernet.generate_key().decode())').") from None
    return fernets


class KeyRing:
    """The configured keys: ``multi`` encrypts with the first and decrypts with any; ``primary`` is the first."""

    def __init__(self, value: str | list | tuple | None):
        fernets = build(value)
        self.multi = MultiFernet(fernets)
        self.primary = fernets[0]
        self.count = len(fernets)

    def encrypt(self, data: bytes) -> bytes:
        return self.multi.encrypt(data)

    def decrypt(self, token: bytes) -> bytes:
        try:
            return self.multi.decrypt(token)
        except InvalidToken:
            raise DecryptionError(DECRYPT_HELP) from None

    def rotate(self, token: bytes) -> bytes:
        """``token`` encrypted again under the first key (MultiFernet.rotate)."""
        try:
            return self.multi.rotate(token)
        except InvalidToken:
            raise DecryptionError(DECRYPT_HELP) from None

    def under_primary(self, token: bytes) -> bool:
        """Whether the first key already opens ``token`` (rotation leaves such values alone)."""
        return _opens(self.primary, token)

    def opens(self, token: bytes) -> bool:
        return _opens(self.multi, token)


def _opens(fernet: Fernet | MultiFernet, token: bytes) -> bool:
    try:
        fernet.decrypt(token)
    except InvalidToken:
        return False
    return True


def init_app(app: Flask) -> None:
    """Check the keys when the app is made, so a bad key stops start-up instead of the first request."""
    app.extensions[EXTENSION] = KeyRing(app.config["ENCRYPTION_KEYS"])


def keyring() -> KeyRing:
    return current_app.extensions[EXTENSION]


def encrypt_text(value: str) -> str:
    return keyring().encrypt(value.encode()).decode("ascii")


def decrypt_text(token: str) -> str:
    return keyring().decrypt(token.encode("ascii", "replace")).decode()


def is_token(value: str | bytes) -> bool:
    """Whether ``value`` has the shape of a Fernet token (version byte 0x80), without checking any key."""
    if isinstance(value, str):
        value = value.encode("ascii", "replace")
    try:
        raw = base64.urlsafe_b64decode(value)
    except (binascii.Error, ValueError):
        return False
    return len(raw) >= 73 and raw[0] == 0x80
