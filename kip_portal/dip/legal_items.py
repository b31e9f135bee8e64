"""The information the law says every body must publish: Perki 1/2021 Pasal 14 ayat 2 (berkala a–k) and
Pasal 21 ayat 1 (setiap saat a–r). An entry names the item it fulfils in ``legal_item``, e.g. "berkala:e"."""
from __future__ import annotations

from dataclasses import dataclass

from kip_portal.i18n import N_


@dataclass(frozen=True)
class LegalItem:
    category: str  # "berkala" or "setiap_saat"
    letter: str
    label: str  # Indonesian, marked for the catalogue: a page shows it with ``_(item.label)``

    @property
    def key(self) -> str:
        return f"{self.category}:{self.letter}"

    @property
    def article(self) -> str:
        if self.category == "berkala":
            return f"Perki 1/2021 Pasal 14 ayat (2) huruf {self.letter}"
        return f"Perki 1/2021 Pasal 21 ayat (1) huruf {self.letter}"


BERKALA = tuple(LegalItem("berkala", letter, label) for letter, label in (
    ("a", N_("Profil badan publik (kedudukan, tugas dan fungsi, struktur, profil pejabat, LHKPN)")),
    ("b", N_("Program dan kegiatan (penanggung jawab, target, jadwal, anggaran, agenda, rekrutmen pegawai)")),
    ("c", N_("Ringkasan informasi tentang kinerja")),
    ("d", N_("Ringkasan laporan keuangan yang telah diaudit")),
    ("e", N_("Ringkasan laporan akses informasi publik")),
    ("f", N_("Peraturan dan kebijakan (rancangan dan yang telah ditetapkan)")),
    ("g", N_("Tata cara permohonan informasi, pengajuan keberatan dan sengketa")),
    ("h", N_("Tata cara pengaduan penyalahgunaan wewenang atau pelanggaran")),
    ("i", N_("Pengadaan barang dan jasa")),
    ("j", N_("Informasi ketenagakerjaan")),
    ("k", N_("Prosedur peringatan dini dan evakuasi keadaan darurat")),
))
SETIAP_SAAT = tuple(LegalItem("setiap_saat", letter, label) for letter, label in (
    ("a", N_("Daftar Informasi Publik")),
    ("b", N_("Peraturan dan kebijakan, beserta rancangan, risalah dan masukan masyarakat")),
    ("c", N_("Organisasi, kepegawaian dan keuangan")),
    ("d", N_("Surat perjanjian dengan pihak ketiga")),
    ("e", N_("Surat menyurat pimpinan dalam rangka tugas pokok dan fungsi")),
    ("f", N_("Persyaratan perizinan, izin yang diterbitkan dan laporan penaatannya")),
    ("g", N_("Data perbendaharaan atau inventaris")),
    ("h", N_("Rencana strategis dan rencana kerja")),
    ("i", N_("Agenda kerja pimpinan")),
    ("j", N_("Informasi kegiatan pelayanan informasi publik")),
    ("k", N_("Jumlah, jenis dan gambaran umum pelanggaran beserta tindak lanjutnya")),
    ("l", N_("Jumlah, jenis dan gambaran umum pelanggaran yang dilaporkan masyarakat beserta tindak lanjutnya")),
    ("m", N_("Daftar serta hasil penelitian")),
    ("n", N_("Undang-undang beserta naskah akademiknya")),
    ("o", N_("Informasi publik lain dalam rapat yang terbuka untuk umum")),
    ("p", N_("Informasi berkala")),
    ("q", N_("Informasi yang dinyatakan terbuka melalui keberatan atau putusan sengketa")),
    ("r", N_("Standar pengumuman informasi (informasi serta merta)")),
))
ALL = BERKALA + SETIAP_SAAT
BY_KEY = {item.key: item for item in ALL}
