"""Uji konsekuensi: the tests behind exempt information, and the exemptions' expiry (Perki 1/2021 Pasal 49–53)."""
