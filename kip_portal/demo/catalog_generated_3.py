"""Content of the generated demo files of the informasi setiap saat entries (demo data, not official)."""
from __future__ import annotations

GENERATED_3 = {
    "dip-dinsos-jatim-2026.xlsx": {
        "title": "Daftar Informasi Publik Dinas Sosial Jatim 2026",
        "paragraphs": [
            "Daftar Informasi Publik (DIP) Dinas Sosial Provinsi Jawa Timur ditetapkan dengan Keputusan PPID atas "
            "persetujuan Atasan PPID dan dimutakhirkan paling sedikit setiap enam bulan.",
            "Lembar ini memuat cuplikan DIP dengan kolom sesuai Lampiran I Peraturan Komisi Informasi Nomor 1 Tahun "
            "2021. Daftar lengkap tersedia dan dapat dicari pada portal PPID.",
        ],
        "table": [
            ["No", "Ringkasan Isi Informasi", "Pejabat/Unit yang Menguasai", "Penanggung Jawab",
             "Waktu dan Tempat Pembuatan", "Bentuk Informasi", "Retensi"],
            [1, "Profil Dinas Sosial Provinsi Jawa Timur", "Subbagian Umum dan Kepegawaian",
             "Sekretaris Dinas Sosial", "2025, Surabaya", "Softcopy dan hardcopy", "Selama berlaku"],
            [2, "Program, kegiatan, dan anggaran TA 2025", "Subbagian Perencanaan, Evaluasi, dan Pelaporan",
             "Sekretaris Dinas Sosial", "2025, Surabaya", "Softcopy dan hardcopy", "5 tahun"],
            [3, "Ringkasan laporan keuangan TA 2024 (audited)", "Subbagian Keuangan", "Sekretaris Dinas Sosial",
             "2025, Surabaya", "Softcopy dan hardcopy", "10 tahun"],
            [4, "Rencana Umum Pengadaan TA 2026", "Pejabat Pembuat Komitmen", "Kepala Dinas Sosial",
             "2026, Surabaya", "Softcopy", "5 tahun"],
            [5, "Prosedur evakuasi UPT PSTW Jember", "Subbagian Tata Usaha UPT PSTW Jember",
             "Kepala UPT PSTW Jember", "2024, Jember", "Softcopy dan hardcopy", "Selama berlaku"],
            [6, "Renstra Dinas Sosial 2025-2029", "Subbagian Perencanaan, Evaluasi, dan Pelaporan",
             "Kepala Dinas Sosial", "2025, Surabaya", "Softcopy dan hardcopy", "Permanen"],
            [7, "Maklumat pelayanan UPT PSTW Jember", "Subbagian Tata Usaha UPT PSTW Jember",
             "Kepala UPT PSTW Jember", "2025, Jember", "Softcopy dan hardcopy", "Selama berlaku"],
            [8, "Standar biaya salinan informasi publik", "Sekretariat PPID", "PPID Dinas Sosial",
             "2024, Surabaya", "Softcopy dan hardcopy", "Selama berlaku"],
        ],
    },
    "sk-ppid-dinsos-2025.docx": {
        "title": "Keputusan Kepala Dinas Sosial tentang PPID dan PPID Pelaksana di Lingkungan Dinas Sosial",
        "paragraphs": [
            "Menimbang bahwa untuk melaksanakan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
            "Publik dan Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik, "
            "perlu menetapkan Pejabat Pengelola Informasi dan Dokumentasi di lingkungan Dinas Sosial.",
            "KESATU: Menetapkan Sekretaris Dinas Sosial sebagai Atasan PPID dan Kepala Subbagian Umum dan "
            "Kepegawaian sebagai PPID Dinas Sosial Provinsi Jawa Timur.",
            "KEDUA: Menetapkan Kepala Subbagian Tata Usaha pada masing-masing UPT sebagai PPID Pelaksana yang "
            "bertugas mengelola dan melayani informasi publik di unitnya serta mengusulkan pemutakhiran DIP.",
            "KETIGA: Keputusan ini mulai berlaku pada tanggal ditetapkan. Ditetapkan di Surabaya pada tanggal "
            "6 Januari 2025 oleh Kepala Dinas Sosial Provinsi Jawa Timur.",
        ],
        "table": [
            ["Kedudukan", "Jabatan"],
            ["Atasan PPID", "Sekretaris Dinas Sosial"],
            ["PPID", "Kepala Subbagian Umum dan Kepegawaian"],
            ["PPID Pelaksana (30 UPT)", "Kepala Subbagian Tata Usaha UPT"],
            ["Petugas Layanan Informasi", "Pranata Humas dan Arsiparis"],
        ],
    },
    "daftar-pks-rsbn-malang-2025.xlsx": {
        "title": "Perjanjian Kerja Sama UPT RSBN Malang 2025",
        "paragraphs": [
            "Daftar perjanjian kerja sama UPT Rehabilitasi Sosial Bina Netra Malang dengan pihak ketiga yang "
            "berlaku pada Tahun 2025. Salinan naskah perjanjian dapat dimohonkan melalui PPID Pelaksana.",
        ],
        "table": [
            ["Mitra", "Ruang Lingkup", "Mulai", "Berakhir", "Status"],
            ["Rumah Sakit Mata daerah (demo)", "Pemeriksaan dan rujukan kesehatan mata", "2024-03-01",
             "2027-02-28", "Berlaku"],
            ["Universitas negeri di Malang (demo)", "Praktik kerja mahasiswa pekerjaan sosial dan psikologi",
             "2025-01-15", "2028-01-14", "Berlaku"],
            ["Asosiasi panti pijat tunanetra (demo)", "Magang dan penyaluran kerja alumni", "2023-07-01",
             "2025-06-30", "Diperpanjang"],
            ["Perusahaan teknologi pembaca layar (demo)", "Pelatihan komputer bicara", "2025-04-01",
             "2026-03-31", "Berlaku"],
        ],
    },
    "renstra-dinsos-2025-2029.odt": {
        "title": "Rencana Strategis Dinas Sosial Provinsi Jawa Timur 2025-2029",
        "paragraphs": [
            "Renstra Dinas Sosial 2025-2029 disusun sebagai penjabaran RPJMD Provinsi Jawa Timur pada urusan "
            "sosial, dengan tujuan meningkatkan kualitas hidup dan kemandirian Pemerlu Pelayanan Kesejahteraan "
            "Sosial (PPKS).",
            "Strategi utama meliputi penguatan layanan rehabilitasi sosial berbasis keluarga dan komunitas, "
            "pemutakhiran data terpadu kesejahteraan sosial, perlindungan sosial adaptif bencana, serta "
            "graduasi keluarga penerima manfaat dari kemiskinan.",
            "Pendanaan indikatif dihitung berdasarkan kapasitas fiskal daerah dan dapat disesuaikan melalui "
            "Rencana Kerja tahunan.",
        ],
        "table": [
            ["Indikator Tujuan", "Kondisi Awal 2024", "Target 2027", "Target 2029"],
            ["Persentase PPKS yang terlayani dalam panti (%)", 92.5, 95, 97],
            ["Persentase korban bencana terpenuhi kebutuhan dasar (%)", 100, 100, 100],
            ["KPM graduasi mandiri (keluarga)", 18400, 24000, 30000],
            ["Indeks kepuasan masyarakat layanan UPT", 86.2, 88, 90],
        ],
    },
    "renja-dinsos-2026.docx": {
        "title": "Rencana Kerja Dinas Sosial Provinsi Jawa Timur Tahun 2026",
        "paragraphs": [
            "Renja Tahun 2026 merupakan tahun kedua pelaksanaan Renstra 2025-2029 dan disusun melalui Forum "
            "Perangkat Daerah yang melibatkan Dinas Sosial kabupaten/kota, perguruan tinggi, dan lembaga "
            "kesejahteraan sosial.",
            "Prioritas 2026: revitalisasi wisma lansia di tiga UPT Tresna Werdha, perluasan layanan home care, "
            "penguatan lumbung sosial di daerah rawan bencana, dan pemutakhiran data penerima bantuan.",
        ],
        "table": [
            ["Program", "Target Kinerja 2026", "Pagu Indikatif (Rp)"],
            ["Penunjang Urusan Pemerintahan Daerah", "Nilai SAKIP 81", 191200000000],
            ["Pemberdayaan Sosial", "13.000 PSKS diberdayakan", 43500000000],
            ["Rehabilitasi Sosial", "4.800 PPKS dilayani dalam panti", 326750000000],
            ["Perlindungan dan Jaminan Sosial", "100% korban bencana terlayani", 61400000000],
            ["Penanganan Fakir Miskin", "52.000 KPM PKH Plus", 132800000000],
        ],
    },
}

