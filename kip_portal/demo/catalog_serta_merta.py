"""Demo DIP entries: informasi serta merta (Perki 1/2021 Pasal 19), announced without delay."""
from __future__ import annotations

SERTA_MERTA = [
    {
        "external_id": "demo-sertamerta-001", "category": "serta_merta", "unit": "UPT-PSTW-LAMONGAN", "year": 2024,
        "title": "Banjir Luapan Bengawan Solo dan Evakuasi Sementara Penerima Manfaat Lansia",
        "summary": "Pengumuman banjir yang menggenangi kompleks UPT PSTW Lamongan, pemindahan sementara lansia ke "
                   "gedung aula lantai dua, dan kontak posko informasi keluarga.",
        "holder": "Subbagian Tata Usaha UPT PSTW Lamongan", "responsible": "Kepala UPT PSTW Lamongan",
        "produced_at": "2024-03-05", "produced_place": "Lamongan",
        "formats": "softcopy;hardcopy", "retention": "2 tahun",
        "files": ["pengumuman-banjir-pstw-lamongan-2024.txt"],
    },
    {
        "external_id": "demo-sertamerta-002", "category": "serta_merta", "unit": "DINSOS", "year": 2025,
        "title": "Erupsi Gunung Semeru: Lokasi Posko Pengungsian dan Bantuan Logistik Dinas Sosial",
        "summary": "Daftar posko pengungsian dan dapur umum di Kabupaten Lumajang, jenis bantuan logistik yang "
                   "disalurkan, serta nomor kontak Tagana dan posko Dinas Sosial.",
        "holder": "Bidang Perlindungan dan Jaminan Sosial", "responsible": "Kepala Dinas Sosial",
        "produced_at": "2025-11-20", "produced_place": "Lumajang",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["posko-bantuan-erupsi-semeru-2025.html"],
    },
    {
        "external_id": "demo-sertamerta-003", "category": "serta_merta", "unit": "DINSOS", "year": 2025,
        "title": "Banjir dan Tanah Longsor Kabupaten Trenggalek dan Ponorogo: Penyaluran Bantuan Logistik",
        "summary": "Rekap penyaluran bantuan logistik dari gudang buffer stock Dinas Sosial ke kabupaten terdampak "
                   "banjir dan tanah longsor: permakanan, selimut, tenda, dan perlengkapan keluarga.",
        "holder": "Bidang Perlindungan dan Jaminan Sosial", "responsible": "Kepala Dinas Sosial",
        "produced_at": "2025-02-26", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["bantuan-logistik-banjir-longsor-2025.xlsx"],
    },
    {
        "external_id": "demo-sertamerta-004", "category": "serta_merta", "unit": "UPT-PSTW-BOJONEGORO", "year": 2024,
        "title": "Peningkatan Kasus Infeksi Saluran Pernapasan Akut pada Penerima Manfaat Lansia",
        "summary": "Pemberitahuan peningkatan kasus ISPA di wisma lansia, pembatasan kunjungan keluarga sementara, "
                   "dan langkah penanganan bersama Puskesmas setempat.",
        "holder": "Seksi Pelayanan Sosial UPT PSTW Bojonegoro", "responsible": "Kepala UPT PSTW Bojonegoro",
        "produced_at": "2024-01-15", "produced_place": "Bojonegoro",
        "formats": "softcopy;hardcopy", "retention": "2 tahun",
        "files": ["pengumuman-ispa-pstw-bojonegoro-2024.docx"],
    },
    {
        "external_id": "demo-sertamerta-005", "category": "serta_merta", "unit": "UPT-PSAA-TULUNGAGUNG", "year": 2025,
        "title": "Dugaan Keracunan Makanan pada Anak Asuh setelah Konsumsi Makanan Kiriman",
        "summary": "Kronologi dugaan keracunan makanan, jumlah anak yang dirawat, pengambilan sampel makanan oleh "
                   "Dinas Kesehatan, dan ketentuan sementara penerimaan donasi makanan matang.",
        "holder": "Seksi Pelayanan Sosial UPT PSAA Tulungagung", "responsible": "Kepala UPT PSAA Tulungagung",
        "produced_at": "2025-09-18", "produced_place": "Tulungagung",
        "formats": "softcopy;hardcopy", "retention": "2 tahun",
        "files": ["pengumuman-keracunan-makanan-psaa-tulungagung.odt"],
    },
    {
        "external_id": "demo-sertamerta-006", "category": "serta_merta", "unit": "UPT-RSBG-KEDIRI", "year": 2025,
        "title": "Gangguan Pasokan Air Bersih karena Perbaikan Pipa Transmisi PDAM",
        "summary": "Jadwal gangguan aliran air bersih, penyediaan tandon dan mobil tangki air, serta pengaturan "
                   "kebutuhan mandi dan dapur bagi penerima manfaat.",
        "holder": "Subbagian Tata Usaha UPT RSBG Kediri", "responsible": "Kepala UPT RSBG Kediri",
        "produced_at": "2025-07-08", "produced_place": "Kediri",
        "formats": "softcopy;hardcopy", "retention": "1 tahun",
        "files": ["pengumuman-gangguan-air-rsbg-kediri.txt"],
    },
    {
        "external_id": "demo-sertamerta-007", "category": "serta_merta", "unit": "UPT-PSPA-BATU", "year": 2026,
        "title": "Peringatan Cuaca Ekstrem dan Penundaan Kegiatan Luar Ruang",
        "summary": "Peringatan dini cuaca ekstrem dari BMKG untuk wilayah Malang Raya, penundaan kegiatan outbound "
                   "anak petirahan, dan langkah siaga longsor di area lereng.",
        "holder": "Subbagian Tata Usaha UPT PSPA Batu", "responsible": "Kepala UPT PSPA Batu",
        "produced_at": "2026-01-19", "produced_place": "Batu",
        "formats": "softcopy", "retention": "1 tahun",
        "files": ["peringatan-cuaca-ekstrem-pspa-batu.html"],
    },
    {
        "external_id": "demo-sertamerta-008", "category": "serta_merta", "unit": "UPT-RSBD-PASURUAN", "year": 2025,
        "title": "Kebakaran Dapur Asrama: Kronologi, Penanganan, dan Relokasi Sementara",
        "summary": "Kronologi kebakaran dapur asrama, tidak adanya korban jiwa, relokasi sementara layanan makan, "
                   "dan langkah pemeriksaan instalasi gas dan listrik.",
        "holder": "Subbagian Tata Usaha UPT RSBD Pasuruan", "responsible": "Kepala UPT RSBD Pasuruan",
        "produced_at": "2025-10-02", "produced_place": "Pasuruan",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "files": ["kebakaran-dapur-rsbd-pasuruan-2025.docx"],
    },
    {
        "external_id": "demo-sertamerta-009", "category": "serta_merta", "unit": "UPT-PSTW-MAGETAN", "year": 2026,
        "title": "Pemadaman Listrik Terencana PLN dan Kesiapan Genset",
        "summary": "Jadwal pemadaman listrik terencana oleh PLN UP3 Madiun, pengoperasian genset untuk alat kesehatan "
                   "dan ruang isolasi, serta penyesuaian jadwal kegiatan lansia.",
        "holder": "Subbagian Tata Usaha UPT PSTW Magetan", "responsible": "Kepala UPT PSTW Magetan",
        "produced_at": "2026-03-11", "produced_place": "Magetan",
        "formats": "hardcopy", "retention": "1 tahun",
        "files": [],
    },
    {
        "external_id": "demo-sertamerta-010", "category": "serta_merta", "unit": "UPT-PSBR-TUBAN", "year": 2025,
        "title": "Kasus Skabies di Asrama Putra dan Langkah Penanggulangan",
        "summary": "Pemberitahuan kasus skabies (kudis) di asrama putra, pengobatan massal bersama Puskesmas, "
                   "pencucian perlengkapan tidur, dan pembatasan sementara penerimaan penerima manfaat baru.",
        "holder": "Seksi Pelayanan Sosial UPT PSBR Tuban", "responsible": "Kepala UPT PSBR Tuban",
        "produced_at": "2025-05-06", "produced_place": "Tuban",
        "formats": "softcopy;hardcopy", "retention": "2 tahun",
        "files": ["pengumuman-skabies-psbr-tuban.odt"],
    },
]
