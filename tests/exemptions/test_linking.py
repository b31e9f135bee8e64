"""An exempt DIP entry rests on an approved uji konsekuensi of its own unit; the DIP shows the SK, and the
import/export format carries the link and the mandatory item."""
from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa

from kip_portal.dip import transfer
from kip_portal.dip.models import InformationEntry
from kip_portal.exemptions import services
from kip_portal.extensions import db
from tests import factories
from tests.conftest import FIXED_NOW
from tests.exemptions.conftest import make_test


def _entry_form(unit, **overrides):
    return {"unit_id": unit.id, "category": "dikecualikan", "title": "Data penerima bantuan sosial lansia",
            "summary": "Daftar nama dan alamat penerima.", "formats": ["softcopy"], "year": "2026", **overrides}


def test_a_linked_entry_takes_its_basis_and_period_from_the_test(client, login, units, people):
    test = make_test(units["jember"])
    login(people["jember"])
    form_page = client.get("/staf/dip/baru").get_data(as_text=True)
    assert test.number in form_page and "Berkala huruf e \u2014 Ringkasan laporan akses" in form_page
    response = client.post("/staf/dip/baru", data=_entry_form(units["jember"], consequence_test_id=test.id,
                                                               legal_basis="diketik lain", exempt_until="2040-01-01"))
    assert response.status_code == 302
    entry = db.session.scalar(sa.select(InformationEntry))
    assert (entry.consequence_test_id, entry.legal_basis, entry.exempt_until) == (
        test.id, test.legal_basis, date(2027, 6, 30))
    assert test.number in entry.consequence_test, "an empty summary is filled from the test"


@pytest.mark.parametrize("which", ["unapproved", "other_unit", "ended"])
def test_only_an_approved_test_in_force_of_the_entrys_unit_can_be_linked(client, login, units, people, which):
    test = {
        "unapproved": lambda: make_test(units["jember"], approved=False),
        "other_unit": lambda: make_test(units["batu"]),
        "ended": lambda: make_test(units["jember"], exempt_until=date(2026, 11, 29)),
    }[which]()
    login(people["utama"] if which == "other_unit" else people["jember"])
    html = client.post("/staf/dip/baru", data=_entry_form(units["jember"], consequence_test_id=test.id)).get_data(
        as_text=True)
    message = {"unapproved": "belum disetujui pimpinan", "other_unit": "milik unit lain",
               "ended": "sudah berakhir"}[which]
    assert message in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InformationEntry)) == 0


def test_unapproved_and_other_units_tests_are_not_offered(client, login, units, people):
    pending = make_test(units["jember"], number="SK/PENDING", approved=False)
    other = make_test(units["batu"], number="SK/BATU")
    mine = make_test(units["jember"], number="SK/JEMBER")
    login(people["jember"])
    page = client.get("/staf/dip/baru").get_data(as_text=True)
    assert mine.number in page and pending.number not in page and other.number not in page


def test_a_legal_item_is_chosen_from_the_perki_list(client, login, units, people):
    login(people["jember"])
    form = _entry_form(units["jember"], category="berkala", legal_item="berkala:e", title="Laporan akses 2025")
    assert client.post("/staf/dip/baru", data=form).status_code == 302
    assert db.session.scalar(sa.select(InformationEntry.legal_item)) == "berkala:e"
    html = client.post("/staf/dip/baru", data=form | {"legal_item": "berkala:z"}).get_data(as_text=True)
    assert "Pilihan tidak valid." in html


def test_the_public_sees_basis_sk_number_and_period_and_staff_the_register_link(client, login, units, people):
    test = make_test(units["jember"])
    entry = factories.make_entry(units["jember"], category="dikecualikan", consequence_test_id=test.id,
                                 consequence_test="")
    public = client.get(f"/dip/entri/{entry.id}").get_data(as_text=True)
    assert test.legal_basis in public and f"Nomor {test.number}" in public and "30 Juni 2027" in public
    assert f"/staf/uji-konsekuensi/{test.id}" not in public
    assert "Siti Aminah" not in public, "the participants are on the lembar, not on the DIP"
    login(people["jember"])
    staff = client.get(f"/staf/dip/{entry.id}/lihat").get_data(as_text=True)
    assert f"/staf/uji-konsekuensi/{test.id}" in staff


