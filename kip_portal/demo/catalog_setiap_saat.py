"""Demo DIP entries: informasi tersedia setiap saat (Perki 1/2021 Pasal 21 ayat (1) huruf a-r)."""
from __future__ import annotations

SETIAP_SAAT = [
    {
        "external_id": "demo-setiapsaat-001", "category": "setiap_saat", "unit": "DINSOS", "year": 2026,
        "title": "Daftar Informasi Publik (DIP) Dinas Sosial Provinsi Jawa Timur Tahun 2026",
        "summary": "Daftar seluruh informasi publik yang dikuasai Dinas Sosial dan UPT, memuat ringkasan isi, "
                   "pejabat yang menguasai, penanggung jawab, waktu dan tempat pembuatan, bentuk, dan retensi.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2026-01-26", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["dip-dinsos-jatim-2026.xlsx"],
    },
    {
        "external_id": "demo-setiapsaat-002", "category": "setiap_saat", "unit": "DINSOS", "year": 2024,
        "title": "Peraturan Keterbukaan Informasi Publik: UU 14/2008, Perki 1/2021, dan Perki 1/2013",
        "summary": "Salinan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, Peraturan Komisi "
                   "Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, dan Peraturan Komisi "
                   "Informasi Nomor 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2024-01-08", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "Permanen",
        "files": [
            "uu-14-tahun-2008-keterbukaan-informasi-publik.pdf",
            "perki-1-tahun-2021-standar-layanan-informasi-publik.pdf",
            "perki-1-tahun-2013-prosedur-penyelesaian-sengketa-informasi-publik.pdf",
        ],
    },
    {
        "external_id": "demo-setiapsaat-003", "category": "setiap_saat", "unit": "DINSOS", "year": 2024,
        "title": "Kumpulan Peraturan terkait Pelayanan Publik",
        "summary": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik sebagai dasar standar pelayanan dan "
                   "maklumat pelayanan, serta contoh peraturan menteri tentang standar layanan dan kompensasi "
                   "kepada pengguna layanan yang dipakai sebagai bahan pembanding.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2024-02-12", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "Permanen",
        "files": [
            "uu-25-tahun-2009-pelayanan-publik.pdf",
            "pm-89-tahun-2015-penanganan-keterlambatan-penerbangan.pdf",
        ],
    },
    {
        "external_id": "demo-setiapsaat-004", "category": "setiap_saat", "unit": "DINSOS", "year": 2024,
        "title": "Peraturan terkait Hubungan dengan Media: UU 40/1999 tentang Pers",
        "summary": "Salinan Undang-Undang Nomor 40 Tahun 1999 tentang Pers yang menjadi acuan layanan informasi dan "
                   "hak jawab dalam hubungan Dinas Sosial dengan media massa.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2024-02-12", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "Permanen",
        "files": ["uu-40-tahun-1999-pers.pdf"],
    },
    {
        "external_id": "demo-setiapsaat-005", "category": "setiap_saat", "unit": "DINSOS", "year": 2025,
        "title": "Keputusan Penetapan Daftar Informasi yang Dikecualikan beserta Acuan Perubahannya",
        "summary": "Penetapan daftar informasi yang dikecualikan berdasarkan uji konsekuensi. Terlampir salinan "
                   "Keputusan Sekretaris Jenderal Kementerian Perhubungan Nomor KP-SKJ 24 Tahun 2024 tentang "
                   "perubahan informasi yang dikecualikan yang dipakai sebagai acuan format penetapan.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2025-03-17", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["kp-skj-24-tahun-2024-perubahan-informasi-yang-dikecualikan.pdf"],
    },
    {
        "external_id": "demo-setiapsaat-006", "category": "setiap_saat", "unit": "DINSOS", "year": 2025,
        "title": "Keputusan Kepala Dinas tentang PPID Utama dan PPID Pelaksana di Lingkungan Dinas Sosial",
        "summary": "Surat keputusan penetapan Atasan PPID, PPID, PPID Pelaksana pada 30 UPT, dan petugas layanan "
                   "informasi beserta uraian tugasnya.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Kepala Dinas Sosial",
        "produced_at": "2025-01-06", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["sk-ppid-dinsos-2025.docx"],
    },
    {
        "external_id": "demo-setiapsaat-007", "category": "setiap_saat", "unit": "UPT-RSBN-MALANG", "year": 2025,
        "title": "Daftar Perjanjian Kerja Sama UPT RSBN Malang dengan Pihak Ketiga",
        "summary": "Daftar perjanjian kerja sama dengan rumah sakit, perguruan tinggi, dan mitra usaha pijat "
                   "refleksi: pihak, ruang lingkup, jangka waktu, dan status perjanjian.",
        "holder": "Subbagian Tata Usaha UPT RSBN Malang", "responsible": "Kepala UPT RSBN Malang",
        "produced_at": "2025-06-23", "produced_place": "Batu",
        "formats": "softcopy;hardcopy", "retention": "5 tahun setelah perjanjian berakhir",
        "files": ["daftar-pks-rsbn-malang-2025.xlsx"],
    },
]

