"""Keberatan: the requester's objection to the Atasan PPID (UU 14/2008 Pasal 35–36; Perki 1/2021 Pasal 39–44)."""
