"""The staff pages: record a sengketa, see its window and the KI's deadlines, move it on, download the bundle."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from kip_portal.extensions import db
from kip_portal.sengketa import services
from kip_portal.sengketa.models import Sengketa
from tests.sengketa.conftest import make_keberatan

KI = "Komisi Informasi Provinsi Jawa Timur"


@pytest.fixture
def sengketa(keberatan, people, now):
    return services.record_sengketa(keberatan, commission=KI, case_number="012/III/KI-Prov.Jatim-PS/2026",
                                    filed_on=date(2026, 3, 30), actor=people["ppid"], now=now)


def test_the_officer_records_a_sengketa_and_sees_its_deadlines(client, login, keberatan, people, today):
    login(people["ppid"])
    page = client.get(f"/staf/sengketa/baru?keberatan={keberatan.id}").get_data(as_text=True)
    assert "Pemohon dapat mengajukan sengketa ke Komisi Informasi sampai 30 Maret 2026" in page
    assert "sudah lewat" in page  # today is 13 Apr 2026
    response = client.post(f"/staf/sengketa/baru?keberatan={keberatan.id}", data={
        "commission": KI, "case_number": "012/III/KI-Prov.Jatim-PS/2026", "filed_on": "2026-03-30"})
    assert response.status_code == 302
    detail = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "012/III/KI-Prov.Jatim-PS/2026" in detail and "30 Maret 2026" in detail
    assert "20 April 2026" in detail and "31 Agustus 2026" in detail  # UU Pasal 38: 14 and 100 working days
    assert "di luar jangka waktu" not in detail


def test_a_late_filing_is_kept_and_flagged(client, login, keberatan, people, today):
    login(people["ppid"])
    response = client.post(f"/staf/sengketa/baru?keberatan={keberatan.id}",
                           data={"commission": KI, "case_number": "", "filed_on": "2026-04-01"},
                           follow_redirects=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "di luar jangka waktu" in page
    assert db.session.query(Sengketa).count() == 1


def test_a_future_filing_date_is_refused_on_the_form(client, login, keberatan, people, today):
    login(people["ppid"])
    response = client.post(f"/staf/sengketa/baru?keberatan={keberatan.id}",
                           data={"commission": KI, "case_number": "", "filed_on": "2026-05-01"})
    assert response.status_code == 200 and "masa depan" in response.get_data(as_text=True)
    assert db.session.query(Sengketa).count() == 0


def test_stage_and_outcome_forms(client, login, sengketa, people, today):
    login(people["ppid"])
    assert client.post(f"/staf/sengketa/{sengketa.id}/tahap",
                       data={"stage": "ajudikasi", "on": "2026-04-10"}).status_code == 302
    back = client.post(f"/staf/sengketa/{sengketa.id}/tahap", data={"stage": "mediasi", "on": "2026-04-13"})
    assert back.status_code == 422 and "Tahap hanya dapat maju" in back.get_data(as_text=True)
    assert client.post(f"/staf/sengketa/{sengketa.id}/putusan", data={
        "outcome": "ditolak", "ruling_on": "2026-04-13", "note": "Pasal 17 huruf h terbukti."}).status_code == 302
    page = client.get(f"/staf/sengketa/{sengketa.id}").get_data(as_text=True)
    assert "Permohonan ditolak" in page and "Pasal 17 huruf h terbukti." in page
    # 14 working days after Mon 13 Apr 2026 for a gugatan to the PTUN: 14–17, 20–24, 27–30 Apr, 4 May.
    assert "4 Mei 2026" in page
    assert "Catat hasil sengketa" not in page


def test_the_list_filters_and_shows_only_visible_units(client, login, sengketa, keberatan, people, today):
    login(people["atasan"])
    assert "012/III/KI-Prov.Jatim-PS/2026" in client.get("/staf/sengketa/").get_data(as_text=True)
    assert "012/III/KI-Prov.Jatim-PS/2026" in client.get("/staf/sengketa/?state=terbuka&stage=registrasi").get_data(
        as_text=True)
    assert "012/III/KI-Prov.Jatim-PS/2026" not in client.get("/staf/sengketa/?state=selesai").get_data(as_text=True)
    assert "012/III/KI-Prov.Jatim-PS/2026" not in client.get("/staf/sengketa/?stage=mediasi").get_data(as_text=True)
    client.post("/keluar")
    login(people["ppid_batu"])
    assert "012/III/KI-Prov.Jatim-PS/2026" not in client.get("/staf/sengketa/").get_data(as_text=True)


def test_the_pick_page_lists_the_units_keberatan(client, login, keberatan, people, today):
    login(people["ppid"])
    page = client.get("/staf/sengketa/baru").get_data(as_text=True)
    assert keberatan.number in page and "30 Maret 2026" in page
    client.post("/keluar")
    login(people["ppid_batu"])
    assert keberatan.number not in client.get("/staf/sengketa/baru").get_data(as_text=True)


@pytest.mark.parametrize("who", ["auditor", "atasan", "ppid_batu"])
def test_only_the_units_officers_and_the_admin_write(client, login, sengketa, keberatan, people, today, who):
    login(people[who])
    assert client.post(f"/staf/sengketa/baru?keberatan={keberatan.id}",
                       data={"commission": KI, "filed_on": "2026-03-30"}).status_code == 403
    assert client.post(f"/staf/sengketa/{sengketa.id}/tahap",
                       data={"stage": "mediasi", "on": "2026-04-10"}).status_code == 403
    assert client.post(f"/staf/sengketa/{sengketa.id}/putusan",
                       data={"outcome": "gugur", "ruling_on": "2026-04-10"}).status_code == 403
    assert db.session.get(Sengketa, sengketa.id).stage.value == "registrasi"


@pytest.mark.parametrize("who", ["admin", "ppid_utama", "ppid"])
def test_the_admin_and_the_units_officers_write(client, login, sengketa, people, today, who):
    login(people[who])
    assert client.post(f"/staf/sengketa/{sengketa.id}/tahap",
                       data={"stage": "mediasi", "on": "2026-04-10"}).status_code == 302
    assert db.session.get(Sengketa, sengketa.id).mediation_on == date(2026, 4, 10)


@pytest.mark.parametrize(("who", "status"), [("ppid", 200), ("ppid_utama", 200), ("admin", 200), ("atasan", 200),
                                              ("auditor", 200), ("ppid_batu", 403)])
def test_who_reads_the_sengketa_and_downloads_the_bundle(client, login, sengketa, keberatan, people, today, who,
                                                         status):
    login(people[who])
    assert client.get(f"/staf/sengketa/{sengketa.id}").status_code == status
    response = client.get(f"/staf/keberatan/{keberatan.id}/bukti.zip")
    assert response.status_code == status
    if status == 200:
        assert response.headers["Cache-Control"] == "private, no-store"
        assert "bukti-sengketa-" in response.headers["Content-Disposition"]
        assert "01-permohonan.pdf" in zipfile.ZipFile(io.BytesIO(response.data)).namelist()


def test_the_read_only_roles_see_no_forms(client, login, sengketa, people, today):
    login(people["auditor"])
    page = client.get(f"/staf/sengketa/{sengketa.id}").get_data(as_text=True)
    assert "Pemohon dapat mengajukan sengketa ke Komisi Informasi sampai 30 Maret 2026" in page
    assert "Catat tahap berikutnya" not in page and "Catat hasil sengketa" not in page


def test_an_unanswered_keberatan_counts_from_its_lapse(client, login, info_request, people, today):
    keberatan = make_keberatan(info_request, due_date=date(2026, 3, 13), with_letters=False)
    login(people["ppid"])
    page = client.get(f"/staf/sengketa/baru?keberatan={keberatan.id}").get_data(as_text=True)
    assert "Pemohon dapat mengajukan sengketa ke Komisi Informasi sampai 10 April 2026" in page
    assert "belum menanggapi" in page


def test_the_dashboard_links_the_sengketa_list(client, login, people):
    login(people["auditor"])
    page = client.get("/staf").get_data(as_text=True)
    assert 'href="/staf/sengketa/"' in page and "Sengketa informasi" in page


def test_the_answered_keberatan_page_leads_to_the_sengketa_and_the_bundle(client, login, keberatan, people, today):
    login(people["ppid"])
    page = client.get(f"/staf/keberatan/{keberatan.id}").get_data(as_text=True)
    assert f"/staf/keberatan/{keberatan.id}/bukti.zip" in page
    assert f"/staf/sengketa/baru?keberatan={keberatan.id}" in page
    client.post(f"/staf/sengketa/baru?keberatan={keberatan.id}", data={
        "commission": "Komisi Informasi Provinsi Jawa Timur", "case_number": "001/REG/2026", "filed_on": "2026-03-10"})
    page = client.get(f"/staf/keberatan/{keberatan.id}").get_data(as_text=True)
    assert "001/REG/2026" in page and "Catat sengketa" not in page
