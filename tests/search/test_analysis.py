"""The Indonesian analysis: what a document and a query are reduced to before they meet in the index."""
from __future__ import annotations

import pickle

import pytest

from kip_portal.search.analysis import exact_analyzer
from kip_portal.search.analysis import expand_synonyms
from kip_portal.search.analysis import normalise
from kip_portal.search.analysis import protected_words
from kip_portal.search.analysis import stem
from kip_portal.search.analysis import stem_analyzer
from kip_portal.search.analysis import stopwords
from kip_portal.search.analysis import synonyms


def exact(text):
    return [token.text for token in exact_analyzer()(text)]


def stems(text):
    return [token.text for token in stem_analyzer()(text)]


@pytest.mark.parametrize("words", [
    ["pengelolaan", "dikelola", "mengelola", "kelola", "pengelola"],
    ["anggaran", "penganggaran", "dianggarkan"],
    ["bantuan", "membantu", "dibantu"],
    ["pelayanan", "layanan", "melayani", "dilayani"],
    ["permohonan", "pemohon", "memohon", "dimohonkan"],
    ["keputusan", "memutuskan", "diputuskan", "putusan"],
    ["perlindungan", "pelindungan", "melindungi", "dilindungi"],
    ["pelaporan", "laporan", "melaporkan", "dilaporkan"],
    ["dikecualikan", "pengecualian", "kecuali"],
    ["penyaluran", "disalurkan", "menyalurkan"],
    # Families the protected list repairs or keeps apart from an unrelated word.
    ["persetujuan", "disetujui", "menyetujui", "setuju"],
    ["pemerintah", "pemerintahan"],
    ["pengumuman", "diumumkan", "mengumumkan"],
    ["perpajakan", "pajak"],
    ["pengesahan", "disahkan", "mengesahkan"],
    ["penyidikan", "penyidik"],
])
def test_word_family_shares_a_stem(words):
    assert len({stem(word) for word in words}) == 1, {word: stem(word) for word in words}


@pytest.mark.parametrize(("word", "unrelated"), [
    ("pengadaan", "ada"),
    ("keberatan", "berat"),
    ("perbankan", "perban"),
    ("pengumuman", "umum"),
    ("relawan", "rawan"),
    ("berikan", "ikan"),
    ("pemerintah", "perintah"),
    ("pendapatan", "dapat"),
    ("persetujuan", "tujuan"),
    ("pemasyarakatan", "masyarakat"),
    ("atasan", "atas"),
    ("satuan", "satu"),
])
def test_protected_word_does_not_meet_an_unrelated_word(word, unrelated):
    assert stem(word) != stem(unrelated)


def test_protected_list_is_complete_and_consistent():
    assert len(protected_words()) >= 60
    for word in protected_words():
        assert exact(word) == [word], word
        assert stem(stem(word)) == stem(word), word


@pytest.mark.parametrize(("text", "tokens"), [
    ("UU 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
     ["uu", "14", "tahun", "2008", "keterbukaan", "informasi", "publik"]),
    ("Perki No. 1 Tahun 2021", ["perki", "no", "1", "tahun", "2021"]),
    ("yang dan di ini itu", []),
    ("Pasal 5 ayat (1) huruf b", ["pasal", "5", "ayat", "1", "huruf"]),
    ("masing-masing lain-lain", []),
    ("Café résumé", ["cafe", "resume"]),
    ("shalat Jum'at", ["shalat", "jumat"]),
    # Reduplication is one word; other hyphens separate words.
    ("anak-anak kupu-kupu", ["anak-anak", "kupu-kupu"]),
    ("e-KTP COVID-19 RPJMD 2020-2024", ["ktp", "covid", "19", "rpjmd", "2020", "2024"]),
    # Old spelling.
    ("Djakarta Soekarno Tjikini masjarakat", ["jakarta", "sukarno", "cikini", "masyarakat"]),
    ("Universitit Gadjah Mada", ["universitit", "gajah", "mada"]),
    ("banjir panjang menjadi Nyonya", ["banjir", "panjang", "menjadi", "nyonya"]),
    # OCR noise from real scans.
    ("PRES!DEN REPUBLIK", ["presiden", "republik"]),
    ("NOMOR I1 TAHUN 2OO8", ["nomor", "11", "tahun", "2008"]),
    ("tahun 2Ol7 dan 2O2O", ["tahun", "2017", "2020"]),
    ("pe!aksanaan pasa1 je1as", ["pelaksanaan", "pasal", "jelas"]),
    # Letters and digits that mean what they say stay as they are.
    ("virus H1N1 lulusan S1 penerbitan SP2D", ["virus", "h1n1", "lulusan", "s1", "penerbitan", "sp2d"]),
])
def test_exact_analysis(text, tokens):
    assert exact(text) == tokens


