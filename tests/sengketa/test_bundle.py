"""The evidence bundle for the KI (Perki 1/2013 Pasal 11): request summary, letters in issue order, timeline,
and a manifest whose hashes match."""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
from datetime import date

import pytest

from kip_portal.sengketa import services
from kip_portal.sengketa.bundle import evidence_bundle
from tests import factories
from tests.conftest import VALID_NIK
from tests.sengketa.conftest import make_keberatan
from tests.sengketa.conftest import utc


@pytest.fixture
def bundle(info_request, keberatan, people, now):
    info_request.unit.address, info_request.unit.phone = "Jl. Kenanga 9, Jember", "0331-123456"
    # A second keberatan on the same request: its letters belong to its own bundle, not this one.
    make_keberatan(info_request, filed_at=utc(2026, 2, 20))
    sengketa = services.record_sengketa(keberatan, commission="Komisi Informasi Provinsi Jawa Timur",
                                        case_number="012/III/KI-Prov.Jatim-PS/2026", filed_on=date(2026, 3, 30),
                                        actor=people["ppid"], now=now)
    services.advance(sengketa, stage="ajudikasi", on=date(2026, 4, 15), actor=people["ppid"], now=now)
    return zipfile.ZipFile(io.BytesIO(evidence_bundle(keberatan, now=now)))


def _name(number: int, letter) -> str:
    return f"{number:02d}-{letter.kind.value}-{letter.number.replace('/', '-')}.pdf"


def test_the_bundle_holds_the_request_its_letters_and_the_timeline_in_order(bundle, info_request, keberatan):
    receipt, notice = [letter for letter in info_request.letters if letter.keberatan_id is None]
    objection, answer = [letter for letter in info_request.letters if letter.keberatan_id == keberatan.id]
    assert bundle.namelist() == ["MANIFEST.txt", "01-permohonan.pdf", _name(2, receipt), _name(3, notice),
                                 _name(4, objection), _name(5, answer), "06-kronologi.pdf"]
    assert receipt.kind.value == "tanda_bukti" and notice.kind.value == "pemberitahuan"
    for name in bundle.namelist()[1:]:
        assert bundle.read(name).startswith(b"%PDF-"), name


def test_the_letters_are_the_issued_pdfs(bundle, info_request, keberatan):
    from kip_portal.letters.services import pdf_bytes

    [answer] = [letter for letter in info_request.letters if letter.kind.value == "tanggapan_keberatan"
                and letter.keberatan_id == keberatan.id]
    assert bundle.read(_name(5, answer)) == pdf_bytes(answer)


def test_the_summary_gives_the_ki_the_full_request(bundle, info_request, keberatan):
    text = factories.pdf_text(bundle.read("01-permohonan.pdf"))
    for expected in (info_request.register_number, "Siti Aminah", VALID_NIK, "Jl. Mastrip 12, Jember", "Guru",
                     "Daftar penerima bantuan lansia", "Penelitian skripsi", keberatan.number,
                     "Menguatkan keputusan PPID", "Drs. Budi Santoso", "30 Maret 2026",
                     "012/III/KI-Prov.Jatim-PS/2026"):
        assert expected in text, expected


def test_the_bundle_papers_carry_the_letters_letterhead(bundle, info_request):
    """The KI reads who issued them: the body, its address, and the issuing unit with its own address."""
    for name in ("01-permohonan.pdf", "06-kronologi.pdf"):
        text = " ".join(factories.pdf_text(bundle.read(name)).split())
        assert "Jl. Gayung Kebonsari No. 56B" in text, name
        assert "Jl. Kenanga 9, Jember · Telepon 0331-123456" in text, name


def test_the_timeline_lists_every_event(bundle, info_request):
    text = factories.pdf_text(bundle.read("06-kronologi.pdf"))
    for action in ("Dicatat / diterbitkan", "Keputusan PPID dicatat", "Sengketa ke Komisi Informasi dicatat",
                   "Tahap sengketa berubah", "[created]", "[decided]", "[sengketa_recorded]", "[sengketa_stage]"):
        assert action in text, action
    assert f"Permohonan {info_request.register_number}" in text
    assert text.index("[decided]") < text.index("[sengketa_recorded]") < text.index("[sengketa_stage]")
    assert "2 Februari 2026" in text and VALID_NIK not in text


def test_the_manifest_hashes_match(bundle):
    manifest = bundle.read("MANIFEST.txt").decode()
    listed = dict((name, digest) for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", manifest, re.M))
    assert sorted(listed) == sorted(bundle.namelist()[1:])
    for name, digest in listed.items():
        assert hashlib.sha256(bundle.read(name)).hexdigest() == digest, name


def test_a_keberatan_without_a_sengketa_still_has_a_bundle(info_request, now):
    keberatan = make_keberatan(info_request, with_letters=False)
    names = zipfile.ZipFile(io.BytesIO(evidence_bundle(keberatan, now=now))).namelist()
    assert names[0] == "MANIFEST.txt" and names[1] == "01-permohonan.pdf" and names[-1] == "04-kronologi.pdf"
