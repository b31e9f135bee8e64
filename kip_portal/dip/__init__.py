"""The Daftar Informasi Publik: entries in the four statutory categories, public and staff pages."""
