"""Identity files (KTP, akta, surat kuasa) in the blob store, encrypted: the store holds only the Fernet token.

The store is content-addressed, so an identity document's ``sha256`` is the digest of the token it keeps; the
plaintext's digest is stored nowhere (it would let anyone holding a copy of a KTP confirm it is here).
"""
from __future__ import annotations

from flask import current_app

from kip_portal.core.storage import BlobStore
from kip_portal.crypto.keys import keyring


def _store() -> BlobStore:
    return BlobStore(current_app.config["DOCUMENTS_DIR"])


def save(content: bytes) -> str:
    """Encrypt ``content`` with the first key and store it; return the digest of the stored token."""
    return _store().save(keyring().encrypt(content))


def read(sha256: str) -> bytes:
    """The plaintext of the identity file stored under ``sha256``; DecryptionError with a wrong key."""
    return keyring().decrypt(_store().path_for(sha256).read_bytes())
