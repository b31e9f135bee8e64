"""Content-addressed file store under DOCUMENTS_DIR: a blob is named by its SHA-256 and stored once."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class BlobStore:
    """Save and open blobs by SHA-256; writing the same bytes twice keeps one file."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def save(self, data: bytes) -> str:
        """Store ``data`` and return its digest; an existing blob is left untouched."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a reader never sees half a file and concurrent writers do not collide.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
