"""The Pernyataan Keberatan (Perki 1/2021 Pasal 41 ayat 5; Lampiran X), issued at once as the requester's receipt."""
from __future__ import annotations

from datetime import date

from kip_portal.letters import services as letters
from kip_portal.letters.models import LetterKind
from tests import factories
from tests.conftest import VALID_NIK
from tests.keberatan.conftest import CASE


def test_receipt_has_every_item_of_lampiran_x(make_request, refuse, lodge, body):
    info_request, _ = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    keberatan = lodge(info_request, date(2026, 11, 16), grounds=("a", "e"), proxy_name="Budi Hartono, S.H.",
                      proxy_address="Jl. Kalimantan 5, Jember", proxy_phone="0811223344")
    receipt = next(letter for letter in info_request.letters if letter.kind == LetterKind.KEBERATAN_RECEIPT)
    assert receipt.keberatan_id == keberatan.id
    text = factories.pdf_text(letters.pdf_bytes(receipt))

    for label, value in {
        "Nomor registrasi keberatan": "001/KEB/PPID/XI/2026",
        "Nomor pendaftaran permohonan informasi": info_request.register_number,
        "Tujuan penggunaan informasi": body["purpose"],
        "Nama": "Siti Aminah",
        "NIK": "3509********0001",
        "Alamat": body["address"],
        "Pekerjaan": "Guru",
        "Nomor telepon / email": "081234567890 / siti@contoh.id",
        "Nama kuasa": "Budi Hartono, S.H.",
        "Alamat kuasa": "Jl. Kalimantan 5, Jember",
        "Nomor telepon kuasa": "0811223344",
        "KASUS POSISI": CASE,
        # Filed Mon 16 Nov 2026: day 30 is Wed 30 Dec 2026 (24 and 25 Dec skipped), filled in at once.
        "Tanggapan Atasan PPID paling lambat": "Rabu, 30 Desember 2026",
    }.items():
        assert f"{label} {value}" in text, label
    assert VALID_NIK not in text
    # Grounds a–g as checkboxes, the chosen ones ticked.
    assert "☑ a. Permohonan informasi ditolak" in text and "☑ e. Permohonan informasi tidak dipenuhi" in text
    for letter in "bcdfg":
        assert f"☐ {letter}. " in text, letter
    assert text.count("☑") == 2
    # Signatures of the receiving officer and of the objector (here the proxy).
    assert "Petugas Pelayanan Informasi (Penerima Keberatan)" in text
    assert "Pengaju Keberatan (kuasa pemohon)" in text and "(Budi Hartono, S.H.)" in text
    assert "Surabaya, 16 November 2026" in text and "004/KEB/PPID/XI/2026" in text
