"""What a citizen gets from search: relevant hits, facets, snippets, and never the text of exempt documents."""
from __future__ import annotations

import pytest

from kip_portal.dip import services as dip_services
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.search import services as search
from tests import factories


def titles(text, **filters):
    return [item.entry.title for item in search.search(text, **filters).found]


def test_stemmed_words_find_each_other(dip):
    """A citizen types "pengelolaan"; the summary says "dikelola"."""
    assert titles("pengelolaan anggaran bantuan sosial")[0] == "Laporan Realisasi Anggaran 2025"


def test_abbreviation_finds_its_expansion_and_back(app):
    factories.make_entry(title="Penyaluran bantuan sosial tunai triwulan I")
    assert titles("bansos") == ["Penyaluran bantuan sosial tunai triwulan I"]


def test_document_text_is_searchable(dip):
    assert titles("zambrut") == ["Standar Operasional Prosedur Pelayanan"]


def test_exempt_entry_is_found_by_its_description_but_never_by_its_documents(dip):
    assert "Data Pribadi Penerima PKH" in titles("data pribadi PKH")
    assert titles("qwertyrahasia") == []
    page = search.search("penerima pkh")
    snippets = " ".join(str(item.snippet) for item in page.found)
    assert "Siti Rahayu" not in snippets and "Krajan" not in snippets


def test_exact_words_rank_above_stem_matches(app):
    factories.make_entry(title="Pengumuman pengadaan barang", year=2025)
    factories.make_entry(title="Ada perubahan jadwal", year=2025)
    assert titles("pengadaan")[0] == "Pengumuman pengadaan barang"
    assert "Ada perubahan jadwal" not in titles("pengadaan"), "pengadaan must not stem to ada"


def test_all_words_preferred_but_a_partial_match_still_shows(dip):
    found = titles("prosedur evakuasi zambrut")
    assert set(found[:2]) == {"Prosedur Evakuasi Panti", "Standar Operasional Prosedur Pelayanan"}


def test_quoted_phrase_must_match_as_a_phrase(dip):
    assert titles('"realisasi anggaran"') == ["Laporan Realisasi Anggaran 2025"]
    assert titles('"anggaran realisasi"') == []


def test_filters_and_facets(dip):
    page = search.search("prosedur")
    assert page.results.facets["category"] == {"serta_merta": 1, "setiap_saat": 1}
    assert page.results.facets["unit"] == {"UPT-JEMBER": 2}
    assert titles("prosedur", category="serta_merta") == ["Prosedur Evakuasi Panti"]
    filtered = search.search("prosedur", category="serta_merta")
    assert filtered.results.facets["category"] == {"serta_merta": 1, "setiap_saat": 1}, \
        "facets count the whole query, so other categories stay reachable"
    assert titles("prosedur", year=2024) == ["Prosedur Evakuasi Panti"]
    assert titles("prosedur", unit="DINSOS") == []


def test_pagination(app):
    unit = factories.make_unit()
    for n in range(23):
        factories.make_entry(unit, title=f"Laporan kegiatan nomor {n}")
    first, third = search.search("laporan kegiatan"), search.search("laporan kegiatan", page=3)
    assert first.results.total == 23 and first.results.pages == 3
    assert len(first.found) == 10 and len(third.found) == 3
    assert not {i.entry.id for i in first.found} & {i.entry.id for i in third.found}


def test_snippet_marks_matching_words_in_document_text(dip):
    item = search.search("zambrut").found[0]
    assert "<mark>zambrut</mark>" in str(item.snippet)


def test_snippet_escapes_html_from_documents(app):
    entry = factories.make_entry(title="Maklumat")
    factories.attach(entry, b"<!doctype html><p>Maklumat &lt;script&gt; kontak layanan</p>", "m.html")
    factories.attach(entry, "kontak <script>alert(1)</script> layanan".encode(), "m.txt")
    snippet = str(search.search("kontak layanan").found[0].snippet)
    assert "<script>" not in snippet


def test_did_you_mean_for_a_misspelled_word(dip):
    page = search.search("anggran")
    assert page.results.total == 0
    assert page.results.suggestion == "anggaran"


@pytest.mark.parametrize("text", [
    "", " ", "a", '"', '""', "AND OR", "*", "title:rahasia", "(((", "NOT", "\x00\x01", "ü" * 3,
    "laporan " * 400, "x" * 3000, "🙂 bansos", "a:b:c", "'; DROP TABLE dip_entries; --",
])
def test_odd_queries_never_fail(dip, client, text):
    response = client.get("/cari/", query_string={"q": text})
    assert response.status_code == 200
    assert client.get("/api/v1/search", query_string={"q": text}).status_code == 200


@pytest.mark.parametrize("raw", ["%ff%fe%80", "%00", "%ed%a0%80", "q%5B%5D=1"])
def test_query_strings_that_are_not_utf8_never_fail(dip, client, raw):
    assert client.get(f"/cari/?q={raw}").status_code == 200
    assert client.get(f"/api/v1/search?q={raw}").status_code == 200


def test_huge_query_string_is_refused_with_a_message(dip, client):
    response = client.get("/api/v1/search", query_string={"q": "x" * 10_000_000})
    assert response.status_code == 422
    assert "terlalu panjang" in response.get_json()["error"]
    assert client.get("/cari/", query_string={"q": "x" * 10_000}).status_code == 400


def test_index_follows_publish_edit_and_retire(app, now):
    unit = factories.make_unit()
    entry = factories.make_entry(unit, title="Rencana strategis", status=EntryStatus.DRAFT)
    assert titles("rencana strategis") == []
    dip_services.publish(entry, actor=None, now=now)
    assert titles("rencana strategis") == ["Rencana strategis"]
    data = dip_services.EntryData(unit=unit, category=Category.BERKALA, title="Rencana kerja tahunan", year=2025)
    dip_services.update_entry(entry, data, actor=None, now=now)
    assert titles("strategis") == [] and titles("rencana kerja") == ["Rencana kerja tahunan"]
    dip_services.retire(entry, actor=None, now=now)
    assert titles("rencana kerja") == []


def test_detached_document_text_leaves_the_index(dip, now):
    from kip_portal.documents import services as documents

    documents.remove(dip["sop"].documents[0], actor=None, now=now)
    assert titles("zambrut") == []


def test_similar_entries_for_a_request_being_typed(dip):
    found = [e.title for e in search.similar("Saya ingin meminta laporan realisasi anggaran bansos tahun 2025")]
    assert found[0] == "Laporan Realisasi Anggaran 2025"
    assert search.similar("   ") == []


def test_expansion_finds_the_abbreviation(app):
    factories.make_entry(title="Realisasi penyaluran bansos triwulan III")
    assert titles("penyaluran bantuan sosial") == ["Realisasi penyaluran bansos triwulan III"]


def test_words_common_to_most_entries_are_pruned_but_never_all(app, monkeypatch):
    from kip_portal.search import query

    monkeypatch.setattr(query, "PRUNE_FROM_ENTRIES", 2)
    unit = factories.make_unit()
    for n in range(4):
        factories.make_entry(unit, title=f"Peraturan kepala dinas nomor {n}")
    factories.make_entry(unit, title="Peraturan tentang zonasi panti")
    assert titles("peraturan zonasi")[0] == "Peraturan tentang zonasi panti"
    assert len(titles("peraturan")) == 5, "a query of common words alone still finds them"
