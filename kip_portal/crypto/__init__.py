"""Encryption at rest of the requester's identity data: NIK, address and phone, and identity files (issue #6).

Fernet (AES-128-CBC with HMAC-SHA256) keys come from ``ENCRYPTION_KEYS``; the first key encrypts and every key
decrypts (MultiFernet), so a new key can be put in front and the data re-encrypted with ``rotate-encryption-key``.
"""