def test_exact_analyzer_does_not_stem():
    assert exact("pengelolaan dikelola") == ["pengelolaan", "dikelola"]
    assert stems("pengelolaan dikelola") == ["kelola", "kelola"]


def test_stem_analyzer_stems_reduplication_and_keeps_numbers():
    assert stems("anak-anak berbalas-balasan UU 14 Tahun 2008") == ["anak", "balas", "uu", "14", "tahun", "2008"]


@pytest.mark.parametrize("text", [
    "PRES!DEN REPIJBUK INDONESIA NOMOR I1 TAHUN 2OO8 tentang anak-anak e-KTP Djawa Jum'at yang 5 a",
    "Pengelolaan anggaran bantuan sosial (bansos) oleh Dinas Sosial Provinsi Jawa Timur, 2020-2024.",
])
def test_both_analyzers_give_one_token_per_word_at_the_same_place(text):
    options = {"positions": True, "chars": True}
    plain = [(t.pos, t.startchar, t.endchar) for t in exact_analyzer()(text, **options)]
    stemmed = [(t.pos, t.startchar, t.endchar) for t in stem_analyzer()(text, **options)]
    assert plain == stemmed
    assert [pos for pos, _, _ in plain] == list(range(len(plain)))


def test_normalise_is_idempotent():
    for word in ("djawa", "2oo8", "pres!den", "pasa1", "soekarno", "tjikini", "h1n1", "anak-anak"):
        assert normalise(normalise(word)) == normalise(word)


def test_analyzers_survive_pickling_into_an_index():
    for analyzer in (exact_analyzer(), stem_analyzer()):
        text = "Pengadaan barang oleh PRES!DEN tahun 2OO8"
        copy = pickle.loads(pickle.dumps(analyzer))
        assert [t.text for t in copy(text)] == [t.text for t in analyzer(text)]


def test_stopwords_are_the_355_list():
    assert len(stopwords()) == 355
    assert {"yang", "dan", "di"} <= stopwords()
    assert not {"tahun", "bulan", "hari", "jumlah"} & stopwords()


def test_synonyms_are_loaded_as_data():
    table = synonyms()
    assert len(table) >= 30
    assert table["bansos"] == ["bantuan sosial"]
    assert table["apbd"] == ["anggaran pendapatan dan belanja daerah"]
    assert set(table["kip"]) == {"keterbukaan informasi publik", "kartu indonesia pintar"}
    for abbreviation, phrases in table.items():
        assert exact(abbreviation) == [abbreviation]
        assert all(exact(phrase) for phrase in phrases)


@pytest.mark.parametrize(("term", "expected"), [
    ("BANSOS", "bantuan sosial"),
    ("Bantuan Sosial", "bansos"),
    ("anggaran pendapatan dan belanja daerah", "apbd"),
    ("Pegawai Pemerintah dengan Perjanjian Kerja", "p3k"),
    ("PPID", "pejabat pengelola informasi dan dokumentasi"),
])
def test_expand_synonyms_works_both_ways(term, expected):
    assert expected in expand_synonyms(term)


def test_citizen_query_reaches_the_document_that_words_it_differently():
    document = "Dana bansos tahun 2024 dikelola sesuai anggaran yang disetujui."
    query = "pengelolaan anggaran bantuan sosial"
    words, roots = set(exact(document)), set(stems(document))
    assert stem("pengelolaan") in roots
    assert "anggaran" in words
    assert "bansos" in words and "bansos" in expand_synonyms("bantuan sosial")
    # What the document lacks is exactly what the synonym supplies.
    assert set(stems(query)) - roots == set(stems("bantuan sosial"))
