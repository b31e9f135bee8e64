"""The Pasal 17 letters read out of a typed legal basis: the dashboard and the annual report group refusals by them."""
from __future__ import annotations

import pytest

from kip_portal.exemptions.basis import pasal_17_letters


@pytest.mark.parametrize(("basis", "letters"), [
    ("UU 14/2008 Pasal 17 huruf h; UU 27/2022", ["h"]),
    ("Pasal 17 huruf b dan huruf h UU 14/2008", ["b", "h"]),
    ("pasal 17 huruf c, e dan j", ["c", "e", "j"]),
    ("pasal 17 huruf b, d UU 14/2008", ["b", "d"]),
    ("Pasal 17 huruf h angka 2 UU 14/2008", ["h"]),
    ("Pasal 17 huruf a atau huruf a", ["a"]),
    ("Pasal 17 huruf h; Pasal 17 huruf b", ["h", "b"]),
    ("UU 27/2022 Pasal 4 huruf a", []),
    ("Pasal 6 ayat (3) huruf c UU 14/2008", []),
    ("Pasal 170 huruf a KUHP", []),
    ("", []),
])
def test_the_letters_of_pasal_17_a_basis_cites(basis, letters):
    assert pasal_17_letters(basis) == letters
