"""Sengketa: a case the requester took to the Komisi Informasi (UU 14/2008 Pasal 37–38; Perki 1/2013)."""
