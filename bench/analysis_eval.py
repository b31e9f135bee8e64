#!/usr/bin/env python3
"""Measure the Indonesian analysis choices of kip_portal/search/analysis.py on the shared eval set.

    .venv/bin/python bench/analysis_eval.py [--shared ../shared] [--body-chars 20000] [--skip-timing]

Builds one throwaway Whoosh index in a temporary directory over ../shared/data/corpus/peraturan.jsonl
(title and the first --body-chars characters of the text; 0 = all) holding title/body fields for each
analyzer variant, runs the 295 judged queries of ../shared/data/eval/ through a MultifieldParser (OR
group with coordination 0.9, BM25F) for each variant and prints MRR@10, nDCG@10 and recall@10, each with
a paired randomisation p-value against the portal's choice (c). Then it counts the documents some PPID
words reach through the stem field with and without the protected list, and times stemming with and
without caches. Variant (i) runs only where the snowballstemmer package can be imported.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: E402
from whoosh import fields  # noqa: E402
from whoosh.analysis import CharsetFilter  # noqa: E402
from whoosh.analysis import Filter  # noqa: E402
from whoosh.analysis import LowercaseFilter  # noqa: E402
from whoosh.analysis import RegexTokenizer  # noqa: E402
from whoosh.analysis import StandardAnalyzer  # noqa: E402
from whoosh.analysis import StemFilter  # noqa: E402
from whoosh.analysis import StopFilter  # noqa: E402
from whoosh.filedb.filestore import FileStorage  # noqa: E402
from whoosh.qparser import MultifieldParser  # noqa: E402
from whoosh.qparser import OrGroup  # noqa: E402
from whoosh.support.charset import accent_map  # noqa: E402

from kip_portal.search import analysis  # noqa: E402

from evaluation import K  # noqa: E402  (bench/ is on sys.path when a script here runs)
from evaluation import load_eval  # noqa: E402
from evaluation import per_query  # noqa: E402
_sastrawi = StemmerFactory().create_stemmer().delegatedStemmer


# ---- analyzer variants ------------------------------------------------------------------------------

class _Map(Filter):
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, tokens):
        for token in tokens:
            token.text = self.fn(token.text)
            yield token


def _chain(*, normaliser=analysis.NormaliseFilter(), hyphens="portal"):
    stopwords = analysis.stopwords()
    stoplist = stopwords | {f"{w}-{w}" for w in stopwords} | frozenset("abcdefghijklmnopqrstuvwxyz")
    if hyphens == "split":
        chain = RegexTokenizer(r"\w+(?:['’!|]\w+)*")
    else:
        chain = RegexTokenizer(analysis.TOKEN_PATTERN)
        if hyphens == "portal":
            chain = chain | analysis.SplitCompoundsFilter()
    chain = chain | LowercaseFilter() | CharsetFilter(accent_map)
    if normaliser is not None:
        chain = chain | normaliser
    return chain | StopFilter(stoplist=stoplist, minsize=1)


def _unprotected_stem(word):
    return word if len(word) < 4 or not word.isalpha() else _sastrawi.stem_word(word)


def _old_ch(word):
    return analysis.normalise(word).replace("ch", "kh") if word.isalpha() else analysis.normalise(word)


def _analyzers():
    """Name → (exact analyzer, stem analyzer or None)."""
    stem = StemFilter(stemfn=analysis.stem, cachesize=None)
    found = {
        "std": (StandardAnalyzer(), None),
        "portal": (analysis.exact_analyzer(), analysis.stem_analyzer()),
        "noprotect": (None, _chain() | StemFilter(stemfn=_unprotected_stem, cachesize=-1)),
        "nonorm": (_chain(normaliser=None), _chain(normaliser=None) | stem),
        # Every hyphenated word split ("anak-anak" -> "anak anak"), or every one kept whole ("e-ktp").
        "split": (_chain(hyphens="split"), _chain(hyphens="split") | stem),
        "whole": (_chain(hyphens="whole"), _chain(hyphens="whole") | stem),
        # Old "ch" read as "kh" as well.
        "ch": (_chain(normaliser=_Map(_old_ch)), _chain(normaliser=_Map(_old_ch)) | stem),
    }
    try:
        import snowballstemmer  # optional: pip install snowballstemmer
    except ImportError:
        return found
    snowball = snowballstemmer.stemmer("indonesian")
    found["snowball"] = (None, _chain() | StemFilter(stemfn=snowball.stemWord, cachesize=-1))
    return found


def _variants(title_boost=3.0, exact_boost=2.0):
    """Name → field boosts, all queried together."""
    t, e = title_boost, exact_boost
    both = {"portal_title": e * t, "portal_title_stem": t, "portal_body": e, "portal_body_stem": 1.0}

    def like_c(exact, stem):
        return {f"{exact}_title": e * t, f"{stem}_title_stem": t, f"{exact}_body": e, f"{stem}_body_stem": 1.0}

    return {
        "(a) StandardAnalyzer": {"std_title": t, "std_body": 1.0},
        "(b) exact only": {"portal_title": t, "portal_body": 1.0},
        "(c) exact + stem [portal]": both,
        "(d) (c) without protected words": like_c("portal", "noprotect"),
        "(e) (c) with normaliser off": like_c("nonorm", "nonorm"),
        "(f) stem only": {"portal_title_stem": t, "portal_body_stem": 1.0},
        "(g) (c) splitting every hyphenated word": like_c("split", "split"),
        "(g') (c) keeping every hyphenated word whole": like_c("whole", "whole"),
        "(h) (c) with old ch -> kh": like_c("ch", "ch"),
        "(i) (c) with Snowball-id for Sastrawi": like_c("portal", "snowball"),
    }


# ---- corpus, index, queries -------------------------------------------------------------------------

def build_index(directory: str, corpus: Path, body_chars: int, analyzers):
    spec = {"id": fields.ID(stored=True, unique=True)}
    for name, (exact, stem) in analyzers.items():
        for part in ("title", "body"):
            if exact is not None:
                spec[f"{name}_{part}"] = fields.TEXT(analyzer=exact, phrase=False)
            if stem is not None:
                spec[f"{name}_{part}_stem"] = fields.TEXT(analyzer=stem, phrase=False)
    # A directory, not RamStorage: that one pools in the fixed /tmp/MAIN.tmp, which concurrent runs share.
    ix = FileStorage(directory).create_index(fields.Schema(**spec))
    writer = ix.writer(limitmb=1024)
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            body = doc["text"][:body_chars] if body_chars else doc["text"]
            values = {"id": doc["external_id"]}
            for name in spec:
                if name.endswith(("_title", "_title_stem")):
                    values[name] = doc["title"]
                elif name.endswith(("_body", "_body_stem")):
                    values[name] = body
            writer.add_document(**values)
    writer.commit()
    return ix


# Query syntax is not what is measured here: keep words (with their inner ' ! | -) and drop the rest.
_NOT_WORD = re.compile(r"[^\w\s'’!|-]|(?<!\w)[-'’!|]|[-'’!|](?!\w)")


def run(ix, boosts, queries):
    parser = MultifieldParser(list(boosts), ix.schema, fieldboosts=boosts, group=OrGroup.factory(0.9))
    ranked = {}
    with ix.searcher() as searcher:
        for qid, text in queries.items():
            hits = searcher.search(parser.parse(_NOT_WORD.sub(" ", text)), limit=K)
            ranked[qid] = [hit["id"] for hit in hits]
    return ranked


def p_value(a: dict, b: dict, rounds=2_000) -> float:
    """Two-sided paired randomisation test of mean(a) - mean(b)."""
    diffs = [a[q] - b[q] for q in a]
    observed = abs(sum(diffs))
    rng = random.Random(1)
    hits = sum(abs(sum(d if rng.random() < 0.5 else -d for d in diffs)) >= observed - 1e-12 for _ in range(rounds))
    return (hits + 1) / (rounds + 1)


def mean(values: dict) -> float:
    return sum(values.values()) / len(values)


def reach(ix):
    """Show how many documents a word reaches through the stem field, with and without protection."""
    words = ("pengadaan", "keberatan", "pengumuman", "pendapatan", "persetujuan", "pemerintah", "perbankan",
             "penduduk", "satuan", "atasan", "pemasyarakatan", "berkala", "relawan", "penyidikan")
    print("\nDocuments (of 809) whose body a word reaches in the stem field: exact / protected stem / Sastrawi stem")
    with ix.searcher() as searcher:
        for word in words:
            counts = [searcher.doc_frequency(field, text) for field, text in (
                ("portal_body", word), ("portal_body_stem", analysis.stem(word)),
                ("noprotect_body_stem", _unprotected_stem(word)))]
            print(f"  {word:16} {counts[0]:4} {counts[1]:4} {counts[2]:4}  ({_unprotected_stem(word)})")


# ---- stemming speed ---------------------------------------------------------------------------------

def timing(corpus: Path, body_chars: int):
    with open(corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"][:body_chars or None] for _, line in zip(range(200), f)]
    tokens = [t.text for text in texts for t in analysis.exact_analyzer()(text)]
    words = tokens[:100_000]
    print(f"\nStemming speed over {len(words):,} exact tokens of the first 200 documents "
          f"({len(set(words)):,} distinct):")

    def rate(fn, sample):
        start = time.perf_counter()
        for w in sample:
            fn(w)
        return len(sample) / (time.perf_counter() - start)

    cached = StemmerFactory().create_stemmer()
    print(f"  Sastrawi stem_word, no cache        {rate(_sastrawi.stem_word, words[:20_000]):>12,.0f} tokens/s")
    print(f"  Sastrawi CachedStemmer.stem, cold   {rate(cached.stem, words):>12,.0f} tokens/s")
    print(f"  Sastrawi CachedStemmer.stem, warm   {rate(cached.stem, words):>12,.0f} tokens/s")
    analysis.stem.cache_clear()
    print(f"  analysis.stem, cold cache           {rate(analysis.stem, words):>12,.0f} tokens/s")
    print(f"  analysis.stem, warm cache           {rate(analysis.stem, words):>12,.0f} tokens/s")
    text = " ".join(texts)
    for name, analyzer in (("exact", analysis.exact_analyzer()), ("stem", analysis.stem_analyzer())):
        start = time.perf_counter()
        n = sum(1 for _ in analyzer(text))
        print(f"  whole {name} analyzer (warm caches)  {n / (time.perf_counter() - start):>12,.0f} tokens/s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--body-chars", type=int, default=20_000, help="characters of text indexed per doc; 0 = all")
    parser.add_argument("--title-boost", type=float, default=3.0)
    parser.add_argument("--exact-boost", type=float, default=2.0)
    parser.add_argument("--skip-timing", action="store_true")
    args = parser.parse_args()
    corpus = args.shared / "data/corpus/peraturan.jsonl"

    start = time.perf_counter()
    scratch = tempfile.TemporaryDirectory(prefix="kip-analysis-eval-")
    ix = build_index(scratch.name, corpus, args.body_chars, _analyzers())
    print(f"Indexed {ix.doc_count()} documents x {len(ix.schema.names()) - 1} fields "
          f"(body cut to {args.body_chars or 'all'} chars) in {time.perf_counter() - start:.0f} s")
    queries, qrels = load_eval(args.shared)
    queries = {q: t for q, t in queries.items() if q in qrels}

    variants = {name: boosts for name, boosts in _variants(args.title_boost, args.exact_boost).items()
                if all(field in ix.schema for field in boosts)}
    for t in (1.0, 2.0, 5.0):
        variants[f"(c) with title boost {t:g}"] = _variants(t, args.exact_boost)["(c) exact + stem [portal]"]
    for e in (1.0, 3.0):
        variants[f"(c) with exact boost {e:g}"] = _variants(args.title_boost, e)["(c) exact + stem [portal]"]

    print(f"\n{len(queries)} queries, top {K}; title boost {args.title_boost:g}, exact boost {args.exact_boost:g}; "
          "p = paired randomisation test against (c)")
    print(f"{'variant':44} {'MRR@10':>7} {'p':>6} {'nDCG@10':>8} {'p':>6} {'R@10':>6}")
    scores = {name: per_query(run(ix, boosts, queries), qrels) for name, boosts in variants.items()}
    base = scores["(c) exact + stem [portal]"]
    for name, (rr, ndcg, recall) in scores.items():
        print(f"{name:44} {mean(rr):7.3f} {p_value(rr, base[0]):6.3f} {mean(ndcg):8.3f} "
              f"{p_value(ndcg, base[1]):6.3f} {mean(recall):6.3f}")
    reach(ix)
    ix.close()
    scratch.cleanup()
    if not args.skip_timing:
        timing(corpus, args.body_chars)


if __name__ == "__main__":
    main()
