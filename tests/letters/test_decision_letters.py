"""The decision letters: the written notice (Lampiran VII, Perki 1/2021 Pasal 31 ayat (4) items a–i), the SK
penolakan (Lampiran IX) and the surat keterangan permohonan tidak lengkap (Pasal 33)."""
from __future__ import annotations

from datetime import datetime
from datetime import timezone

import pytest

from kip_portal.extensions import db
from kip_portal.fees.models import FeeCharge
from kip_portal.fees.models import FeeKind
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import PaymentMethod
from kip_portal.letters import services
from kip_portal.letters.models import LetterKind
from kip_portal.letters.render import html_to_pdf
from tests import factories
from tests.conftest import VALID_NIK
from tests.letters import test_letters

# The request tests' fixtures (a PPID Utama with two UPTs, a valid request body for UPT-JEMBER), and the letter
# tests' switch that keeps submit() from issuing its own letters.
without_automatic_letters = test_letters.without_automatic_letters
plain = test_letters.plain
pdf_text = factories.pdf_text
RECEIVED_AT = test_letters.RECEIVED_AT

# Tue 8 Apr 2025, 10.00 WIB: the decision and the notice; the Atasan PPID approves the refusal on Thu 10 Apr.
DECIDED_AT = datetime(2025, 4, 8, 3, 0, tzinfo=timezone.utc)
APPROVED_AT = datetime(2025, 4, 10, 3, 0, tzinfo=timezone.utc)
REDACTION = "Nomor rekening penerima dihitamkan (Pasal 17 huruf h)"
OTHER_BODY = "Badan Pusat Statistik Provinsi Jawa Timur"
NUMBERS = {LetterKind.NOTICE: "001/PT/PPID/IV/2025", LetterKind.REFUSAL: "002/SKP/PPID/IV/2025",
           LetterKind.INCOMPLETE: "003/KTL/PPID/III/2025"}


info_request = test_letters.info_request


def decide(info_request, decision: Decision, **fields):
    info_request.decision = decision
    info_request.decided_at = DECIDED_AT
    for name, value in fields.items():
        setattr(info_request, name, value)
    db.session.commit()
    return info_request


def granted_in_part(info_request):
    charges = [FeeCharge(kind=FeeKind.COPY, name="Fotokopi A4", per="per lembar", unit_price=500, quantity=30),
               FeeCharge(kind=FeeKind.DELIVERY, name="Pos kilat", per="per kiriman", unit_price=10000, quantity=1)]
    return decide(info_request, Decision.DIKABULKAN_SEBAGIAN, redaction_note=REDACTION, fee_copy=15000,
                  fee_delivery=10000, fee_charges=charges, payment_method=PaymentMethod.TRANSFER, provision_days=3,
                  information_form="softcopy")


def refused(info_request):
    return decide(info_request, Decision.DITOLAK,
                  refusal_basis="Pasal 17 huruf h angka 4 UU 14/2008 (keadaan keuangan, aset, pendapatan dan "
                                "rekening bank seseorang)",
                  consequence_test="Membuka data rekening penerima bantuan mengungkap rahasia pribadi dan "
                                   "membuka peluang penyalahgunaan data (uji konsekuensi 12/UK/PPID/2025)",
                  refusal_approved_at=APPROVED_AT)


def render(kind: LetterKind, info_request) -> str:
    return services.render_html(kind, info_request, number=NUMBERS[kind], issued_at=DECIDED_AT)