GENERATED_3.update({
    "agenda-kepala-dinas-2026-02.html": {
        "title": "Agenda Kegiatan Kepala Dinas Sosial Provinsi Jawa Timur Februari 2026",
        "paragraphs": [
            "Agenda berikut adalah kegiatan terjadwal Kepala Dinas Sosial yang terbuka untuk diketahui publik. "
            "Agenda dapat berubah sewaktu-waktu menyesuaikan penugasan Gubernur.",
            "Media yang akan meliput kegiatan dapat berkoordinasi dengan Sekretariat PPID, telepon (031) 8290794.",
        ],
        "table": [
            ["Tanggal", "Kegiatan", "Tempat"],
            ["3 Februari 2026", "Rapat koordinasi pemutakhiran data penerima bantuan dengan Dinas Sosial "
             "kabupaten/kota", "Surabaya"],
            ["6 Februari 2026", "Kunjungan kerja ke UPT PSTW Magetan (rencana revitalisasi wisma)", "Magetan"],
            ["11 Februari 2026", "Rapat kerja dengan Komisi E DPRD Provinsi Jawa Timur", "Surabaya"],
            ["17 Februari 2026", "Penyerahan bantuan alat bantu disabilitas", "Pasuruan"],
            ["24 Februari 2026", "Apel siaga Tagana menghadapi puncak musim hujan", "Sidoarjo"],
        ],
    },
    "rekap-penerima-manfaat-upt-2025.xlsx": {
        "title": "Rekap Penerima Manfaat UPT 2025",
        "paragraphs": [
            "Jumlah penerima manfaat yang dilayani 30 UPT Dinas Sosial Provinsi Jawa Timur selama Tahun 2025 "
            "menurut jenis layanan dan jenis kelamin (L = laki-laki, P = perempuan).",
            "Angka merupakan jumlah orang yang dilayani sepanjang tahun, sehingga dapat melebihi kapasitas "
            "tempat tidur pada UPT dengan layanan berjangka pendek. Data agregat tanpa data pribadi.",
        ],
        "table": [
            ["UPT", "Jenis Layanan", "L", "P", "Jumlah"],
            ["UPT PSTW Jember", "Lansia", 48, 62, 110],
            ["UPT PSTW Banyuwangi", "Lansia", 41, 54, 95],
            ["UPT PSTW Bojonegoro", "Lansia", 39, 53, 92],
            ["UPT PSTW Magetan", "Lansia", 44, 51, 95],
            ["UPT PSTW Blitar", "Lansia", 36, 49, 85],
            ["UPT PSTW Lamongan", "Lansia", 37, 48, 85],
            ["UPT PSTW Pasuruan", "Lansia", 42, 58, 100],
            ["UPT PSTW Bangkalan", "Lansia", 33, 45, 78],
            ["UPT PSBR Jombang", "Remaja", 68, 52, 120],
            ["UPT PSBR Bojonegoro", "Remaja", 61, 39, 100],
            ["UPT PSBR Tuban", "Remaja", 48, 42, 90],
            ["UPT RSBN Malang", "Disabilitas netra", 71, 53, 124],
            ["UPT PSAB Sidoarjo", "Balita", 27, 24, 51],
            ["UPT PSPA Batu", "Anak", 312, 288, 600],
            ["UPT RSBL Kediri", "Disabilitas mental", 96, 64, 160],
            ["UPT RSBL Pasuruan", "Disabilitas mental", 102, 78, 180],
            ["UPT PRSMP Surabaya", "Anak berhadapan dengan hukum", 74, 16, 90],
            ["UPT RSBD Pasuruan", "Disabilitas fisik", 58, 38, 96],
            ["UPT RSBG Kediri", "Disabilitas intelektual", 47, 33, 80],
            ["UPT RSBK Sidoarjo", "Gelandangan dan pengemis", 88, 41, 129],
            ["UPT RSBRW Probolinggo", "Disabilitas rungu wicara", 36, 30, 66],
            ["UPT PSAA Tulungagung", "Anak", 54, 46, 100],
            ["UPT PSAA Banyuwangi", "Anak", 49, 43, 92],
            ["UPT PSAA Gresik", "Anak", 45, 40, 85],
            ["UPT PSTA Malang", "Anak usia dini", 63, 59, 122],
            ["UPT RSBW Kediri", "Perempuan rawan sosial", 0, 86, 86],
            ["UPT RSEK Tuban", "Eks penderita kusta", 57, 44, 101],
            ["UPT RSKN Mojokerto", "Korban NAPZA", 82, 9, 91],
            ["UPT PPSKTK Surabaya", "Korban tindak kekerasan", 23, 71, 94],
            ["UPT Diklat Kesos Malang", "Peserta diklat", 418, 392, 810],
            ["Jumlah", "", 2199, 2008, 4207],
        ],
    },
    "data-agregat-lansia-pstw-jember-2025.odt": {
        "title": "Data Agregat Lansia Penerima Layanan UPT PSTW Jember Tahun 2025",
        "paragraphs": [
            "Data berikut menyajikan jumlah lansia penerima layanan dalam panti UPT Pelayanan Sosial Tresna Werdha "
            "Jember per 31 Desember 2025 menurut kelompok umur dan jenis kelamin.",
            "Selain layanan dalam panti, UPT melayani 236 lansia melalui home care di Kabupaten Jember, Lumajang, "
            "dan Bondowoso. Sebanyak 27 lansia dalam panti berstatus tirah baring (ketergantungan total).",
        ],
        "table": [
            ["Kelompok Umur", "Laki-laki", "Perempuan", "Jumlah"],
            ["60-69 tahun", 14, 17, 31],
            ["70-79 tahun", 22, 26, 48],
            ["80 tahun ke atas", 12, 19, 31],
            ["Jumlah", 48, 62, 110],
        ],
    },
    "sop-rehabilitasi-rsbn-malang.docx": {
        "title": "SOP Rehabilitasi Sosial Penyandang Disabilitas Netra UPT RSBN Malang",
        "paragraphs": [
            "Tujuan: memberikan acuan bagi petugas dalam melaksanakan rehabilitasi sosial penyandang disabilitas "
            "netra agar mampu melaksanakan fungsi sosialnya secara mandiri.",
            "Dasar hukum: UU 8/2016 tentang Penyandang Disabilitas, UU 11/2009 tentang Kesejahteraan Sosial, dan "
            "standar pelayanan UPT di lingkungan Dinas Sosial Provinsi Jawa Timur.",
            "Persyaratan: surat rujukan Dinas Sosial kabupaten/kota, surat keterangan dokter tentang kondisi "
            "penglihatan, dan pernyataan kesediaan mengikuti program. Layanan tidak dipungut biaya.",
        ],
        "table": [
            ["Tahap", "Kegiatan", "Waktu"],
            ["1", "Pendekatan awal dan penerimaan", "7 hari kerja"],
            ["2", "Asesmen oleh pekerja sosial, psikolog, dan instruktur", "14 hari kerja"],
            ["3", "Bimbingan orientasi mobilitas, braille, dan aktivitas sehari-hari", "6 bulan"],
            ["4", "Pelatihan keterampilan pijat dan komputer bicara", "6 bulan"],
            ["5", "Resosialisasi, terminasi, dan bimbingan lanjut", "3 bulan"],
        ],
    },
    "sop-pengasuhan-psab-sidoarjo.txt": {
        "title": "SOP Pengasuhan Balita Terlantar dan Rujukan Pengangkatan Anak UPT PSAB Sidoarjo",
        "paragraphs": [
            "1. Penerimaan: balita terlantar diterima berdasarkan rujukan kepolisian, rumah sakit, atau Dinas "
            "Sosial kabupaten/kota disertai berita acara penyerahan. Balita langsung diperiksa kesehatannya.",
            "2. Pengasuhan sementara: setiap pengasuh mendampingi paling banyak empat balita. Pemenuhan gizi, "
            "imunisasi, dan stimulasi tumbuh kembang dicatat dalam buku perkembangan anak.",
            "3. Penelusuran keluarga: pekerja sosial menelusuri keluarga inti dan keluarga besar paling lama enam "
            "bulan. Reunifikasi dengan keluarga menjadi pilihan utama.",
            "4. Rujukan pengangkatan anak: apabila keluarga tidak ditemukan, balita dapat dirujuk untuk proses "
            "pengangkatan anak melalui Tim Pertimbangan Perizinan Pengangkatan Anak sesuai ketentuan Kementerian "
            "Sosial. UPT tidak memungut biaya dalam proses apa pun.",
        ],
        "table": None,
    },
})
