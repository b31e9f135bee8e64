#!/usr/bin/env python3
"""Benchmark the portal's search against SQLite FTS5 and SQL LIKE on the shared regulation corpus.

    .venv/bin/python bench/search.py [--shared ../shared] [--passages 100000] [--like-queries 295]

One run: imports ../shared/data/corpus/peraturan.jsonl through `flask import-dip`, builds our Whoosh index
(1 and 2 writer processes), an FTS5 table and uses the SQL table for LIKE, runs the 295 judged queries of
../shared/data/eval/ on each, and prints indexing speed, warm query latency (p50/p95) and relevance (MRR@10,
nDCG@10, recall@10). Then it splits the corpus into >= 100k passages and measures how latency grows.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import text as sa_text  # noqa: E402

from kip_portal import create_app  # noqa: E402
from kip_portal.extensions import db  # noqa: E402
from kip_portal.search import query as search_query  # noqa: E402
from kip_portal.search import services as search  # noqa: E402
from kip_portal.search.index import IndexedEntry  # noqa: E402
from kip_portal.search.index import SearchIndex  # noqa: E402
from kip_portal.units.models import Unit  # noqa: E402
from kip_portal.units.models import UnitKind  # noqa: E402

from evaluation import K  # noqa: E402  (bench/ is on sys.path when a script here runs)
from evaluation import load_eval  # noqa: E402
from evaluation import relevance  # noqa: E402



# ---- latency ------------------------------------------------------------------------------------------

def latency(run, queries: list[str]) -> tuple[float, float]:
    """Warm p50/p95 in ms: every query once to warm caches, then timed."""
    for text in queries:
        run(text)
    times = []
    for text in queries:
        start = time.perf_counter()
        run(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


# ---- baselines ------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_build(path: Path, docs: list[tuple[str, str, str]]) -> float:
    connection = sqlite3.connect(path)
    connection.execute("CREATE VIRTUAL TABLE fts USING fts5(key UNINDEXED, title, body, "
                       "tokenize='unicode61 remove_diacritics 2')")
    start = time.perf_counter()
    connection.executemany("INSERT INTO fts (key, title, body) VALUES (?, ?, ?)", docs)
    connection.commit()
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def fts5_search(connection: sqlite3.Connection, text: str, mode: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)][:32]
    if not words:
        return []
    expression = f" {mode} ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = connection.execute("SELECT key FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 0, 5.0, 1.0) LIMIT ?",
                              (expression, K)).fetchall()
    return [row[0] for row in rows]


def like_phrase_search(connection: sqlite3.Connection, text: str) -> list[str]:
    """What most PPID portals do: the whole query as one LIKE pattern on title and text."""
    rows = connection.execute(
        f"SELECT external_id FROM dip_entries WHERE title LIKE ? OR text LIKE ? ORDER BY id LIMIT {K}",
        (f"%{text}%", f"%{text}%")).fetchall()
    return [row[0] for row in rows]


def like_search(connection: sqlite3.Connection, text: str) -> list[str]:
    """A generous LIKE: each word matched on its own, titles counted five times, ranked by matches."""
    words = [w for w in _WORD.findall(text.lower()) if len(w) > 2][:12]
    if not words:
        return []
    score = " + ".join(["(CASE WHEN title LIKE ? THEN 5 ELSE 0 END) + (CASE WHEN text LIKE ? THEN 1 ELSE 0 END)"]
                       * len(words))
    params = [p for w in words for p in (f"%{w}%", f"%{w}%")]
    rows = connection.execute(
        f"SELECT external_id, {score} AS s FROM dip_entries WHERE s > 0 ORDER BY s DESC, id LIMIT {K}", params
    ).fetchall()
    return [row[0] for row in rows]


# ---- the run --------------------------------------------------------------------------------------------

def top_ten(index: SearchIndex, text: str) -> list[int]:
    """Our query without the total count and facets: what Whoosh can skip when only the top matters."""
    parsed = search_query.parse(text)
    with index.searcher() as searcher:
        query = search_query.build(parsed, search_query.skipped_terms(searcher, parsed))
        return [int(hit["id"]) for hit in searcher.search(query, limit=K)]


def prepare_corpus(shared: Path, work: Path) -> tuple[Path, list[dict]]:
    rows = []
    with open(shared / "data/corpus/peraturan.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            row["unit"] = "BENCH"
            rows.append(row)
    path = work / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path, rows


def report(name: str, figures: dict) -> None:
    print(f"  {name:<28}" + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                       for k, v in figures.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--passages", type=int, default=100_000, help="minimum passages for the scale run")
    parser.add_argument("--like-queries", type=int, default=295, help="queries for the (slow) LIKE baseline")
    parser.add_argument("--scale-queries", type=int, default=100, help="queries timed at the passage scale")
    args = parser.parse_args()
    queries, qrels = load_eval(args.shared)
    qids = [q for q in queries if q in qrels]
    texts = [queries[q] for q in qids]

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{work / 'kip.sqlite'}", "SECRET_KEY": "bench",
                          "DOCUMENTS_DIR": str(work / "documents"), "INDEX_DIR": str(work / "index"),
                          "PASSWORD_HASH_METHOD": "scrypt:1024:8:1"}, instance_path=str(work / "instance"))
        with app.app_context():
            upgrade()
            db.session.add(Unit(code="BENCH", name="Korpus peraturan (benchmark)", kind=UnitKind.UTAMA))
            db.session.commit()
            corpus_path, rows = prepare_corpus(args.shared, work)
            megabytes = sum(len((r.get("title") or "") + (r.get("text") or "")) for r in rows) / 1e6
            print(f"Corpus: {len(rows)} regulations, {megabytes:.1f} MB of text; {len(qids)} judged queries.")

            start = time.perf_counter()
            result = app.test_cli_runner().invoke(args=["import-dip", str(corpus_path)])
            print(f"import-dip (with the index built once at the end): {time.perf_counter() - start:.1f} s; "
                  f"{result.output.strip().splitlines()[-1]}")

            print("\nIndexing the whole corpus")
            for procs in (1, 2):
                start = time.perf_counter()
                search.rebuild(procs=procs)
                elapsed = time.perf_counter() - start
                report(f"Whoosh (ours), {procs} proc", {"docs/s": f"{len(rows) / elapsed:.0f}",
                                                        "MB/s": f"{megabytes / elapsed:.2f}", "s": f"{elapsed:.1f}"})
            docs = [(r["external_id"], r.get("title") or "", r.get("text") or "") for r in rows]
            elapsed = fts5_build(work / "fts.sqlite", docs)
            report("SQLite FTS5", {"docs/s": f"{len(rows) / elapsed:.0f}", "MB/s": f"{megabytes / elapsed:.2f}",
                                   "s": f"{elapsed:.1f}"})

            entry_key = dict(db.session.execute(sa_text("SELECT id, external_id FROM dip_entries")).all())
            index = search.search_index()
            # One-entry update: what a PPID officer waits for after saving an entry.
            some_id = next(iter(entry_key))
            start = time.perf_counter()
            search.update_entries([some_id])
            print(f"  one-entry update: {(time.perf_counter() - start) * 1000:.0f} ms")

            print(f"\nRelevance and warm latency, top {K}")
            ours = {q: [entry_key[h.entry_id] for h in search_query.run(index, queries[q], per_page=K).hits]
                    for q in qids}
            p50, p95 = latency(lambda t: search_query.run(index, t, per_page=K), texts)
            report("Whoosh (ours), index only", {**relevance(ours, qrels), "p50 ms": p50, "p95 ms": p95})
            p50, p95 = latency(lambda t: search.search(t, per_page=K), texts)
            report("Whoosh (ours), full page", {"p50 ms": p50, "p95 ms": p95, "(with DB and snippets)": ""})

            fts = sqlite3.connect(work / "fts.sqlite")
            for mode in ("OR", "AND"):
                ranked = {q: fts5_search(fts, queries[q], mode) for q in qids}
                p50, p95 = latency(lambda t, m=mode: fts5_search(fts, t, m), texts)
                report(f"FTS5 bm25 5:1, {mode}", {**relevance(ranked, qrels), "p50 ms": p50, "p95 ms": p95})

            sql = sqlite3.connect(work / "kip.sqlite")
            ranked = {q: like_phrase_search(sql, queries[q]) for q in qids}
            p50, p95 = latency(lambda t: like_phrase_search(sql, t), texts[:30])
            report("SQL LIKE, whole query", {**relevance(ranked, qrels), "p50 ms": p50, "p95 ms": p95})
            like_ids = qids[: args.like_queries]
            ranked = {q: like_search(sql, queries[q]) for q in like_ids}
            p50, p95 = latency(lambda t: like_search(sql, t), [queries[q] for q in like_ids[:30]])
            report(f"SQL LIKE per word ({len(like_ids)} q)",
                   {**relevance(ranked, {q: qrels[q] for q in like_ids}), "p50 ms": p50, "p95 ms": p95})

            print(f"\nScale: the corpus split into >= {args.passages} passages")
            words = [(r["external_id"], (r.get("text") or "").split()) for r in rows]
            total_words = sum(len(w) for _, w in words)
            size = max(20, total_words // args.passages)
            passages = [IndexedEntry(id=n, title=rows[i]["title"] or "", summary="",
                                     body=" ".join(ws[p:p + size]), category="setiap_saat", unit="BENCH",
                                     year=rows[i].get("year"))
                        for n, (i, (_, ws), p) in enumerate(
                            (i, w, p) for i, w in enumerate(words) for p in range(0, len(w[1]), size))]
            print(f"  {len(passages)} passages of {size} words")
            big = SearchIndex(work / "index-passages")
            start = time.perf_counter()
            big.rebuild(iter(passages), procs=2)
            elapsed = time.perf_counter() - start
            report("Whoosh (ours), 2 procs", {"passages/s": f"{len(passages) / elapsed:.0f}", "s": f"{elapsed:.1f}"})
            sample = texts[: args.scale_queries]
            p50, p95 = latency(lambda t: search_query.run(big, t, per_page=K), sample)
            matched = statistics.mean(search_query.run(big, t, per_page=K).total for t in sample)
            report("Whoosh (ours), full query", {"p50 ms": p50, "p95 ms": p95,
                                                 "matched/query": f"{matched:.0f}"})
            p50, p95 = latency(lambda t: top_ten(big, t), sample)
            report("Whoosh (ours), top-10 only", {"p50 ms": p50, "p95 ms": p95, "(no count, no facets)": ""})
            elapsed = fts5_build(work / "fts-passages.sqlite",
                                 [(str(p.id), p.title, p.body) for p in passages])
            report("FTS5, build", {"passages/s": f"{len(passages) / elapsed:.0f}", "s": f"{elapsed:.1f}"})
            fts_big = sqlite3.connect(work / "fts-passages.sqlite")
            for mode in ("OR", "AND"):
                p50, p95 = latency(lambda t, m=mode: fts5_search(fts_big, t, m), sample)
                report(f"FTS5 {mode}, query", {"p50 ms": p50, "p95 ms": p95})


if __name__ == "__main__":
    main()
