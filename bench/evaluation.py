"""The shared judged queries and the relevance measures every search benchmark reports."""
from __future__ import annotations

import math
from pathlib import Path

K = 10


def load_eval(shared: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Read ../shared/data/eval: queries by id, and the relevant documents (external ids) of each."""
    queries, qrels = {}, {}
    with open(shared / "data/eval/peraturan_citetitle_dev_queries.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            qid, text = line.rstrip("\n").split("\t", 1)
            queries[qid] = text
    with open(shared / "data/eval/peraturan_citetitle_dev_qrels.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            qid, _, doc, rel = line.split()
            if int(rel) > 0:
                qrels.setdefault(qid, set()).add(doc)
    return queries, qrels


def per_query(ranked: dict[str, list[str]], qrels: dict[str, set[str]]):
    """Reciprocal rank, nDCG@K and recall@K of each judged query."""
    rr, ndcg, recall = {}, {}, {}
    for qid, relevant in qrels.items():
        docs = ranked.get(qid, [])[:K]
        rr[qid] = next((1.0 / (i + 1) for i, d in enumerate(docs) if d in relevant), 0.0)
        dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(docs) if d in relevant)
        ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(relevant), K)))
        ndcg[qid] = dcg / ideal
        recall[qid] = len(relevant & set(docs)) / len(relevant)
    return rr, ndcg, recall


def relevance(ranked: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict[str, float]:
    """MRR@10, nDCG@10 and recall@10 over all judged queries."""
    rr, ndcg, recall = per_query(ranked, qrels)
    n = len(qrels)
    return {"MRR@10": sum(rr.values()) / n, "nDCG@10": sum(ndcg.values()) / n, "recall@10": sum(recall.values()) / n}
