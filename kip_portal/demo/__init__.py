"""Demo organisation and DIP of Dinas Sosial Provinsi Jawa Timur (demo data, not official)."""
