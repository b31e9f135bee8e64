"""Snippets: the passage of a long text that best matches the query, with the matching words marked."""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup
from markupsafe import escape

from kip_portal.search.analysis import exact_analyzer
from kip_portal.search.analysis import stem_analyzer

SNIPPET_CHARS = 260
# Nasal prefixes drop the root's first letter (kelola → pengelolaan, pakai → memakai), so a root is also
# looked for without it when finding candidate passages.
_DROPPED_INITIALS = "kpts"
_MAX_MATCHES = 5000


@dataclass(frozen=True)
class QueryTerms:
    exact: frozenset[str]
    stems: frozenset[str]

    @property
    def empty(self) -> bool:
        return not self.exact and not self.stems

    def pattern(self) -> re.Pattern | None:
        """A loose regex for passages that may contain a term; the analyzers then decide exactly."""
        roots = set(self.exact) | set(self.stems)
        roots |= {s[1:] for s in self.stems if len(s) > 4 and s[0] in _DROPPED_INITIALS}
        roots = {r for r in roots if len(r) >= 2}
        if not roots:
            return None
        alternatives = sorted((re.escape(r) for r in roots), key=len, reverse=True)
        return re.compile("|".join(alternatives), re.IGNORECASE)


def _best_window(text: str, terms: QueryTerms, width: int) -> tuple[int, int] | None:
    """Find the window of ``width`` characters holding the most distinct candidate matches."""
    pattern = terms.pattern()
    if pattern is None:
        return None
    hits = []
    for number, match in enumerate(pattern.finditer(text)):
        if number >= _MAX_MATCHES:
            break
        hits.append((match.start(), match.group(0).lower()))
    if not hits:
        return None
    best, best_score, left = (hits[0][0], hits[0][0]), 0, 0
    counts: dict[str, int] = {}
    for position, word in hits:
        counts[word] = counts.get(word, 0) + 1
        while position - hits[left][0] > width:
            gone = hits[left][1]
            counts[gone] -= 1
            if not counts[gone]:
                del counts[gone]
            left += 1
        if len(counts) > best_score:
            best_score, best = len(counts), (hits[left][0], position)
    return best


def _expand(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    """Centre the matched span in a window of about ``width`` characters, cut at word boundaries."""
    slack = max(0, width - (end - start)) // 2
    start, end = max(0, start - slack), min(len(text), end + slack + (width // 4))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    if end < len(text):
        space = text.rfind(" ", end - 30, end)
        end = space if space > 0 else end
    return start, end


def mark(passage: str, terms: QueryTerms) -> Markup:
    """Escape ``passage`` and wrap each word matching the query (exactly or by its stem) in <mark>."""
    spans = set()
    for analyzer, wanted in ((exact_analyzer(), terms.exact), (stem_analyzer(), terms.stems)):
        if wanted:
            spans.update((t.startchar, t.endchar) for t in analyzer(passage, chars=True, mode="index")
                         if t.text in wanted)
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        out.append(escape(passage[cursor:start]))
        out.append(Markup("<mark>") + escape(passage[start:end]) + Markup("</mark>"))
        cursor = end
    out.append(escape(passage[cursor:]))
    return Markup("").join(out)


def snippet(texts: list[str], terms: QueryTerms, *, width: int = SNIPPET_CHARS) -> Markup:
    """The best-matching passage of the first text that matches, marked; else the opening of the first text."""
    texts = [" ".join(t.split()) for t in texts if t and t.strip()]
    if not texts:
        return Markup("")
    for text in texts:
        window = _best_window(text, terms, width) if not terms.empty else None
        if window is not None:
            start, end = _expand(text, *window, width)
            passage = text[start:end]
            marked = mark(passage, terms)
            if "<mark>" in marked:
                return (Markup("… ") if start else Markup("")) + marked + (Markup(" …") if end < len(text) else "")
    first = texts[0]
    cut = first[:width].rsplit(" ", 1)[0] if len(first) > width else first
    return escape(cut) + (Markup(" …") if len(first) > width else Markup(""))