SETIAP_SAAT += [
    {
        "external_id": "demo-setiapsaat-008", "category": "setiap_saat", "unit": "DINSOS", "year": 2025,
        "title": "Rencana Strategis (Renstra) Dinas Sosial Provinsi Jawa Timur 2025-2029",
        "summary": "Tujuan, sasaran, strategi, arah kebijakan, indikator kinerja, dan pendanaan indikatif Dinas "
                   "Sosial untuk periode 2025-2029 yang selaras dengan RPJMD Provinsi Jawa Timur.",
        "holder": "Subbagian Perencanaan, Evaluasi, dan Pelaporan", "responsible": "Kepala Dinas Sosial",
        "produced_at": "2025-07-14", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Permanen",
        "files": ["renstra-dinsos-2025-2029.odt"],
    },
    {
        "external_id": "demo-setiapsaat-009", "category": "setiap_saat", "unit": "DINSOS", "year": 2025,
        "title": "Rencana Kerja (Renja) Dinas Sosial Tahun 2026",
        "summary": "Rencana program, kegiatan, subkegiatan, target, dan pagu indikatif Tahun 2026 hasil "
                   "Forum Perangkat Daerah dan Musrenbang Provinsi.",
        "holder": "Subbagian Perencanaan, Evaluasi, dan Pelaporan", "responsible": "Kepala Dinas Sosial",
        "produced_at": "2025-08-29", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "files": ["renja-dinsos-2026.docx"],
    },
    {
        "external_id": "demo-setiapsaat-010", "category": "setiap_saat", "unit": "DINSOS", "year": 2026,
        "title": "Agenda Kegiatan Kepala Dinas Sosial Bulan Februari 2026",
        "summary": "Jadwal rapat, kunjungan kerja ke UPT dan kabupaten/kota, serta acara publik Kepala Dinas Sosial "
                   "selama bulan Februari 2026.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2026-01-30", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "1 tahun",
        "files": ["agenda-kepala-dinas-2026-02.html"],
    },
    {
        "external_id": "demo-setiapsaat-011", "category": "setiap_saat", "unit": "DINSOS", "year": 2026,
        "title": "Rekapitulasi Jumlah Penerima Manfaat Layanan Seluruh UPT Tahun 2025",
        "summary": "Data agregat jumlah penerima manfaat dalam dan luar panti per UPT menurut jenis layanan dan jenis "
                   "kelamin, tanpa data pribadi.",
        "holder": "Bidang Rehabilitasi Sosial", "responsible": "Kepala Bidang Rehabilitasi Sosial",
        "produced_at": "2026-01-14", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "10 tahun",
        "files": ["rekap-penerima-manfaat-upt-2025.xlsx"],
    },
    {
        "external_id": "demo-setiapsaat-012", "category": "setiap_saat", "unit": "UPT-PSTW-JEMBER", "year": 2025,
        "title": "Data Agregat Lansia Penerima Layanan menurut Kelompok Umur dan Jenis Kelamin Tahun 2025",
        "summary": "Jumlah lansia penerima layanan dalam panti dan home care UPT PSTW Jember menurut kelompok umur, "
                   "jenis kelamin, dan tingkat kemandirian.",
        "holder": "Seksi Pelayanan Sosial UPT PSTW Jember", "responsible": "Kepala UPT PSTW Jember",
        "produced_at": "2025-12-29", "produced_place": "Jember",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["data-agregat-lansia-pstw-jember-2025.odt"],
    },
    {
        "external_id": "demo-setiapsaat-013", "category": "setiap_saat", "unit": "UPT-RSBN-MALANG", "year": 2024,
        "title": "Standar Operasional Prosedur Rehabilitasi Sosial Penyandang Disabilitas Netra",
        "summary": "Tahapan pendekatan awal, asesmen, rencana intervensi, bimbingan orientasi mobilitas dan braille, "
                   "resosialisasi, hingga terminasi dan bimbingan lanjut.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSBN Malang", "responsible": "Kepala UPT RSBN Malang",
        "produced_at": "2024-06-17", "produced_place": "Batu",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["sop-rehabilitasi-rsbn-malang.docx"],
    },
    {
        "external_id": "demo-setiapsaat-014", "category": "setiap_saat", "unit": "UPT-PSAB-SIDOARJO", "year": 2024,
        "title": "SOP Pengasuhan Balita Terlantar dan Rujukan Pengangkatan Anak",
        "summary": "Prosedur penerimaan balita terlantar, pengasuhan sementara, penelusuran keluarga, dan rujukan "
                   "proses pengangkatan anak sesuai ketentuan Kementerian Sosial.",
        "holder": "Seksi Pelayanan Sosial UPT PSAB Sidoarjo", "responsible": "Kepala UPT PSAB Sidoarjo",
        "produced_at": "2024-04-22", "produced_place": "Sidoarjo",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["sop-pengasuhan-psab-sidoarjo.txt"],
    },
    {
        "external_id": "demo-setiapsaat-015", "category": "setiap_saat", "unit": "UPT-PSTW-JEMBER", "year": 2025,
        "title": "Maklumat Pelayanan UPT PSTW Jember",
        "summary": "Janji layanan UPT PSTW Jember: dasar hukum, persyaratan, waktu, biaya (tanpa pungutan), "
                   "jaminan layanan, dan mekanisme evaluasi serta pengaduan.",
        "holder": "Subbagian Tata Usaha UPT PSTW Jember", "responsible": "Kepala UPT PSTW Jember",
        "produced_at": "2025-01-13", "produced_place": "Jember",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["maklumat-pelayanan-pstw-jember.html"],
    },
    {
        "external_id": "demo-setiapsaat-016", "category": "setiap_saat", "unit": "DINSOS", "year": 2024,
        "title": "Standar Biaya Salinan Informasi Publik",
        "summary": "Besaran biaya penggandaan dan pengiriman salinan informasi publik, cara pembayaran, dan "
                   "ketentuan layanan tanpa biaya untuk salinan elektronik.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2024-02-05", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["standar-biaya-salinan-informasi.txt"],
    },
]

