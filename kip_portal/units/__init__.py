"""The PPID organisation: the PPID Utama and its PPID Pelaksana."""
