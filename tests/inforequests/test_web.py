"""Requests on the web: a citizen files and tracks; an officer sees the desk, the deadline's working, extends."""
from __future__ import annotations

from datetime import datetime
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.extensions import db
from kip_portal.inforequests import services
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData
from tests import factories


def _count() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest))


def _received(body: dict, when: datetime) -> InfoRequest:
    return services.submit(RequestData.from_mapping(body), channel=Channel.LANGSUNG, received_at=when,
                           actor=None, now=datetime.now(timezone.utc)).info_request


def test_citizen_files_a_request_and_sees_its_number_and_code(client, units, body):
    response = client.post("/permohonan/baru", data=body, follow_redirects=True)
    html = response.get_data(as_text=True)
    info_request = db.session.scalar(sa.select(InfoRequest))
    assert info_request.register_number in html
    code = services.tracking_code(info_request)
    assert code in html and "Simpan kode pelacakan" in html
    assert body["nik"] not in html and body["address"] not in html


def test_invalid_form_keeps_what_was_typed_and_names_the_problem(client, units, body):
    response = client.post("/permohonan/baru", data=body | {"nik": "123"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "NIK harus 16 angka." in html
    assert body["information"] in html and body["purpose"] in html
    assert _count() == 0


def test_double_submitted_form_creates_one_request(client, units, body):
    client.post("/permohonan/baru", data=body)
    client.post("/permohonan/baru", data=body)
    assert _count() == 1


def test_tracking_page_with_an_unknown_code(client, units):
    html = client.get("/permohonan/lacak?kode=SALAH-KODE").get_data(as_text=True)
    assert "Kode pelacakan tidak dikenal" in html


def test_desk_is_scoped_and_marks_overdue_requests(client, login, units, body):
    _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    _received(body | {"unit": "UPT-BATU", "information": "Lain"}, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    html = client.get("/staf/permohonan/").get_data(as_text=True)
    assert "001/PPID/III/2025" in html and "002/PPID/III/2025" not in html
    assert "Terlambat" in html and "row-overdue" in html


def test_request_page_explains_the_deadline_day_by_day(client, login, units, body):
    info_request = _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    html = client.get(f"/staf/permohonan/{info_request.id}").get_data(as_text=True)
    assert "22 April 2025" in html and "UU 14/2008 Pasal 22 ayat (7)" in html
    assert "dilewati (cuti bersama" in html and "dilewati (Sabtu)" in html and "hari kerja ke-10" in html
    assert body["nik"] in html, "staff of the unit see the requester's data"


def test_other_units_officer_gets_403(client, login, units, body):
    info_request = _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    login(factories.make_user(Role.PPID, unit=units["batu"]))
    assert client.get(f"/staf/permohonan/{info_request.id}").status_code == 403
    assert client.post(f"/staf/permohonan/{info_request.id}/perpanjang", data={"reason": "x"}).status_code == 403


@pytest.mark.parametrize("role", [Role.AUDITOR, Role.ATASAN])
def test_readers_cannot_extend(client, login, units, body, role):
    info_request = _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    login(factories.make_user(role))
    assert client.get(f"/staf/permohonan/{info_request.id}").status_code == 200
    assert client.post(f"/staf/permohonan/{info_request.id}/perpanjang", data={"reason": "x"}).status_code == 403


def test_officer_extends_once_on_the_web(client, login, units, body):
    info_request = _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    page = client.post(f"/staf/permohonan/{info_request.id}/perpanjang", data={"reason": "Arsip di gudang UPT"},
                       follow_redirects=True).get_data(as_text=True)
    assert "2 Mei 2025" in page and "Arsip di gudang UPT" in page and "UU 14/2008 Pasal 22 ayat (8)" in page
    again = client.post(f"/staf/permohonan/{info_request.id}/perpanjang", data={"reason": "Lagi"},
                        follow_redirects=True).get_data(as_text=True)
    assert "satu kali" in again


def test_officer_records_a_request_received_by_post_with_its_real_date(client, login, units, body):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    response = client.post("/staf/permohonan/baru", data=body | {"received_at": "2025-03-27T09:30", "channel": "pos"},
                           follow_redirects=True)
    html = response.get_data(as_text=True)
    info_request = db.session.scalar(sa.select(InfoRequest))
    assert info_request.channel == Channel.POS and info_request.due_date.isoformat() == "2025-04-22"
    assert info_request.register_number in html and services.tracking_code(info_request) in html


def test_officer_cannot_record_for_another_unit(client, login, units, body):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    response = client.post("/staf/permohonan/baru", data=body | {"unit": "UPT-BATU", "received_at": "2025-03-27T09:30",
                                                                 "channel": "pos"})
    assert response.status_code == 200 and _count() == 0


def test_requester_downloads_the_receipt_with_the_code_and_nobody_else_can(client, units, body):
    client.post("/permohonan/baru", data=body)
    other = client.post("/permohonan/baru", data=body | {"information": "Permohonan orang lain"})
    assert other.status_code == 302
    first, second = db.session.scalars(sa.select(InfoRequest).order_by(InfoRequest.id)).all()
    code = services.tracking_code(first)
    page = client.get(f"/permohonan/lacak?kode={code}").get_data(as_text=True)
    assert "Tanda Bukti Penerimaan Permohonan Informasi Publik" in page
    own = client.get(f"/permohonan/lacak/surat/{first.letters[0].id}?kode={code}")
    assert own.status_code == 200 and own.data.startswith(b"%PDF")
    assert client.get(f"/permohonan/lacak/surat/{second.letters[0].id}?kode={code}").status_code == 404
    assert client.get(f"/permohonan/lacak/surat/{first.letters[0].id}").status_code == 404


def test_staff_of_another_unit_cannot_download_a_letter(client, login, units, body):
    info_request = _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    login(factories.make_user(Role.PPID, unit=units["batu"]))
    assert client.get(f"/staf/permohonan/surat/{info_request.letters[0].id}").status_code == 403


def test_the_public_form_is_rate_limited_with_a_message(make_app):
    app = make_app(REQUEST_RATE_LIMIT="2 per minute")
    with app.app_context():
        client = app.test_client()
        factories.make_utama()
        statuses = [client.post("/permohonan/baru", data={"name": f"P{n}"}).status_code for n in range(3)]
        assert statuses == [200, 200, 429]
        assert "Terlalu banyak permintaan" in client.post("/permohonan/baru", data={}).get_data(as_text=True)
        api = client.post("/api/v1/requests", json={})
        assert api.status_code == 429 and "error" in api.get_json()
        db.session.remove()
        db.engine.dispose()


def test_officer_decides_on_the_web_and_the_atasan_approves_a_refusal(client, login, units, body):
    granted = _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    refused = _received(body | {"information": "Data pribadi penerima"}, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    copies = factories.make_fee_item(price=500)
    test = factories.make_consequence_test(units["jember"], number="3/UK/PPID/2025")
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    page = client.post(f"/staf/permohonan/{granted.id}/putuskan", follow_redirects=True, data={
        "decision": "dikabulkan_seluruhnya", "information_form": "softcopy", "provision_days": "2",
        f"fee_{copies.id}": "40", "payment_method": "tunai"}).get_data(as_text=True)
    assert "Surat Pemberitahuan Tertulis" in page and "Dikabulkan seluruhnya" in page
    assert "Rp 20.000" in page and "Fotokopi A4 40 × Rp 500" in page, "40 pages priced from the published table"
    missing = client.post(f"/staf/permohonan/{refused.id}/putuskan", data={"decision": "ditolak"})
    assert missing.status_code == 422 and "Pilih uji konsekuensi" in missing.get_data(as_text=True)
    form = client.get(f"/staf/permohonan/{refused.id}").get_data(as_text=True)
    assert f'<option value="{test.id}">3/UK/PPID/2025' in form, "the approved test is offered"
    client.post(f"/staf/permohonan/{refused.id}/putuskan", data={
        "decision": "ditolak", "refusal_basis": "Pasal 17 huruf h", "consequence_test_id": str(test.id)})
    client.post("/keluar")
    login(factories.make_user(Role.ATASAN))
    html = client.get(f"/staf/permohonan/{refused.id}").get_data(as_text=True)
    assert "menunggu persetujuan Atasan PPID" in html
    desk = client.get("/staf/permohonan/").get_data(as_text=True)
    assert desk.count("penolakan menunggu persetujuan Atasan PPID") == 1, "the desk flags the refusal to approve"
    approved = client.post(f"/staf/permohonan/{refused.id}/setujui-penolakan", follow_redirects=True)
    assert "Surat Keputusan PPID tentang Penolakan Permohonan Informasi" in approved.get_data(as_text=True)
    assert "penolakan menunggu persetujuan" not in client.get("/staf/permohonan/").get_data(as_text=True)


def test_granted_request_is_closed_by_recording_the_delivery(client, login, units, body):
    info_request = _received(body, datetime(2025, 3, 27, 2, tzinfo=timezone.utc))
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    client.post(f"/staf/permohonan/{info_request.id}/putuskan", data={
        "decision": "dikabulkan_seluruhnya", "information_form": "hardcopy", "provision_days": "1"})
    assert "dengan mencatat tanggal pemberian" in client.post(f"/staf/permohonan/{info_request.id}/tutup",
                                  follow_redirects=True).get_data(as_text=True)
    page = client.post(f"/staf/permohonan/{info_request.id}/diberikan", data={"delivered_on": "2025-04-10"},
                       follow_redirects=True).get_data(as_text=True)
    assert "Pemberian informasi dicatat" in page and "10 April 2025" in page
    db.session.refresh(info_request)
    assert info_request.status.value == "closed"
    refused_date = client.post(f"/staf/permohonan/{info_request.id}/diberikan", data={"delivered_on": "kemarin"},
                               follow_redirects=True).get_data(as_text=True)
    assert "Isi tanggal pemberian" in refused_date
