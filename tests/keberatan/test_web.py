"""The keberatan pages: the requester files with the tracking code and gets the number and receipt; the officer
enters off-line ones; the atasan answers; the PPID records the requester's reaction; the auditor only reads."""
from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from kip_portal.extensions import db
from kip_portal.keberatan.models import Keberatan
from kip_portal.letters.models import Letter
from tests.keberatan.conftest import CASE
from tests.keberatan.conftest import at


@pytest.fixture
def refused(make_request, refuse, freeze):
    """Received Mon 2 Nov 2026, refused Wed 4 Nov (window to Wed 16 Dec); the clock says Mon 16 Nov, 10.00 WIB."""
    info_request, code = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    freeze(at(date(2026, 11, 16)))
    return info_request, code


def test_requester_files_online_and_gets_number_and_receipt(client, refused):
    info_request, code = refused
    form = client.get(f"/keberatan/baru?kode={code}")
    assert form.status_code == 200
    assert "4 November 2026 s.d." in form.get_data(as_text=True) and "16 Desember 2026" in form.get_data(as_text=True)

    response = client.post("/keberatan/baru", data={"kode": code, "grounds": ["a", "d"], "case": CASE})
    page = response.get_data(as_text=True)
    assert response.status_code == 200, page
    assert "001/KEB/PPID/XI/2026" in page and "30 Desember 2026" in page
    keberatan = db.session.scalar(sa.select(Keberatan))
    assert keberatan.grounds == "a;d" and keberatan.channel.value == "web" and keberatan.filed_by_id is None
    receipt = db.session.scalar(sa.select(Letter).where(Letter.keberatan_id == keberatan.id))
    receipt_link = f"/permohonan/lacak/surat/{receipt.id}?kode={code}"
    assert receipt_link in page.replace("&amp;", "&").replace("http://portal.test", "")
    pdf = client.get(receipt_link)
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"

    track = client.get(f"/permohonan/lacak?kode={code}").get_data(as_text=True)
    assert "001/KEB/PPID/XI/2026" in track and "Menunggu tanggapan Atasan PPID" in track


def test_a_wrong_code_or_a_missing_case_is_refused(client, refused):
    _, code = refused
    wrong = client.post("/keberatan/baru", data={"kode": "ABCD-EFGH-IJKL-MNOP", "grounds": ["a"], "case": CASE})
    assert wrong.status_code == 404 and "Kode pelacakan tidak dikenal" in wrong.get_data(as_text=True)
    no_case = client.post("/keberatan/baru", data={"kode": code, "grounds": ["a"], "case": ""})
    assert no_case.status_code == 422 and "Kasus posisi wajib diisi" in no_case.get_data(as_text=True)
    assert db.session.scalars(sa.select(Keberatan)).all() == []


def test_officer_enters_an_off_line_keberatan(client, login, refused, people, freeze):
    info_request, _ = refused
    login(people["other_officer"])
    assert client.get(f"/staf/keberatan/baru?request={info_request.id}").status_code == 403
    client.post("/keluar")
    login(people["officer"])
    assert client.get(f"/staf/keberatan/baru?request={info_request.id}").status_code == 200
    incomplete = client.post(f"/staf/keberatan/baru?request={info_request.id}",
                             data={"filed_at": "2026-11-13T09:30", "channel": "pos", "grounds": ["a"]})
    assert incomplete.status_code == 422 and "Kasus posisi wajib diisi" in incomplete.get_data(as_text=True)
    freeze(at(date(2026, 12, 18)))
    too_late = client.post(f"/staf/keberatan/baru?request={info_request.id}",
                           data={"filed_at": "2026-12-17T09:30", "channel": "pos", "grounds": ["a"], "case": CASE})
    assert too_late.status_code == 422
    assert "Keberatan hanya dapat diajukan 4 November 2026 s.d. 16 Desember 2026" in too_late.get_data(as_text=True)
    response = client.post(f"/staf/keberatan/baru?request={info_request.id}", data={
        "filed_at": "2026-11-13T09:30", "channel": "langsung", "grounds": ["a"], "case": CASE,
        "proxy_name": "Budi Hartono", "proxy_address": "Jl. Kalimantan 5", "proxy_phone": "0811"})
    assert response.status_code == 302, response.get_data(as_text=True)
    keberatan = db.session.scalar(sa.select(Keberatan))
    assert keberatan.filed_at == at(date(2026, 11, 13), 9).replace(minute=30)
    assert keberatan.filed_by_id == people["officer"].id and keberatan.proxy_name == "Budi Hartono"
    detail = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "001/KEB/PPID/XI/2026" in detail and "Jl. Kalimantan 5" in detail
    assert "Terbitkan tanggapan" not in detail  # the officer cannot answer
    request_page = client.get(f"/staf/permohonan/{info_request.id}").get_data(as_text=True)
    assert "001/KEB/PPID/XI/2026" in request_page