def test_notice_granted_in_part_states_every_item_of_pasal_31_4(app, info_request, body):
    html = render(LetterKind.NOTICE, granted_in_part(info_request))
    text = plain(html)

    # The Lampiran VII header: request date, nomor pendaftaran, name, address, phone/e-mail.
    for part in ("Berdasarkan permohonan informasi publik pada tanggal 27 Maret 2025 dengan nomor pendaftaran "
                 f"{info_request.register_number}",
                 "Nama Siti Aminah", f"Alamat {body['address']}", "Telepon / Email 081234567890 / siti@contoh.id",
                 f"Rincian informasi yang dibutuhkan {body['information']}",
                 "001/PT/PPID/IV/2025", "8 April 2025"):
        assert part in text, part
    expected = (
        "Keputusan atas permohonan Dikabulkan sebagian",  # c: accepted or refused
        "Alasan Sebagian dari informasi yang dimohon termasuk informasi yang dikecualikan",  # c: with reasons
        "Informasi diberikan Sebagian",  # h: in part or in full
        "A. Informasi dapat diberikan",
        f"Penguasaan informasi publik ☑ Kami ({info_request.unit.name}) ☐ Badan Publik lain",  # a, b
        "Bentuk fisik yang tersedia ☑ Softcopy (termasuk rekaman) ☐ Hardcopy / salinan tertulis",  # d
        "Cara memperoleh / mendapatkan salinan Mendapatkan salinan (softcopy); Email",
        "Biaya penyalinan Rp 15.000", "Fotokopi A4: 30 × Rp 500 per lembar = Rp 15.000",  # e: cost, by line
        "Biaya pengiriman Rp 10.000", "Pos kilat: 1 × Rp 10.000 per kiriman = Rp 10.000", "Total biaya Rp 25.000",
        "Cara pembayaran Transfer ke rekening resmi",  # e: payment
        "Waktu penyediaan 3 hari kerja",  # f
        f"Penjelasan penghitaman / pengaburan informasi {REDACTION}",  # g
        "Pasal 37 dan 38",
        "keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja",
    )
    for part in expected:
        assert part in text, part
    assert "B. Informasi tidak dapat diberikan" not in text
    assert VALID_NIK not in html


def test_notice_granted_in_full_has_no_redaction_and_may_be_free(app, info_request):
    html = render(LetterKind.NOTICE, decide(info_request, Decision.DIKABULKAN_SELURUHNYA, provision_days=1,
                                            information_form="softcopy;hardcopy", redaction_note="stale"))
    text = plain(html)

    for part in ("Keputusan atas permohonan Dikabulkan seluruhnya", "Informasi diberikan Seluruhnya",
                 "☑ Softcopy (termasuk rekaman) ☑ Hardcopy / salinan tertulis", "Total biaya Rp 0",
                 "Cara pembayaran Tanpa biaya", "Waktu penyediaan 1 hari kerja",
                 "Tidak ada penghitaman; informasi diberikan seluruhnya."):
        assert part in text, part
    assert "stale" not in text


def test_notice_on_information_held_elsewhere_names_the_other_body(app, info_request):
    html = render(LetterKind.NOTICE, decide(
        info_request, Decision.TIDAK_DIKUASAI, other_body=OTHER_BODY,
        undocumented_note="Data penerima bantuan lansia dikelola dan diterbitkan oleh BPS Provinsi."))
    text = plain(html)

    for part in ("Keputusan atas permohonan Informasi tidak dikuasai",
                 "Alasan Informasi yang dimohon tidak berada di bawah penguasaan kami",
                 "Informasi diberikan Tidak diberikan",
                 "B. Informasi tidak dapat diberikan karena:",
                 "☑ Informasi yang diminta belum dikuasai ☐ Informasi yang diminta belum didokumentasikan",
                 f"Badan Publik yang menguasai informasi {OTHER_BODY}",
                 "Saudara dapat mengajukan permohonan informasi kepada Badan Publik tersebut",
                 "Penjelasan Data penerima bantuan lansia dikelola dan diterbitkan oleh BPS Provinsi."):
        assert part in text, part
    assert "A. Informasi dapat diberikan" not in text and "Rp " not in text


def test_notice_on_undocumented_information_gives_the_time_needed(app, info_request):
    text = plain(render(LetterKind.NOTICE, decide(
        info_request, Decision.BELUM_DIDOKUMENTASIKAN,
        undocumented_note="Rekap tahun 2025 sedang disusun; dapat disediakan dalam 14 hari kerja.")))

    for part in ("Keputusan atas permohonan Informasi belum didokumentasikan",
                 "☐ Informasi yang diminta belum dikuasai ☑ Informasi yang diminta belum didokumentasikan",
                 "Penjelasan dan jangka waktu penyediaan Rekap tahun 2025 sedang disusun; dapat disediakan dalam "
                 "14 hari kerja."):
        assert part in text, part
    assert "Badan Publik yang menguasai informasi" not in text and "A. Informasi dapat diberikan" not in text


