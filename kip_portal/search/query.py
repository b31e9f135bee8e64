"""Citizen-friendly search over the index: parsing, ranking, filters, facets, pages and "did you mean"."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from dataclasses import field

from whoosh import query as wq
from whoosh.sorting import Count
from whoosh.sorting import FieldFacet

from kip_portal.search.analysis import exact_analyzer
from kip_portal.search.analysis import expand_synonyms
from kip_portal.search.analysis import stem_analyzer
from kip_portal.search.highlight import QueryTerms
from kip_portal.search.index import SearchIndex

# A query longer than this is cut: nobody types more, and every word costs a posting-list scan.
MAX_QUERY_CHARS = 1000
MAX_WORDS = 12
# Field weights: exact words above stem matches, titles and summaries above body text.
BOOSTS = {"title": 6.0, "title_stem": 3.0, "summary": 2.0, "summary_stem": 1.0, "body": 1.0, "body_stem": 0.5}
# A word in more than this share of a field's entries is not looked for in that field.
COMMON_SHARE = 0.35
# Below this many entries every posting is cheap to score, and pruning would only hurt small DIPs.
PRUNE_FROM_ENTRIES = 500
_PHRASE = re.compile(r'"([^"]+)"')
FACETS = ("category", "unit", "year")


@dataclass
class Word:
    exact: str
    stem: str
    alternatives: list[list[str]] = field(default_factory=list)  # synonyms, each as exact tokens


@dataclass
class ParsedQuery:
    text: str
    words: list[Word]
    phrases: list[list[str]]

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases

    def terms(self) -> QueryTerms:
        exact = {w.exact for w in self.words} | {t for p in self.phrases for t in p}
        exact |= {t for w in self.words for alt in w.alternatives for t in alt}
        return QueryTerms(frozenset(exact), frozenset(w.stem for w in self.words))


def clean(text: str) -> str:
    """Drop control characters and cut the query to a sensible length."""
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def _tokens(analyzer, text: str) -> list[str]:
    return [token.text for token in analyzer(text, mode="query")]


def parse(text: str) -> ParsedQuery:
    """Split a query into quoted phrases and single words; every other character is just text."""
    text = clean(text)
    phrases = [tokens for tokens in (_tokens(exact_analyzer(), p) for p in _PHRASE.findall(text)) if tokens]
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    exact, stems = _tokens(exact_analyzer(), rest), _tokens(stem_analyzer(), rest)
    words, seen = [], set()
    for position, (token, stem) in enumerate(zip(exact, stems, strict=True)):
        if token in seen:
            continue
        seen.add(token)
        words.append(Word(token, stem, _alternatives(exact, position)))
        if len(words) == MAX_WORDS:
            break
    return ParsedQuery(text, words, phrases)


def _alternatives(tokens: list[str], position: int) -> list[list[str]]:
    """Synonyms of the word at ``position``, and of each phrase of 2–6 words starting there.

    "bansos" also matches "bantuan sosial", and "bantuan sosial" also matches "bansos".
    """
    found = []
    for length in range(1, 7):
        if position + length > len(tokens):
            break
        for alternative in expand_synonyms(" ".join(tokens[position:position + length])):
            analysed = _tokens(exact_analyzer(), alternative)
            if analysed and analysed not in found:
                found.append(analysed)
    return found


def _word_query(word: Word, skip: frozenset[tuple[str, str]] = frozenset()) -> wq.Query | None:
    """One word in every field, except the fields ``skip`` names; None if that leaves none."""
    clauses = [wq.Term(name, word.exact, boost=BOOSTS[name]) for name in ("title", "summary", "body")
               if (name, word.exact) not in skip]
    clauses += [wq.Term(f"{name}_stem", word.stem, boost=BOOSTS[f"{name}_stem"])
                for name in ("title", "summary", "body") if (f"{name}_stem", word.stem) not in skip]
    if not clauses:
        return None
    for alternative in word.alternatives:
        for name in ("title", "summary", "body"):
            clauses.append(wq.Phrase(name, alternative, boost=BOOSTS[name]) if len(alternative) > 1
                           else wq.Term(name, alternative[0], boost=BOOSTS[name]))
    return wq.Or(clauses)


def _phrase_query(tokens: list[str]) -> wq.Query:
    if len(tokens) == 1:
        return wq.Or([wq.Term(name, tokens[0], boost=BOOSTS[name]) for name in ("title", "summary", "body")])
    return wq.Or([wq.Phrase(name, tokens, boost=BOOSTS[name]) for name in ("title", "summary", "body")])


def skipped_terms(searcher, parsed: ParsedQuery) -> frozenset[tuple[str, str]]:
    """(field, term) pairs not worth scanning: absent from the field, or, in a large DIP, in more than
    COMMON_SHARE of its entries.

    Scanning a common term's postings is most of a query's cost and adds little to the ranking: such a
    term acts like a stopword particular to this DIP ("peraturan" in a list of regulations).
    """
    prune = searcher.doc_count() >= PRUNE_FROM_ENTRIES
    limit = COMMON_SHARE * searcher.doc_count()
    pairs = {(name, w.exact) for w in parsed.words for name in ("title", "summary", "body")}
    pairs |= {(f"{name}_stem", w.stem) for w in parsed.words for name in ("title", "summary", "body")}
    frequencies = {pair: searcher.doc_frequency(*pair) for pair in pairs}
    return frozenset(pair for pair, n in frequencies.items() if n == 0 or (prune and n > limit))


def build(parsed: ParsedQuery, skip: frozenset[tuple[str, str]] = frozenset()) -> wq.Query:
    """Words are optional (BM25 ranks entries with more of them higher); quoted phrases are required."""
    clauses = [q for q in (_word_query(w, skip) for w in parsed.words) if q is not None]
    if parsed.words and not clauses:  # only common or unknown words: look for them all the same
        clauses = [_word_query(w) for w in parsed.words]
    words = wq.Or(clauses) if clauses else None
    if not parsed.phrases:
        return words if words is not None else wq.NullQuery
    required = wq.And([_phrase_query(p) for p in parsed.phrases])
    return wq.AndMaybe(required, words) if words is not None else required


def filters(*, category: str | None, unit: str | None, year: int | None) -> wq.Query | None:
    terms = [wq.Term(name, value) for name, value in (("category", category), ("unit", unit)) if value]
    if year is not None:
        terms.append(wq.NumericRange("year", year, year))
    return wq.And(terms) if terms else None


@dataclass
class Hit:
    entry_id: int
    title: str
    category: str
    unit: str
    year: int | None
    score: float


@dataclass
class Results:
    query: ParsedQuery
    hits: list[Hit]
    total: int
    page: int
    per_page: int
    facets: dict[str, dict] = field(default_factory=dict)
    suggestion: str | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _facets(results) -> dict[str, dict]:
    return {name: dict(Counter(results.groups(name)).most_common()) for name in FACETS}


def run(index: SearchIndex, text: str, *, category: str | None = None, unit: str | None = None,
        year: int | None = None, page: int = 1, per_page: int = 10) -> Results:
    """Search published entries.

    :raises IndexUnavailable: if the index cannot be read (the caller rebuilds it).
    """
    parsed = parse(text)
    page = max(1, page)
    if parsed.empty:
        return Results(parsed, [], 0, page, per_page)
    only = filters(category=category, unit=unit, year=year)
    grouping = {name: FieldFacet(name, maptype=Count) for name in FACETS}
    with index.searcher() as searcher:
        query = build(parsed, skipped_terms(searcher, parsed))
        results = searcher.search(query, limit=page * per_page, filter=only, groupedby=grouping)
        hits = [Hit(int(h["id"]), h["title"], h["category"], h["unit"], h.get("year"), h.score)
                for h in results[(page - 1) * per_page: page * per_page]]
        total = len(results)
        facets = _facets(results if only is None else searcher.search(query, limit=1, groupedby=grouping))
        suggestion = _suggest(searcher, parsed) if total < 3 else None
    return Results(parsed, hits, total, page, per_page, facets, suggestion)


def _suggest(searcher, parsed: ParsedQuery) -> str | None:
    """Offer the query with its unknown words replaced by the nearest words the DIP contains."""
    replaced, changed = parsed.text, False
    for word in parsed.words:
        known = any(searcher.doc_frequency(name, word.exact) for name in ("title", "summary", "body"))
        if known or not 4 <= len(word.exact) <= 30 or word.exact.isdigit():
            continue
        for name in ("title", "summary"):
            candidates = searcher.suggest(name, word.exact, limit=1, maxdist=2)
            if candidates:
                replaced = re.sub(rf"(?i)\b{re.escape(word.exact)}\b", candidates[0], replaced, count=1)
                changed = True
                break
    return replaced if changed and replaced.lower() != parsed.text.lower() else None


def similar(index: SearchIndex, text: str, *, limit: int = 5, exclude: int | None = None) -> list[Hit]:
    """The published entries most like ``text`` (a request being typed): its most telling words, OR-ed."""
    stems = [t for t in _tokens(stem_analyzer(), clean(text)) if len(t) > 2 and not t.isdigit()]
    if not stems:
        return []
    with index.searcher() as searcher:
        weights = Counter(stems)
        scored = sorted(((n * searcher.idf("body_stem", t), t) for t, n in weights.items()
                         if searcher.doc_frequency("title_stem", t) or searcher.doc_frequency("body_stem", t)),
                        reverse=True)[:12]
        if not scored:
            return []
        query = wq.Or([wq.Or([wq.Term("title_stem", t, boost=3 * w), wq.Term("summary_stem", t, boost=2 * w),
                              wq.Term("body_stem", t, boost=w)]) for w, t in scored])
        results = searcher.search(query, limit=limit + 1)
        hits = [Hit(int(h["id"]), h["title"], h["category"], h["unit"], h.get("year"), h.score) for h in results]
    return [h for h in hits if h.entry_id != exclude][:limit]
