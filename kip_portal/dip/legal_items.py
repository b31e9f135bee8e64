"""The information the law says every body must publish: Perki 1/2021 Pasal 14 ayat 2 (berkala a–k) and
Pasal 21 ayat 1 (setiap saat a–r). An entry names the item it fulfils in ``legal_item``, e.g. "berkala:e"."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LegalItem:
    category: str  # "berkala" or "setiap_saat"
    letter: str
    label: str

    @property
    def key(self) -> str:
        return f"{self.category}:{self.letter}"

    @property
    def article(self) -> str:
        if self.category == "berkala":
            return f"Perki 1/2021 Pasal 14 ayat (2) huruf {self.letter}"
        return f"Perki 1/2021 Pasal 21 ayat (1) huruf {self.letter}"


BERKALA = tuple(LegalItem("berkala", letter, label) for letter, label in (
    ("a", "Profil badan publik (kedudukan, tugas dan fungsi, struktur, profil pejabat, LHKPN)"),
    ("b", "Program dan kegiatan (penanggung jawab, target, jadwal, anggaran, agenda, rekrutmen pegawai)"),
    ("c", "Ringkasan informasi tentang kinerja"),
    ("d", "Ringkasan laporan keuangan yang telah diaudit"),
    ("e", "Ringkasan laporan akses informasi publik"),
    ("f", "Peraturan dan kebijakan (rancangan dan yang telah ditetapkan)"),
    ("g", "Tata cara permohonan informasi, pengajuan keberatan dan sengketa"),
    ("h", "Tata cara pengaduan penyalahgunaan wewenang atau pelanggaran"),
    ("i", "Pengadaan barang dan jasa"),
    ("j", "Informasi ketenagakerjaan"),
    ("k", "Prosedur peringatan dini dan evakuasi keadaan darurat"),
))
SETIAP_SAAT = tuple(LegalItem("setiap_saat", letter, label) for letter, label in (
    ("a", "Daftar Informasi Publik"),
    ("b", "Peraturan dan kebijakan, beserta rancangan, risalah dan masukan masyarakat"),
    ("c", "Organisasi, kepegawaian dan keuangan"),
    ("d", "Surat perjanjian dengan pihak ketiga"),
    ("e", "Surat menyurat pimpinan dalam rangka tugas pokok dan fungsi"),
    ("f", "Persyaratan perizinan, izin yang diterbitkan dan laporan penaatannya"),
    ("g", "Data perbendaharaan atau inventaris"),
    ("h", "Rencana strategis dan rencana kerja"),
    ("i", "Agenda kerja pimpinan"),
    ("j", "Informasi kegiatan pelayanan informasi publik"),
    ("k", "Jumlah, jenis dan gambaran umum pelanggaran beserta tindak lanjutnya"),
    ("l", "Jumlah, jenis dan gambaran umum pelanggaran yang dilaporkan masyarakat beserta tindak lanjutnya"),
    ("m", "Daftar serta hasil penelitian"),
    ("n", "Undang-undang beserta naskah akademiknya"),
    ("o", "Informasi publik lain dalam rapat yang terbuka untuk umum"),
    ("p", "Informasi berkala"),
    ("q", "Informasi yang dinyatakan terbuka melalui keberatan atau putusan sengketa"),
    ("r", "Standar pengumuman informasi (informasi serta merta)"),
))
ALL = BERKALA + SETIAP_SAAT
BY_KEY = {item.key: item for item in ALL}
