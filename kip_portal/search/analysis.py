"""Indonesian text analysis: tokens, spelling and OCR repair, stopwords, Sastrawi stems and synonyms.

Both analyzers run the same chain, so a query and a document meet on the same tokens:
words (a reduplication such as "anak-anak" is one word, other hyphens split, apostrophes vanish) →
lower case → accents folded → old spelling and OCR noise repaired → the 355 Indonesian stopwords and
single letters removed; the stem analyzer then adds a Sastrawi stem, token for token. Changing a data
file changes tokens: rebuild the index afterwards.
"""
from __future__ import annotations

import functools
import itertools
import re
import string
from pathlib import Path

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from whoosh.analysis import Analyzer
from whoosh.analysis import CharsetFilter
from whoosh.analysis import Filter
from whoosh.analysis import LowercaseFilter
from whoosh.analysis import RegexTokenizer
from whoosh.analysis import StemFilter
from whoosh.analysis import StopFilter
from whoosh.analysis import Token
from whoosh.support.charset import accent_map

DATA_DIR = Path(__file__).with_name("data")

# A word is letters and digits; "!" and "|" inside one are OCR'd letters (PRES!DEN), an apostrophe
# joins Arabic loans (Jum'at = Jumat) and hyphens are sorted out by SplitCompoundsFilter.
TOKEN_PATTERN = r"\w+(?:['’!|-]\w+)*"

# Van Ophuijsen and Soewandi spellings still found in pre-1972 regulations. "nj" (now "ny") is left
# alone: modern "banjir", "panjang", "menjadi" contain it. So is "ch" (now "kh"): in our corpus it is
# mostly English and Dutch loans (machine, indische), and mapping it changed no result on the bench.
OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"))
# What OCR reads instead of 0 and 1 inside numbers: "2OO8", "2Ol7", "I1".
_DIGIT_LOOKALIKES = str.maketrans("oil|!", "01111")
# Which letters a 1, 0, ! or | inside a word may stand for, most likely first.
_LETTER_LOOKALIKES = {"1": "li", "!": "il", "|": "il", "0": "o"}
_SUSPECT = re.compile(r"[0-9'’!|]|oe|dj|tj|sj")


def _read_lines(name: str) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


@functools.cache
def stopwords() -> frozenset[str]:
    """Return the 355 Indonesian function words of ``data/stopwords-id.txt``."""
    return frozenset(_read_lines("stopwords-id.txt"))


@functools.cache
def _protected() -> dict[str, str]:
    overrides = {}
    for line in _read_lines("protected-words.txt"):
        word, _, stem_ = line.partition(" ")
        overrides[word] = stem_.strip() or word
    return overrides


def protected_words() -> frozenset[str]:
    """Return the words Sastrawi must not stem (``data/protected-words.txt``)."""
    return frozenset(_protected())


@functools.cache
def _sastrawi() -> Stemmer:
    # The bare Stemmer, not the factory's CachedStemmer: that one re-normalises every word with two
    # regexes and keeps an unbounded cache; stem() below has a bounded one.
    return Stemmer(ArrayDictionary(StemmerFactory().get_words_from_file()))


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Return the stem of an analysed token (lower case, normalised).

    A protected word maps to its own form or to the stem written beside it in the list, a
    reduplication to the stem of its first half; words with digits or shorter than four letters come
    back unchanged.
    """
    if word in _protected():
        return _protected()[word]
    if "-" in word:  # a reduplication: berbalas-balasan → balas
        return stem(word.split("-", 1)[0])
    if len(word) < 4 or not word.isalpha():
        return word
    return _sastrawi().stem_word(word)


def _is_word(word: str) -> bool:
    return _sastrawi().get_dictionary().contains(word) or word in _protected() or stem(word) != word


def _repair_letters(word: str) -> str:
    """Replace each 1, 0, ! or | inside a word by the letter that makes a known word."""
    spots = [i for i, c in enumerate(word) if c in _LETTER_LOOKALIKES]
    if len(spots) > 3 or sum(c.isalpha() for c in word) < 3:
        return word
    options = [_LETTER_LOOKALIKES[word[i]] for i in spots]
    for letters in itertools.product(*options):
        candidate = list(word)
        for i, letter in zip(spots, letters, strict=True):
            candidate[i] = letter
        if _is_word("".join(candidate)):
            return "".join(candidate)
    # No known word: a lone ! or | is still a letter, a digit may be real (h1n1, rp1, s2).
    return word.replace("!", "i").replace("|", "i")


@functools.lru_cache(maxsize=200_000)
def normalise(word: str) -> str:
    """Return a lower-case token in modern spelling with OCR's digit/letter confusions undone."""
    if "-" in word:
        return "-".join(normalise(part) for part in word.split("-"))
    if not _SUSPECT.search(word):
        return word
    word = word.replace("'", "").replace("’", "")
    if any(c.isdigit() for c in word):
        as_number = word.translate(_DIGIT_LOOKALIKES)
        if as_number.isdigit():
            return as_number
        if any(c not in "01" for c in word if c.isdigit()):
            return word
    if not word.isalpha():
        word = _repair_letters(word)
    if word.isalpha():
        for old, new in OLD_SPELLING:
            word = word.replace(old, new)
    return word