def test_atasan_answers_ppid_records_reaction_auditor_only_reads(client, login, refused, people, lodge):
    info_request, code = refused
    keberatan = lodge(info_request, date(2026, 11, 16), proxy_name="Budi", proxy_address="Jl. Rahasia 9")
    answer = {"outcome": "dikuatkan", "reasons": "Rekening penerima adalah rahasia pribadi."}

    login(people["auditor"])
    detail = client.get(f"/staf/keberatan/{keberatan.id}")
    assert detail.status_code == 200 and "Jl. Rahasia 9" not in detail.get_data(as_text=True)
    assert client.get("/staf/keberatan/").status_code == 200
    assert client.post(f"/staf/keberatan/{keberatan.id}/tanggapi", data=answer).status_code == 403
    assert client.post(f"/staf/keberatan/{keberatan.id}/tanggapan-pemohon",
                       data={"reaction": "menerima"}).status_code == 403
    client.post("/keluar")

    login(people["officer"])
    assert client.post(f"/staf/keberatan/{keberatan.id}/tanggapi", data=answer).status_code == 403
    client.post("/keluar")

    login(people["atasan"])
    listing = client.get("/staf/keberatan/").get_data(as_text=True)
    assert "001/KEB/PPID/XI/2026" in listing and "30 Desember 2026" in listing
    assert "Terbitkan tanggapan" in client.get(f"/staf/keberatan/{keberatan.id}").get_data(as_text=True)
    assert client.post(f"/staf/keberatan/{keberatan.id}/tanggapi", data={"outcome": "dikuatkan"}).status_code == 422
    response = client.post(f"/staf/keberatan/{keberatan.id}/tanggapi", data=answer)
    assert response.status_code == 302
    db.session.expire_all()
    assert keberatan.answer_number == "005/TAK/PPID/XI/2026"
    client.post("/keluar")

    login(people["officer"])
    assert client.post(f"/staf/keberatan/{keberatan.id}/tanggapan-pemohon", data={}).status_code == 422
    response = client.post(f"/staf/keberatan/{keberatan.id}/tanggapan-pemohon",
                           data={"reaction": "tidak_menerima", "note": "Akan ke KI Provinsi Jawa Timur"})
    assert response.status_code == 302
    db.session.expire_all()
    assert keberatan.requester_reaction.startswith("Tidak menerima tanggapan Atasan PPID")
    assert "KI Provinsi" in keberatan.requester_reaction
    answered = client.get("/staf/keberatan/?status=answered").get_data(as_text=True)
    assert "005/TAK/PPID/XI/2026" in answered and "Tidak menerima" in answered
    track = client.get(f"/permohonan/lacak?kode={code}").get_data(as_text=True)
    assert "Menguatkan keputusan PPID" in track


def test_another_units_officer_does_not_see_the_keberatan(client, login, refused, people, lodge):
    info_request, _ = refused
    keberatan = lodge(info_request, date(2026, 11, 16))
    login(people["other_officer"])
    assert client.get(f"/staf/keberatan/{keberatan.id}").status_code == 403
    assert "001/KEB" not in client.get("/staf/keberatan/").get_data(as_text=True)
