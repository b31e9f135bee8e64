"""Search fixtures: a small DIP whose texts exercise stemming, synonyms, exemption and documents."""
from __future__ import annotations

import pytest

from kip_portal.dip.models import Category
from tests import factories


@pytest.fixture
def dip(app):
    utama = factories.make_utama()
    jember = factories.make_unit("UPT-JEMBER", parent=utama, name="UPT Pelayanan Sosial Tresna Werdha Jember")
    entries = {
        "anggaran": factories.make_entry(
            utama, title="Laporan Realisasi Anggaran 2025", year=2025,
            summary="Dana bansos yang dikelola Dinas Sosial selama tahun 2025."),
        "evakuasi": factories.make_entry(
            jember, title="Prosedur Evakuasi Panti", year=2024, category=Category.SERTA_MERTA,
            summary="Langkah evakuasi lansia saat banjir dan kebakaran."),
        "exempt": factories.make_entry(
            utama, title="Data Pribadi Penerima PKH", category=Category.DIKECUALIKAN, year=2025,
            summary="Nama dan alamat keluarga penerima manfaat.",
            legal_basis="UU 14/2008 Pasal 17 huruf h"),
        "sop": factories.make_entry(jember, title="Standar Operasional Prosedur Pelayanan", year=2025,
                                    category=Category.SETIAP_SAAT),
    }
    factories.attach(entries["exempt"], factories.TXT_SECRET, "daftar-penerima.txt")
    factories.attach(entries["sop"], factories.docx_bytes("Petugas menerima permohonan di loket zambrut."),
                     "sop.docx")
    return entries