SETIAP_SAAT += [
    {
        "external_id": "demo-setiapsaat-017", "category": "setiap_saat", "unit": "UPT-PSBR-JOMBANG", "year": 2026,
        "title": "Hasil Survei Kepuasan Masyarakat UPT PSBR Jombang Semester II Tahun 2025",
        "summary": "Nilai indeks kepuasan masyarakat per unsur pelayanan berdasarkan PermenPAN-RB Nomor 14 Tahun 2017, "
                   "jumlah responden, dan rencana tindak lanjut perbaikan layanan.",
        "holder": "Subbagian Tata Usaha UPT PSBR Jombang", "responsible": "Kepala UPT PSBR Jombang",
        "produced_at": "2026-01-09", "produced_place": "Jombang",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["survei-kepuasan-psbr-jombang-2025.xlsx"],
    },
    {
        "external_id": "demo-setiapsaat-018", "category": "setiap_saat", "unit": "UPT-DIKLATKESOS-MALANG", "year": 2024,
        "title": "Laporan Kajian Evaluasi Pascapelatihan Pendamping Sosial Tahun 2024",
        "summary": "Hasil kajian penerapan materi pelatihan oleh alumni pendamping sosial di kabupaten/kota, "
                   "temuan utama, dan rekomendasi perbaikan kurikulum.",
        "holder": "Seksi Penyelenggaraan Diklat UPT Diklat Kesos Malang",
        "responsible": "Kepala UPT Diklat Kesos Malang",
        "produced_at": "2024-12-09", "produced_place": "Malang",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "files": ["kajian-evaluasi-pascapelatihan-2024.odt"],
    },
    {
        "external_id": "demo-setiapsaat-019", "category": "setiap_saat", "unit": "DINSOS", "year": 2024,
        "title": "Standar Pengumuman Informasi Serta Merta",
        "summary": "Ketentuan isi pengumuman informasi serta merta: potensi bahaya, pihak terdampak, prosedur "
                   "evakuasi, bantuan, pejabat yang mengumumkan, saluran pengumuman, dan tindak lanjut.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2024-04-01", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["standar-pengumuman-serta-merta.odt"],
    },
    {
        "external_id": "demo-setiapsaat-020", "category": "setiap_saat", "unit": "UPT-PSTW-BANYUWANGI", "year": 2025,
        "title": "Informasi yang Dibuka atas Keputusan Keberatan: Rekap Penyaluran Bantuan Permakanan Lansia",
        "summary": "Rekap agregat penyaluran bantuan permakanan lansia luar panti per kecamatan yang semula ditolak "
                   "dan kemudian dibuka berdasarkan tanggapan Atasan PPID atas keberatan pemohon.",
        "holder": "Seksi Pelayanan Sosial UPT PSTW Banyuwangi", "responsible": "Kepala UPT PSTW Banyuwangi",
        "produced_at": "2025-10-27", "produced_place": "Banyuwangi",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["informasi-dibuka-keberatan-pstw-banyuwangi-2025.html"],
    },
    {
        "external_id": "demo-setiapsaat-021", "category": "setiap_saat", "unit": "UPT-PSAA-GRESIK", "year": 2025,
        "title": "Surat Kepala UPT PSAA Gresik tentang Koordinasi Rujukan Anak Terlantar",
        "summary": "Surat Kepala UPT kepada Dinas Sosial Kabupaten Gresik mengenai mekanisme rujukan, kuota "
                   "penerimaan, dan kelengkapan berkas anak terlantar yang dirujuk ke panti.",
        "holder": "Subbagian Tata Usaha UPT PSAA Gresik", "responsible": "Kepala UPT PSAA Gresik",
        "produced_at": "2025-05-26", "produced_place": "Gresik",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "files": ["surat-koordinasi-rujukan-psaa-gresik-2025.txt"],
    },
    {
        "external_id": "demo-setiapsaat-022", "category": "setiap_saat", "unit": "UPT-PSTW-PASURUAN", "year": 2026,
        "title": "Jadwal Layanan, Kunjungan Keluarga, dan Kegiatan Harian Lansia UPT PSTW Pasuruan",
        "summary": "Jam layanan kantor, jadwal kunjungan keluarga, kegiatan harian lansia, dan tata tertib pengunjung.",
        "holder": "Seksi Pelayanan Sosial UPT PSTW Pasuruan", "responsible": "Kepala UPT PSTW Pasuruan",
        "produced_at": "2026-01-02", "produced_place": "Pasuruan",
        "formats": "softcopy;hardcopy", "retention": "1 tahun",
        "files": ["jadwal-kunjungan-pstw-pasuruan.html"],
    },
    {
        "external_id": "demo-setiapsaat-023", "category": "setiap_saat", "unit": "UPT-PRSMP-SURABAYA", "year": 2026,
        "title": "Rekapitulasi Pengaduan Masyarakat dan Tindak Lanjutnya Tahun 2025",
        "summary": "Jumlah pengaduan masyarakat yang diterima UPT PRSMP Surabaya menurut kanal dan pokok aduan, "
                   "status penyelesaian, serta tindak lanjut perbaikan layanan.",
        "holder": "Subbagian Tata Usaha UPT PRSMP Surabaya", "responsible": "Kepala UPT PRSMP Surabaya",
        "produced_at": "2026-01-20", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["rekap-pengaduan-prsmp-surabaya-2025.docx"],
    },
    {
        "external_id": "demo-setiapsaat-024", "category": "setiap_saat", "unit": "UPT-RSBW-KEDIRI", "year": 2025,
        "title": "Daftar Inventaris Barang Milik Daerah UPT RSBW Kediri",
        "summary": "Daftar barang inventaris menurut kode barang, jumlah, tahun perolehan, nilai perolehan, dan "
                   "kondisi per 31 Desember 2025.",
        "holder": "Pengurus Barang UPT RSBW Kediri", "responsible": "Kepala UPT RSBW Kediri",
        "produced_at": "2025-12-31", "produced_place": "Kediri",
        "formats": "softcopy", "retention": "10 tahun",
        "files": ["inventaris-bmd-rsbw-kediri-2025.xlsx"],
    },
]