def test_notice_of_a_refusal_refers_to_the_attached_sk(app, info_request):
    text = plain(render(LetterKind.NOTICE, refused(info_request)))

    for part in ("Keputusan atas permohonan Ditolak", "Informasi diberikan Tidak diberikan",
                 "termasuk informasi yang dikecualikan berdasarkan Pasal 17 huruf h angka 4 UU 14/2008",
                 "Surat Keputusan PPID tentang Penolakan Permohonan Informasi yang dilampirkan pada surat ini"):
        assert part in text, part
    assert "A. Informasi dapat diberikan" not in text and "B. Informasi tidak dapat diberikan" not in text


def test_refusal_sk_has_every_element_of_lampiran_ix(app, info_request, body):
    html = render(LetterKind.REFUSAL, refused(info_request))
    text = plain(html)

    for part in (f"No. pendaftaran {info_request.register_number}", "Nama Siti Aminah",
                 f"Alamat {body['address']}", "Telepon / Email 081234567890 / siti@contoh.id",
                 f"Rincian informasi yang dibutuhkan {body['information']}",
                 "PPID memutuskan bahwa informasi yang dimohon adalah: INFORMASI YANG DIKECUALIKAN",
                 "Dasar pengecualian Pasal 17 UU 14/2008 dan/atau pasal undang-undang lain Pasal 17 huruf h angka 4 "
                 "UU 14/2008 (keadaan keuangan",
                 "Konsekuensi apabila dibuka hasil uji konsekuensi (UU 14/2008 Pasal 19) Membuka data rekening "
                 "penerima bantuan",
                 "Dengan demikian menyatakan bahwa: PERMOHONAN INFORMASI DITOLAK",
                 "keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak menerima Surat "
                 "Keputusan ini",
                 "Penolakan ini telah disetujui oleh Atasan PPID pada 10 April 2025, 10.00 WIB "
                 "(Perki 1/2021 Pasal 10 ayat (2))",
                 "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana", "002/SKP/PPID/IV/2025"):
        assert part in text, part
    assert "Kepada Yth." not in text and VALID_NIK not in html


def test_refusal_sk_not_yet_approved_says_so(app, info_request):
    refused(info_request).refusal_approved_at = None

    text = plain(render(LetterKind.REFUSAL, info_request))

    assert "Penolakan ini belum disetujui oleh Atasan PPID" in text and "telah disetujui" not in text


def test_incomplete_letter_gives_three_working_days_then_stops(app, info_request):
    text = plain(render(LetterKind.INCOMPLETE, info_request))

    for part in (f"nomor pendaftaran {info_request.register_number} tanggal 27 Maret 2025",
                 "permohonan tersebut belum lengkap",
                 "Kelengkapan yang belum dipenuhi Kelengkapan permohonan sebagaimana dipersyaratkan",
                 "paling lambat 3 (tiga) hari kerja sejak menerima surat keterangan ini",
                 "dicatat dalam register permohonan sebagai permohonan tidak lengkap dan tidak diproses lebih lanjut",
                 "Pasal 33", "Kepada Yth.", "003/KTL/PPID/III/2025"):
        assert part in text, part


def test_incomplete_letter_lists_the_missing_items_when_given(app, info_request):
    info_request.completeness_note = "Salinan KTP\n\n  Tujuan penggunaan informasi \n"
    html = render(LetterKind.INCOMPLETE, info_request)

    assert "<li>Salinan KTP</li>" in html and "<li>Tujuan penggunaan informasi</li>" in html
    assert html.count("<li>") == 2
    text = plain(html)
    assert "Kelengkapan berikut belum dipenuhi: Salinan KTP" in text
    assert "sebagaimana dipersyaratkan" not in text


@pytest.mark.parametrize(("kind", "prepare", "expected"), [
    (LetterKind.NOTICE, granted_in_part, ("SURAT PEMBERITAHUAN TERTULIS", "Rp 25.000", REDACTION)),
    (LetterKind.REFUSAL, refused, ("SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI",
                                   "PERMOHONAN INFORMASI DITOLAK", "10 April 2025")),
    (LetterKind.INCOMPLETE, lambda info_request: info_request,
     ("SURAT KETERANGAN PERMOHONAN TIDAK LENGKAP", "3 (tiga) hari kerja")),
])
def test_decision_letters_render_to_pdf(app, info_request, kind, prepare, expected):
    html = render(kind, prepare(info_request))

    data = html_to_pdf(html, base_url=app.static_folder + "/")

    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    for part in (*expected, NUMBERS[kind], info_request.register_number):
        assert part in text, part
