"""The statutory registers of requests (Perki 1/2021 Lampiran VIII) and keberatan (Lampiran XI), with exports."""