SETIAP_SAAT += [
    {
        "external_id": "demo-setiapsaat-025", "category": "setiap_saat", "unit": "UPT-PSTA-MALANG", "year": 2025,
        "title": "Data Agregat Anak Penerima Layanan Taman Anak menurut Kelompok Usia Tahun 2025",
        "summary": "Jumlah anak penerima layanan pengasuhan dan pendidikan anak usia dini menurut kelompok usia "
                   "dan jenis kelamin, tanpa data pribadi.",
        "holder": "Seksi Pelayanan Sosial UPT PSTA Malang", "responsible": "Kepala UPT PSTA Malang",
        "produced_at": "2025-12-22", "produced_place": "Malang",
        "formats": "hardcopy", "retention": "5 tahun",
        "files": [],
    },
    {
        "external_id": "demo-setiapsaat-026", "category": "setiap_saat", "unit": "UPT-RSEK-TUBAN", "year": 2025,
        "title": "Data Agregat Klien Eks Penderita Kusta dan Keluarga Binaan Tahun 2025",
        "summary": "Jumlah klien eks penderita kusta dalam panti dan keluarga binaan di perkampungan rehabilitasi "
                   "menurut jenis layanan dan tingkat kecacatan, tanpa data pribadi.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSEK Tuban", "responsible": "Kepala UPT RSEK Tuban",
        "produced_at": "2025-12-15", "produced_place": "Tuban",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["data-agregat-klien-rsek-tuban-2025.txt"],
    },
    {
        "external_id": "demo-setiapsaat-027", "category": "setiap_saat", "unit": "UPT-PSTW-LAMONGAN", "year": 2024,
        "title": "SOP Penerimaan dan Terminasi Penerima Manfaat Lansia UPT PSTW Lamongan",
        "summary": "Persyaratan rujukan, asesmen awal, masa orientasi, serta prosedur terminasi dan pemulangan "
                   "lansia kepada keluarga.",
        "holder": "Seksi Pelayanan Sosial UPT PSTW Lamongan", "responsible": "Kepala UPT PSTW Lamongan",
        "produced_at": "2024-07-15", "produced_place": "Lamongan",
        "formats": "hardcopy", "retention": "Selama berlaku",
        "files": [],
    },
    {
        "external_id": "demo-setiapsaat-028", "category": "setiap_saat", "unit": "UPT-RSKN-MOJOKERTO", "year": 2025,
        "title": "SOP Rehabilitasi Sosial Korban Penyalahgunaan NAPZA (Rawat Inap dan Rawat Jalan)",
        "summary": "Alur penerimaan, asesmen, program Therapeutic Community, konseling, vokasional, dan bimbingan "
                   "lanjut bagi korban penyalahgunaan NAPZA.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSKN Mojokerto", "responsible": "Kepala UPT RSKN Mojokerto",
        "produced_at": "2025-02-17", "produced_place": "Mojokerto",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["sop-rehabilitasi-napza-rskn-mojokerto.docx"],
    },
    {
        "external_id": "demo-setiapsaat-029", "category": "setiap_saat", "unit": "UPT-RSBRW-PROBOLINGGO", "year": 2025,
        "title": "Hasil Penelitian Penggunaan BISINDO dalam Layanan Rehabilitasi Sosial",
        "summary": "Ringkasan penelitian kerja sama dengan perguruan tinggi tentang efektivitas penggunaan Bahasa "
                   "Isyarat Indonesia (BISINDO) dalam bimbingan sosial penyandang disabilitas rungu wicara.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSBRW Probolinggo", "responsible": "Kepala UPT RSBRW Probolinggo",
        "produced_at": "2025-09-29", "produced_place": "Probolinggo",
        "formats": "softcopy", "retention": "10 tahun",
        "files": ["hasil-penelitian-bisindo-rsbrw-probolinggo.html"],
    },
]