def _export_and_reimport(tmp_path, entries):
    path = tmp_path / "dip.jsonl"
    transfer.export_file(entries, path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    report = transfer.import_file(path, actor=None, now=FIXED_NOW, max_bytes=10 * 1024 * 1024)
    return rows, report


def test_legal_item_and_consequence_test_survive_export_and_import(tmp_path, units):
    test = make_test(units["jember"])
    exempt = factories.make_entry(units["jember"], category="dikecualikan", consequence_test_id=test.id,
                                  external_id="ext-exempt")
    item = factories.make_entry(units["jember"], legal_item="berkala:e", external_id="ext-berkala")
    rows, report = _export_and_reimport(tmp_path, [exempt, item])
    assert rows[0]["consequence_test_number"] == test.number and rows[0]["legal_item"] == ""
    assert rows[1]["legal_item"] == "berkala:e" and rows[1]["consequence_test_number"] == ""
    assert [r.outcome for r in report.results] == ["unchanged", "unchanged"]

    rows[0] |= {"external_id": "ext-new", "title": "Salinan", "legal_basis": "", "consequence_test": ""}
    rows[1] |= {"external_id": "ext-new-2", "title": "Laporan lain", "legal_item": "setiap_saat:j"}
    path = tmp_path / "baru.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = transfer.import_file(path, actor=None, now=FIXED_NOW, max_bytes=10 * 1024 * 1024)
    assert [r.outcome for r in report.results] == ["created", "created"]
    copy = db.session.get(InformationEntry, report.results[0].entry_id)
    assert (copy.consequence_test_id, copy.legal_basis, copy.exempt_until) == (
        test.id, test.legal_basis, test.exempt_until)
    assert db.session.get(InformationEntry, report.results[1].entry_id).legal_item == "setiap_saat:j"


@pytest.mark.parametrize(("change", "reason"), [
    ({"consequence_test_number": "999/SK/TIDAK-ADA"}, "uji konsekuensi tidak dikenal"),
    ({"consequence_test_number": "SK/PENDING"}, "belum disetujui"),
    ({"legal_item": "berkala:z"}, "Butir informasi wajib tidak dikenal"),
])
def test_an_import_row_with_a_bad_link_or_item_is_rejected(tmp_path, units, change, reason):
    make_test(units["jember"], number="SK/PENDING", approved=False)
    row = {"title": "Data lansia", "category": "dikecualikan", "unit": "UPT-JEMBER", **change}
    if "legal_item" in change:
        row |= {"legal_basis": "Pasal 17 huruf h", "consequence_test": "Uji."}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    report = transfer.import_file(path, actor=None, now=FIXED_NOW, max_bytes=1024 * 1024)
    assert report.rejected and reason in report.rejected[0].reason


def test_approved_tests_for_a_unit_include_its_ppid_utamas(units):
    own, utama = make_test(units["jember"], number="SK/A"), make_test(units["utama"], number="SK/B")
    make_test(units["batu"], number="SK/C")
    make_test(units["jember"], number="SK/D", approved=False)
    make_test(units["jember"], number="SK/E", exempt_until=date(2026, 11, 1))
    assert {t.number for t in services.approved_tests_for(units["jember"], today=date(2026, 11, 30))} == {
        own.number, utama.number}


def test_resaving_a_linked_entry_keeps_the_link_and_changing_category_drops_it(client, login, units, people):
    test = make_test(units["jember"])
    entry = factories.make_entry(units["jember"], category="dikecualikan", consequence_test_id=test.id)
    login(people["jember"])
    page = client.get(f"/staf/dip/{entry.id}").get_data(as_text=True)
    assert f'<option selected value="{test.id}">' in page
    form = _entry_form(units["jember"], title=entry.title, summary="", year="2025", consequence_test_id=test.id,
                       consequence_test=entry.consequence_test, legal_basis=entry.legal_basis)
    assert "Tidak ada perubahan." in client.post(f"/staf/dip/{entry.id}", data=form,
                                                 follow_redirects=True).get_data(as_text=True)
    client.post(f"/staf/dip/{entry.id}", data=form | {"category": "setiap_saat"})
    db.session.refresh(entry)
    assert (entry.consequence_test_id, entry.legal_basis, entry.exempt_until) == (None, "", None)
