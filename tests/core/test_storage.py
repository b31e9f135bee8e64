"""The blob store keeps each distinct content once, under its SHA-256, and never leaves its root."""
from __future__ import annotations

import hashlib

import pytest

from kip_portal.core.storage import BlobStore


@pytest.fixture
def store(tmp_path):
    return BlobStore(tmp_path / "blobs")


def _files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_same_bytes_saved_twice_are_one_file(store):
    data = b"%PDF-1.4 laporan"
    first, second = store.save(data), store.save(data)
    assert first == second == hashlib.sha256(data).hexdigest()
    assert _files(store.root) == [store.path_for(first)]
    assert store.path_for(first).read_bytes() == data


def test_different_bytes_are_different_files(store):
    assert store.save(b"satu") != store.save(b"dua")
    assert len(_files(store.root)) == 2


def test_blobs_are_laid_out_by_digest_prefix(store):
    digest = store.save(b"isi dokumen")
    assert store.path_for(digest) == store.root / digest[:2] / digest[2:4] / digest
    assert store.exists(digest)


@pytest.mark.parametrize("bad", [
    "../../etc/passwd",
    "../" * 21 + "a",
    "a" * 63,
    "a" * 65,
    "A" * 64,
    "g" * 64,
    "",
], ids=["traversal", "traversal of digest length", "short", "long", "uppercase", "not hex", "empty"])
def test_path_for_refuses_anything_but_a_hex_digest(store, bad):
    with pytest.raises(ValueError):
        store.path_for(bad)
