"""The annual public-information service report (UU 14/2008 Pasal 12; Perki 1/2021 Pasal 56–58)."""
