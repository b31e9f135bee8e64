"""Logs never hold a requester's NIK, phone number, e-mail address or tracking code (UU 14/2008 Pasal 17 h),
and come out as one JSON object per line."""
from __future__ import annotations

import json
import logging

import pytest

from kip_portal.logging import JsonFormatter
from kip_portal.logging import mask
from kip_portal.logging import redact_referer
from kip_portal.logging import redact_url
from tests.conftest import VALID_NIK


def test_a_submission_leaves_no_personal_data_in_any_log_line(app, units, body, caplog):
    # The most talkative setting an operator may switch on while debugging: SQLAlchemy logs every statement
    # with its parameters — the request's NIK, phone and e-mail, and the receipt mail with the tracking code.
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    response = app.test_client().post("/api/v1/requests", json=body)
    assert response.status_code == 201, response.get_json()
    code = response.get_json()["tracking_code"]
    app.test_client().get(f"/api/v1/track/{code}")
    app.test_client().get("/permohonan/lacak", query_string={"kode": code})

    lines = [caplog.text] + [record.getMessage() for record in caplog.records]
    lines += [logging.Formatter().format(record) for record in caplog.records]
    for secret in (VALID_NIK, body["phone"], body["email"], code, code.replace("-", "")):
        assert not [line for line in lines if secret in line], secret
    # The records were there, and carried the data, masked:
    statements = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("sqlalchemy.engine"))
    # (NIK and phone reach the statements only as Fernet tokens: they are encrypted before binding.)
    for placeholder in ("[email]", "[kode]"):
        assert placeholder in statements, placeholder


def test_tracebacks_are_masked_too(caplog):
    caplog.set_level(logging.ERROR)
    try:
        raise ValueError(f"duplicate nik {VALID_NIK} for siti@contoh.id")
    except ValueError:
        logging.getLogger("kip_portal.test").exception("insert failed for 0812-3456-7890")
    assert VALID_NIK not in caplog.text and "siti@contoh.id" not in caplog.text and "3456" not in caplog.text
    assert "duplicate nik [nik] for [email]" in caplog.text


@pytest.mark.parametrize("text, expected", [
    ("NIK 3509121507800001.", "NIK [nik]."),
    ("telp 081234567890, lagi", "telp [telepon], lagi"),
    ("telp 0812-3456-7890", "telp [telepon]"),
    ("telp +62 812 3456 7890", "telp [telepon]"),
    ("telp 6281234567890", "telp [telepon]"),
    ("mail Siti.Aminah+ppid@contoh.go.id ok", "mail [email] ok"),
    ("kode ABCD-EFGH-2345-WXYZ", "kode [kode]"),
    ("GET /permohonan/lacak?kode=abcdefgh2345wxyz&x=1", "GET /permohonan/lacak?kode=[kode]&x=1"),
    ("GET /api/v1/track/ABCDEFGH2345WXYZ HTTP/1.1", "GET /api/v1/track/[kode] HTTP/1.1"),
])
def test_mask(text, expected):
    assert mask(text) == expected


@pytest.mark.parametrize("text", [
    "Permohonan 001/PPID/XI/2026 diterima 2026-11-30T03:00:00+00:00",
    "document 3f2a9c0e5b7d4a1e8c6f0b2d4e6a8c0e1f3a5b7c9d0e2f4a6b8c0d2e4f6a8b0c stored",
    "outbox: 12 sent, 0 failed, 3 waiting; 1234567 bytes in 250 ms",
    "search index rebuilt with 1024 entries",
])
def test_mask_leaves_ordinary_log_text_alone(text):
    assert mask(text) == text


def test_json_lines_carry_extra_fields_and_mask_them():
    record = logging.getLogger("kip_portal.test").makeRecord(
        "kip_portal.test", logging.WARNING, __file__, 1, "request %s from %s", ("001/PPID/XI/2026", "siti@contoh.id"),
        None, extra={"http": {"path": "/cari/", "status": 200, "user_agent": "bot (siti@contoh.id)"}})
    line = JsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["level"] == "warning" and data["logger"] == "kip_portal.test"
    assert data["message"] == "request 001/PPID/XI/2026 from [email]"
    assert data["http"] == {"path": "/cari/", "status": 200, "user_agent": "bot ([email])"}
    assert data["time"].endswith("+00:00")


@pytest.mark.parametrize("path, query, expected", [
    ("/permohonan/lacak", "kode=ABCD-EFGH-2345-WXYZ", ("/permohonan/lacak", "")),
    ("/permohonan/lacak/surat/7", "kode=ABCD-EFGH-2345-WXYZ", ("/permohonan/lacak/surat/7", "")),
    ("/keberatan/baru", "kode=ABCDEFGH2345WXYZ", ("/keberatan/baru", "kode=[kode]")),
    ("/api/v1/track/ABCDEFGH2345WXYZ", "", ("/api/v1/track/[kode]", "")),
    ("/cari/", "q=bantuan+sosial&page=2", ("/cari/", "q=bantuan+sosial&page=2")),
    ("/cari/", "q=3509121507800001", ("/cari/", "q=[nik]")),
])
def test_access_log_urls(path, query, expected):
    assert redact_url(path, query) == expected


def test_access_log_referer():
    assert redact_referer("https://ppid.example/permohonan/lacak?kode=ABCD-EFGH-2345-WXYZ") == \
        "https://ppid.example/permohonan/lacak"
    assert redact_referer("https://ppid.example/cari/?q=lansia") == "https://ppid.example/cari/?q=lansia"
    assert redact_referer("-") == "-"
