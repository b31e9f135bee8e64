"""The published fee table: copying and delivery only (Perki 1/2021 Pasal 37–38)."""
