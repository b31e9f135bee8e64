"""The lembar (Lampiran II) and the SK pengecualian (Lampiran III) as PDFs, with every column the Perki asks for."""
from __future__ import annotations

from tests import factories
from tests.exemptions.conftest import LEMBAR
from tests.exemptions.conftest import make_test


def test_the_lembar_pdf_has_every_lampiran_ii_column(client, login, units, people):
    test = make_test(units["jember"])
    login(people["jember"])
    response = client.get(f"/staf/uji-konsekuensi/{test.id}/lembar.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = factories.pdf_text(response.data)
    folded = text.lower()
    assert "lembar pengujian konsekuensi" in folded
    assert "15 September 2026" in text and "Aula UPT PSTW Jember" in text  # header: date and place
    for column in ("Informasi yang Dikecualikan", "Dasar Hukum", "Konsekuensi", "Dibuka", "Ditutup",
                   "Jangka Waktu", "Nama", "Jabatan", "Unit", "TTD"):
        assert column in text, column
    for value in ("Data pribadi penerima bantuan sosial", "UU 14/2008 Pasal 17 huruf h angka 1",
                  "dapat disalahgunakan untuk penipuan", "Privasi penerima manfaat terlindungi",
                  "paling lama 5 tahun", "30 Juni 2027", "Siti Aminah", "Kasubbag TU"):
        assert value in text, value
    assert "Menyetujui" in text and "Dr. Restu Novi Widiani, Kepala Dinas" in text and "20 September 2026" in text


def test_the_sk_pdf_has_every_lampiran_iii_item(client, login, units, people):
    units["jember"].head = "Drs. Hartono"
    test = make_test(units["jember"])
    login(people["auditor"])
    response = client.get(f"/staf/uji-konsekuensi/{test.id}/sk.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = factories.pdf_text(response.data)
    folded = text.lower()
    assert "klasifikasi informasi yang dikecualikan" in folded
    assert test.number in text
    assert "Dinas Sosial Provinsi Jawa Timur" in text and "UPT PSTW Jember" in text  # body and unit
    assert "Drs. Hartono" in text  # the PPID who decides
    for value in (LEMBAR["information"][:40], "Undang-undang yang menjadi dasar pengecualian",
                  "UU 27/2022 Pasal 4", "Bila dibuka", "dapat disalahgunakan untuk penipuan", "Bila ditutup",
                  "Privasi penerima manfaat",
                  "Jangka waktu pengecualian", "paling lama 5 tahun", "Ditetapkan di Surabaya",
                  "20 September 2026"):
        assert value in text, value
    assert "DRAF" not in text


def test_an_unapproved_tests_documents_say_they_are_drafts(client, login, units, people):
    test = make_test(units["jember"], approved=False)
    login(people["jember"])
    assert "DRAF" in factories.pdf_text(client.get(f"/staf/uji-konsekuensi/{test.id}/sk.pdf").data)
