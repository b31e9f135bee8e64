"""GET /api/v1/dip, /api/v1/dip/<id> and /api/v1/units, as docs/interfaces.md promises them."""
from __future__ import annotations

from datetime import date

import pytest

from kip_portal.dip import services
from kip_portal.dip.models import InfoFormat
from tests import factories


@pytest.fixture
def units(app):
    utama = factories.make_utama()
    return {"utama": utama, "a": factories.make_unit("UPT-A", parent=utama, name="UPT Rehabilitasi Sosial A"),
            "b": factories.make_unit("UPT-B", parent=utama)}


@pytest.fixture
def dip(units, now):
    """Published entries across categories, units and years, plus a draft and a retired entry."""
    report = factories.make_entry(
        units["a"], category="berkala", title="Laporan Keuangan 2025", year=2025,
        summary="Neraca dan realisasi anggaran", holder="Sub Bagian Keuangan", responsible="Kepala UPT",
        produced_at=date(2025, 3, 1), produced_place="Surabaya", retention="10 tahun",
        formats=(InfoFormat.SOFTCOPY, InfoFormat.HARDCOPY), external_id="lk-2025",
    )
    document = factories.attach(report, factories.pdf_bytes(), "laporan-keuangan.pdf")
    flood = factories.make_entry(units["b"], category="serta_merta", title="Peringatan Banjir", year=2024)
    sop = factories.make_entry(units["a"], category="setiap_saat", title="SOP Pelayanan", year=2024)
    exempt = factories.make_entry(units["b"], category="dikecualikan", title="Data Penerima Manfaat",
                                  year=2025,
                                  exempt_until=date(2030, 12, 31))
    factories.attach(exempt, factories.pdf_bytes("rahasia"), "rahasia.pdf")
    draft = factories.make_entry(units["a"], title="Draf Rencana Kerja", status="draft")
    retired = factories.make_entry(units["a"], title="Laporan Lama")
    services.retire(retired, actor=None, now=now)
    return {"report": report, "document": document, "flood": flood, "sop": sop, "exempt": exempt,
            "draft": draft, "retired": retired}


def get_json(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.get_data(as_text=True))
    assert response.is_json, url
    return response.get_json()


def ids(body: dict) -> list[int]:
    return sorted(item["id"] for item in body["items"])


def assert_error(body: dict) -> None:
    assert set(body) == {"error", "fields"}
    assert isinstance(body["error"], str) and body["error"].strip()
    assert isinstance(body["fields"], dict)


# --- list ---------------------------------------------------------------------------------------------------

def test_list_shape_and_total(client, dip):
    body = get_json(client, "/api/v1/dip")
    assert {"items", "total", "page"} <= set(body)
    assert body["total"] == 4
    assert body["page"] == 1
    assert ids(body) == sorted(dip[k].id for k in ("report", "flood", "sop", "exempt"))


def test_list_never_shows_drafts_or_retired_entries(client, dip):
    titles = {item["title"] for item in get_json(client, "/api/v1/dip")["items"]}
    assert "Draf Rencana Kerja" not in titles
    assert "Laporan Lama" not in titles


def test_empty_list(client, app):
    body = get_json(client, "/api/v1/dip")
    assert body["items"] == [] and body["total"] == 0 and body["page"] == 1


@pytest.mark.parametrize("category, expected", [
    ("berkala", ["report"]),
    ("serta_merta", ["flood"]),
    ("setiap_saat", ["sop"]),
    ("dikecualikan", ["exempt"]),
])
def test_category_filter(client, dip, category, expected):
    body = get_json(client, f"/api/v1/dip?category={category}")
    assert ids(body) == sorted(dip[k].id for k in expected)
    assert body["total"] == len(expected)
    assert {item["category"] for item in body["items"]} == {category}


def test_unit_filter(client, dip):
    body = get_json(client, "/api/v1/dip?unit=UPT-B")
    assert ids(body) == sorted([dip["flood"].id, dip["exempt"].id])
    assert {item["unit"] for item in body["items"]} == {"UPT-B"}


def test_year_filter(client, dip):
    body = get_json(client, "/api/v1/dip?year=2024")
    assert ids(body) == sorted([dip["flood"].id, dip["sop"].id])


def test_filters_combine(client, dip):
    body = get_json(client, "/api/v1/dip?category=dikecualikan&unit=UPT-B&year=2025")
    assert ids(body) == [dip["exempt"].id]
    assert get_json(client, "/api/v1/dip?category=berkala&unit=UPT-B")["items"] == []


def test_unknown_unit_gives_an_empty_list(client, dip):
    body = get_json(client, "/api/v1/dip?unit=TIDAK-ADA")
    assert body["items"] == [] and body["total"] == 0


def test_second_page(client, units, app):
    per_page = app.config["PER_PAGE"]
    entries = [factories.make_entry(units["a"], title=f"Laporan bulanan {n:02d}")
               for n in range(per_page + 5)]

    first = get_json(client, "/api/v1/dip")
    second = get_json(client, "/api/v1/dip?page=2")

    assert len(first["items"]) == per_page
    assert len(second["items"]) == 5
    assert first["total"] == second["total"] == per_page + 5
    assert second["page"] == 2
    assert sorted(ids(first) + ids(second)) == sorted(e.id for e in entries)
    assert get_json(client, "/api/v1/dip?page=3")["items"] == []


