"""Formal information requests (UU 14/2008 Pasal 22; Perki 1/2021 Pasal 27–36)."""