@functools.lru_cache(maxsize=50_000)
def _is_reduplication(word: str) -> bool:
    first, *rest = (normalise(part) for part in word.lower().split("-"))
    if all(part == first for part in rest):
        return True
    return len(rest) == 1 and first.isalpha() and rest[0].isalpha() and stem(first) == stem(rest[0])


class SplitCompoundsFilter(Filter):
    """Keep a reduplication (anak-anak, sebaik-baiknya) as one token; split other hyphenated words.

    A reduplicated plural is one Indonesian word, and counting it twice skews BM25's field lengths
    (the bench measured it); a compound (e-KTP, COVID-19, 2020-2024) must match its parts.
    """

    def __call__(self, tokens):
        shift = 0
        for token in tokens:
            if token.positions:
                token.pos += shift
            if "-" not in token.text or _is_reduplication(token.text):
                yield token
                continue
            parts = token.text.split("-")
            pos = token.pos if token.positions else 0
            start = token.startchar if token.chars else 0
            for i, part in enumerate(parts):
                token.text = part
                if token.positions:
                    token.pos = pos + i
                if token.chars:
                    token.startchar, token.endchar = start, start + len(part)
                    start += len(part) + 1
                yield token
            shift += len(parts) - 1


class NormaliseFilter(Filter):
    """Apply :func:`normalise` to every token; it holds no state, so a pickled schema stays small."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = normalise(token.text)
            yield token


def _chain():
    # Single letters are the "a." "b." of every enumeration; single digits stay (UU 1/2024).
    # "masing-masing", "lain-lain" are stopwords too.
    stoplist = stopwords() | {f"{word}-{word}" for word in stopwords()} | frozenset(string.ascii_lowercase)
    return (RegexTokenizer(TOKEN_PATTERN) | SplitCompoundsFilter() | LowercaseFilter() | CharsetFilter(accent_map)
            | NormaliseFilter() | StopFilter(stoplist=stoplist, minsize=1))


class WordCacheAnalyzer(Analyzer):
    """Run ``chain`` once per distinct word and replay its output for every later occurrence.

    Documents repeat their words: the regulation corpus has 2.8 million tokens but about 100,000 distinct
    words, so caching each word's analysis makes indexing several times faster (bench/search.py) with the
    very same tokens. Positions count emitted tokens, so a removed stopword leaves no gap and a quoted
    phrase matches across it. The cache is per process and is not pickled with the index's schema.
    """

    CACHE_LIMIT = 500_000

    def __init__(self, chain):
        self.chain = chain
        self._words: dict[tuple[str, str], tuple[tuple[str, int, int], ...]] = {}
        self._pattern = re.compile(TOKEN_PATTERN, re.UNICODE)

    def __getstate__(self):
        return {"chain": self.chain}

    def __setstate__(self, state):
        self.__init__(state["chain"])

    def __eq__(self, other):
        return type(other) is type(self) and other.chain == self.chain

    def _analyse(self, word: str, mode: str) -> tuple[tuple[str, int, int], ...]:
        key = (mode, word)
        found = self._words.get(key)
        if found is None:
            found = tuple((t.text, t.startchar, t.endchar) for t in self.chain(word, chars=True, mode=mode))
            if len(self._words) >= self.CACHE_LIMIT:
                self._words.clear()
            self._words[key] = found
        return found

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for match in self._pattern.finditer(value):
            offset = start_char + match.start()
            for text, start, end in self._analyse(match.group(), mode):
                token.text, token.boost, token.stopped = text, 1.0, False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = position
                    position += 1
                if chars:
                    token.startchar, token.endchar = offset + start, offset + end
                yield token


@functools.cache
def exact_analyzer():
    """Return the analyzer of the exact fields: normalised words, stopwords removed, no stemming."""
    return WordCacheAnalyzer(_chain())


@functools.cache
def stem_analyzer():
    """Return the analyzer of the stemmed fields: the exact chain plus :func:`stem`, token for token."""
    return WordCacheAnalyzer(_chain() | StemFilter(stemfn=stem, cachesize=None))


def _key(text: str) -> str:
    return " ".join(token.text for token in exact_analyzer()(text))


@functools.cache
def _synonym_maps() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for line in _read_lines("synonyms.txt"):
        abbreviation, _, expansion = (part.strip().lower() for part in line.partition("="))
        forward.setdefault(_key(abbreviation), []).append(expansion)
        backward.setdefault(_key(expansion), []).append(abbreviation)
    return forward, backward


def synonyms() -> dict[str, list[str]]:
    """Return ``data/synonyms.txt``: each abbreviation (as an exact token) → the phrases it stands for."""
    return _synonym_maps()[0]


def expand_synonyms(term: str) -> list[str]:
    """Return what *term* may also be written as: an abbreviation's phrases, or a phrase's abbreviations.

    *term* is any text ("APBD", "bantuan sosial", "Anggaran Pendapatan dan Belanja Daerah"); it is
    analysed first, so case, stopwords and old spellings do not matter.
    """
    forward, backward = _synonym_maps()
    key = _key(term)
    return forward.get(key, []) + backward.get(key, [])