# --- items --------------------------------------------------------------------------------------------------

def test_item_fields(client, dip):
    report, document = dip["report"], dip["document"]
    item = get_json(client, f"/api/v1/dip/{report.id}")

    assert item["id"] == report.id
    assert item["title"] == "Laporan Keuangan 2025"
    assert item["summary"] == "Neraca dan realisasi anggaran"
    assert item["category"] == "berkala"
    assert item["unit"] == "UPT-A"
    assert item["unit_name"] == "UPT Rehabilitasi Sosial A"
    assert item["year"] == 2025
    assert item["holder"] == "Sub Bagian Keuangan"
    assert item["responsible"] == "Kepala UPT"
    assert item["produced_at"] == "2025-03-01"
    assert item["produced_place"] == "Surabaya"
    assert item["formats"] == ["softcopy", "hardcopy"]
    assert item["retention"] == "10 tahun"
    assert item["url"] == f"http://portal.test/dip/entri/{report.id}"
    assert item["external_id"] == "lk-2025"
    url = f"http://portal.test/dokumen/{document.id}/laporan-keuangan.pdf"
    assert [(d["filename"], d["url"]) for d in item["documents"]] == [("laporan-keuangan.pdf", url)]
    assert "legal_basis" not in item


def test_list_items_equal_the_detail(client, dip):
    for item in get_json(client, "/api/v1/dip")["items"]:
        assert get_json(client, f"/api/v1/dip/{item['id']}") == item


def test_document_url_downloads_the_document(client, dip):
    url = get_json(client, f"/api/v1/dip/{dip['report'].id}")["documents"][0]["url"]
    with client.get(url) as response:
        assert response.status_code == 200
        assert response.mimetype == "application/pdf"


def test_external_id_only_when_set(client, dip):
    items = {item["id"]: item for item in get_json(client, "/api/v1/dip")["items"]}
    assert items[dip["report"].id]["external_id"] == "lk-2025"
    for key in ("flood", "sop", "exempt"):
        assert "external_id" not in items[dip[key].id], key


def test_exempt_items_carry_their_reasons_but_no_documents(client, dip):
    item = get_json(client, f"/api/v1/dip/{dip['exempt'].id}")
    assert item["category"] == "dikecualikan"
    assert item["documents"] == []
    assert item["legal_basis"] == "UU 14/2008 Pasal 17 huruf h"
    assert item["consequence_test"].startswith("Membuka data pribadi")
    assert item["exempt_until"] == "2030-12-31"
    assert "rahasia" not in str(get_json(client, "/api/v1/dip?category=dikecualikan"))


def test_year_may_be_null(client, units):
    entry = factories.make_entry(units["a"], year=None)
    assert get_json(client, f"/api/v1/dip/{entry.id}")["year"] is None


@pytest.mark.parametrize("key", ["draft", "retired"])
def test_unpublished_entry_is_404_json(client, dip, key):
    assert_error(get_json(client, f"/api/v1/dip/{dip[key].id}", status=404))


def test_unknown_entry_is_404_json(client, dip):
    assert_error(get_json(client, "/api/v1/dip/999999", status=404))


# --- errors -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("query, field", [
    ("category=nope", "category"),
    ("year=abc", "year"),
    ("year=-1", "year"),
    ("page=0", "page"),
    ("page=x", "page"),
    ("page=-2", "page"),
])
def test_bad_filters_are_422_with_a_message(client, dip, query, field):
    body = get_json(client, f"/api/v1/dip?{query}", status=422)
    assert_error(body)
    assert field in body["fields"]


@pytest.mark.parametrize("url", ["/api/v1/tidak-ada", "/api/v1/dip/abc", "/api/v1/units/x"])
def test_unknown_route_under_the_api_is_404_json(client, app, url):
    assert_error(get_json(client, url, status=404))


def test_wrong_method_is_405_json(client, app):
    response = client.delete("/api/v1/dip")
    assert response.status_code == 405
    assert_error(response.get_json())


# --- units --------------------------------------------------------------------------------------------------

def test_units_list_utama_and_pelaksana(client, units):
    body = get_json(client, "/api/v1/units")
    by_code = {unit["code"]: unit for unit in body["items"]}

    assert set(by_code) == {"DINSOS", "UPT-A", "UPT-B"}
    assert by_code["DINSOS"] == {"code": "DINSOS", "name": "Dinas Sosial Provinsi Jawa Timur",
                                 "kind": "utama", "parent": None}
    assert by_code["UPT-A"] == {"code": "UPT-A", "name": "UPT Rehabilitasi Sosial A", "kind": "pelaksana",
                                "parent": "DINSOS"}
    assert by_code["UPT-B"]["kind"] == "pelaksana"
    assert by_code["UPT-B"]["parent"] == "DINSOS"
    assert body["items"][0]["code"] == "DINSOS"