SETIAP_SAAT += [
    {
        "external_id": "demo-setiapsaat-030", "category": "setiap_saat", "unit": "UPT-PSTW-MAGETAN", "year": 2025,
        "title": "Standar Pelayanan Home Care Lansia UPT PSTW Magetan",
        "summary": "Persyaratan, prosedur, jangka waktu, biaya (tanpa pungutan), produk layanan, dan penanganan "
                   "pengaduan layanan perawatan lansia di rumah.",
        "holder": "Seksi Pelayanan Sosial UPT PSTW Magetan", "responsible": "Kepala UPT PSTW Magetan",
        "produced_at": "2025-02-24", "produced_place": "Magetan",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["standar-pelayanan-home-care-pstw-magetan.docx"],
    },
    {
        "external_id": "demo-setiapsaat-031", "category": "setiap_saat", "unit": "UPT-DIKLATKESOS-MALANG", "year": 2026,
        "title": "Kalender Pendidikan dan Pelatihan Kesejahteraan Sosial Tahun 2026",
        "summary": "Jadwal, sasaran peserta, durasi, dan kuota pelatihan bagi pendamping sosial, Tagana, pekerja "
                   "sosial masyarakat, dan pengelola lembaga kesejahteraan sosial.",
        "holder": "Seksi Penyelenggaraan Diklat UPT Diklat Kesos Malang",
        "responsible": "Kepala UPT Diklat Kesos Malang",
        "produced_at": "2026-01-07", "produced_place": "Malang",
        "formats": "softcopy", "retention": "2 tahun",
        "files": ["kalender-diklat-kesos-2026.xlsx"],
    },
]
