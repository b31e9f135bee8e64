"""Reading the letters of UU 14/2008 Pasal 17 out of a legal basis typed by an officer."""
from __future__ import annotations

import re

# "Pasal 17 huruf h", "Pasal 17 huruf c dan huruf h", "pasal 17 huruf b, d": Pasal 17 lists its exemptions
# under letters a–j. Other articles ("Pasal 6 ayat (3) huruf c") and other laws cite none.
_PASAL_17 = re.compile(r"pasal\s*17\s+huruf\s+([a-j])\b((?:\s*(?:,|dan|atau|serta|&)\s*(?:huruf\s+)?[a-j]\b)*)",
                       re.IGNORECASE)
_LETTER = re.compile(r"\b([a-j])\b", re.IGNORECASE)


def pasal_17_letters(basis: str) -> list[str]:
    """The letters of Pasal 17 ``basis`` cites, in order, once each: "Pasal 17 huruf b dan h; UU 27/2022" → [b, h].

    The dashboard and the annual report group refusals by these letters, so both read them here."""
    letters: list[str] = []
    for match in _PASAL_17.finditer(basis or ""):
        for letter in [match.group(1), *_LETTER.findall(match.group(2))]:
            if letter.lower() not in letters:
                letters.append(letter.lower())
    return letters
