"""A request filed through the public form with a KTP photo, and helpers to look at what is really stored."""
from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from PIL import Image

from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest


def ktp_png() -> bytes:
    """A small photo-like PNG of noise: its bytes occur nowhere by chance."""
    rng = random.Random(14)
    image = Image.frombytes("RGB", (48, 32), bytes(rng.randrange(256) for _ in range(48 * 32 * 3)))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


KTP = ktp_png()


def new_key() -> str:
    return Fernet.generate_key().decode()


def raw_row(table: str, row_id: int) -> dict:
    """A row as the database holds it, bypassing the models' decryption."""
    return dict(db.session.execute(sa.text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id}).mappings().one())


def files_containing(root: str | Path, needle: bytes) -> list[Path]:
    return [path for path in Path(root).rglob("*") if path.is_file() and needle in path.read_bytes()]


@pytest.fixture
def submitted(client, units, body) -> InfoRequest:
    response = client.post("/permohonan/baru", data=body | {"identity": (io.BytesIO(KTP), "ktp.png")},
                           content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)
    return db.session.scalar(sa.select(InfoRequest))
