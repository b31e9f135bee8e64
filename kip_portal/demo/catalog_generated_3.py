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
            "Nama mitra ditulis menurut jenis lembaga. Perjanjian yang diperpanjang sedang dalam proses "
            "penandatanganan addendum.",
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

GENERATED_3.update({
    "maklumat-pelayanan-pstw-jember.html": {
        "title": "Maklumat Pelayanan UPT Pelayanan Sosial Tresna Werdha Jember",
        "paragraphs": [
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sosial bagi lanjut usia sesuai standar "
            "pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai "
            "peraturan perundang-undangan yang berlaku.",
            "Dasar hukum: UU 25/2009 tentang Pelayanan Publik, UU 13/1998 tentang Kesejahteraan Lanjut Usia, dan "
            "Keputusan Kepala Dinas Sosial tentang Standar Pelayanan pada UPT.",
            "Seluruh layanan tidak dipungut biaya. Pengguna layanan dapat menyampaikan pengaduan melalui kotak "
            "pengaduan, telepon (0331) 485623, surel upt-pstw-jember@demo.test, atau SP4N-LAPOR!. Kepuasan "
            "pengguna dievaluasi melalui survei kepuasan masyarakat setiap semester.",
            "Jember, 13 Januari 2025. Kepala UPT Pelayanan Sosial Tresna Werdha Jember.",
        ],
        "table": [
            ["Jenis Layanan", "Waktu Penyelesaian", "Biaya"],
            ["Penerimaan lansia rujukan", "14 hari kerja", "Tanpa biaya"],
            ["Layanan home care", "7 hari kerja sejak asesmen", "Tanpa biaya"],
            ["Informasi kondisi lansia bagi keluarga", "1 hari kerja", "Tanpa biaya"],
            ["Pengaduan layanan", "Ditanggapi paling lama 5 hari kerja", "Tanpa biaya"],
        ],
    },
    "standar-biaya-salinan-informasi.txt": {
        "title": "Standar Biaya Salinan Informasi Publik PPID Dinas Sosial Provinsi Jawa Timur",
        "paragraphs": [
            "Standar biaya ini hanya mencakup biaya penggandaan dan pengiriman salinan informasi publik. "
            "Permohonan, pencarian, dan melihat informasi di meja layanan tidak dipungut biaya.",
            "Salinan elektronik yang dikirim melalui surel atau diunduh dari portal PPID tidak dikenai biaya. "
            "Pemohon dapat membawa media penyimpanan sendiri.",
            "Pembayaran dilakukan secara tunai dengan tanda terima, transfer ke rekening resmi bendahara "
            "penerimaan, atau uang elektronik. Bukti pembayaran diserahkan kepada petugas layanan informasi.",
        ],
        "table": [
            ["Jenis Biaya", "Satuan", "Tarif (Rp)"],
            ["Fotokopi hitam putih A4/F4", "per lembar", 300],
            ["Cetak berwarna A4", "per lembar", 1500],
            ["Salinan elektronik (surel/unduh)", "per dokumen", 0],
            ["Pengiriman pos dalam kota Surabaya", "per paket", 15000],
            ["Pengiriman pos luar kota di Jawa Timur", "per paket", 25000],
        ],
    },
    "survei-kepuasan-psbr-jombang-2025.xlsx": {
        "title": "Survei Kepuasan Masyarakat PSBR Jombang 2025-S2",
        "paragraphs": [
            "Hasil Survei Kepuasan Masyarakat (SKM) UPT Pelayanan Sosial Bina Remaja Jombang Semester II Tahun 2025 "
            "dengan 214 responden (penerima manfaat, orang tua, dan Dinas Sosial kabupaten/kota perujuk).",
            "Metode mengacu pada PermenPAN-RB Nomor 14 Tahun 2017. Nilai IKM 87,22 termasuk kategori B (baik). "
            "Unsur terendah adalah penanganan pengaduan sehingga UPT menambah kanal pengaduan melalui WhatsApp.",
        ],
        "table": [
            ["Unsur Pelayanan", "Nilai Rata-rata", "Nilai Konversi"],
            ["Persyaratan", 3.48, 87.0],
            ["Sistem, mekanisme, dan prosedur", 3.41, 85.25],
            ["Waktu penyelesaian", 3.36, 84.0],
            ["Biaya/tarif", 3.89, 97.25],
            ["Produk spesifikasi jenis pelayanan", 3.45, 86.25],
            ["Kompetensi pelaksana", 3.52, 88.0],
            ["Perilaku pelaksana", 3.61, 90.25],
            ["Penanganan pengaduan, saran, dan masukan", 3.3, 82.5],
            ["Sarana dan prasarana", 3.38, 84.5],
            ["IKM", 3.49, 87.22],
        ],
    },
    "kajian-evaluasi-pascapelatihan-2024.odt": {
        "title": "Kajian Evaluasi Pascapelatihan Pendamping Sosial Tahun 2024",
        "paragraphs": [
            "Kajian dilakukan terhadap 180 alumni pelatihan pendamping sosial angkatan 2023 dari 24 kabupaten/kota "
            "melalui kuesioner daring, wawancara atasan langsung, dan observasi lapangan pada enam kabupaten.",
            "Sebanyak 78 persen alumni menerapkan materi asesmen dan rencana intervensi dalam pendampingan. "
            "Hambatan utama adalah beban dampingan yang tinggi dan keterbatasan sarana mobilitas di daerah "
            "kepulauan.",
            "Rekomendasi: menambah modul pendampingan berbasis data terpadu, memperbanyak praktik lapangan, dan "
            "menyelenggarakan pelatihan lanjutan secara daring bagi alumni di Madura kepulauan.",
        ],
        "table": [
            ["Aspek", "Alumni Menerapkan (%)"],
            ["Asesmen kebutuhan keluarga", 82],
            ["Rencana intervensi", 76],
            ["Rujukan layanan", 81],
            ["Pencatatan dan pelaporan", 73],
        ],
    },
    "standar-pengumuman-serta-merta.odt": {
        "title": "Standar Pengumuman Informasi Serta Merta Dinas Sosial Provinsi Jawa Timur",
        "paragraphs": [
            "Informasi serta merta adalah informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban "
            "umum, antara lain bencana alam, bencana nonalam, wabah penyakit menular, keracunan makanan, dan "
            "gangguan utilitas publik yang berdampak pada penerima manfaat.",
            "Setiap pengumuman memuat: potensi bahaya dan besaran dampaknya, pihak yang berpotensi terdampak, "
            "prosedur dan tempat evakuasi, cara memperoleh bantuan, pejabat yang mengumumkan, serta upaya yang "
            "dilakukan untuk menanggulangi dampak.",
            "Pengumuman disampaikan tanpa penundaan melalui papan pengumuman, portal PPID, media sosial resmi, dan "
            "pengeras suara di lingkungan UPT, dengan bahasa Indonesia yang mudah dipahami serta format yang dapat "
            "diakses penyandang disabilitas (audio, visual, atau huruf braille).",
            "Kepala UPT mengumumkan kejadian di unitnya; Kepala Dinas atau pejabat yang ditunjuk mengumumkan "
            "kejadian berskala provinsi.",
        ],
        "table": None,
    },
})

GENERATED_3.update({
    "informasi-dibuka-keberatan-pstw-banyuwangi-2025.html": {
        "title": "Rekap Penyaluran Bantuan Permakanan Lansia Luar Panti UPT PSTW Banyuwangi Tahun 2025",
        "paragraphs": [
            "Informasi ini semula tidak diberikan karena dinilai memuat data penerima bantuan. Atas keberatan "
            "pemohon, Atasan PPID memutuskan bahwa rekap agregat per kecamatan tidak memuat data pribadi dan "
            "wajib diberikan, sehingga informasi ini kini tersedia setiap saat.",
            "Bantuan permakanan diberikan kepada lansia terlantar luar panti berupa makanan siap saji satu kali "
            "sehari selama 300 hari. Nilai per porsi Rp 15.000.",
            "Data individu penerima tetap dikecualikan berdasarkan Pasal 17 huruf h UU 14/2008.",
        ],
        "table": [
            ["Kecamatan", "Jumlah Lansia", "Hari Layanan", "Nilai Bantuan (Rp)"],
            ["Giri", 40, 300, 180000000],
            ["Glagah", 35, 300, 157500000],
            ["Kabat", 45, 300, 202500000],
            ["Rogojampi", 50, 300, 225000000],
            ["Jumlah", 170, 300, 765000000],
        ],
    },
    "surat-koordinasi-rujukan-psaa-gresik-2025.txt": {
        "title": "Surat Kepala UPT PSAA Gresik tentang Koordinasi Rujukan Anak Terlantar",
        "paragraphs": [
            "Yth. Kepala Dinas Sosial Kabupaten Gresik. Sehubungan dengan meningkatnya rujukan anak terlantar ke "
            "UPT Pelayanan Sosial Asuhan Anak Gresik, bersama ini kami sampaikan mekanisme rujukan untuk "
            "Tahun 2025.",
            "Rujukan disertai surat pengantar Dinas Sosial kabupaten, hasil asesmen awal pekerja sosial, salinan "
            "akta kelahiran atau surat keterangan lahir, dan surat keterangan sehat. Kapasitas UPT saat ini 90 anak "
            "dengan sisa kuota 6 anak sampai Desember 2025.",
            "Mengingat pengasuhan berbasis keluarga menjadi prioritas, kami mohon agar sebelum merujuk dilakukan "
            "penelusuran keluarga besar dan penjajakan pengasuhan oleh kerabat. Pekerja sosial UPT siap membantu "
            "asesmen bersama.",
            "Demikian surat ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih. "
            "Kepala UPT PSAA Gresik.",
        ],
        "table": None,
    },
    "jadwal-kunjungan-pstw-pasuruan.html": {
        "title": "Jadwal Layanan, Kunjungan Keluarga, dan Kegiatan Harian UPT PSTW Pasuruan 2026",
        "paragraphs": [
            "Keluarga dan masyarakat dapat mengunjungi lansia sesuai jadwal berikut. Pengunjung wajib melapor ke pos "
            "jaga, mencuci tangan, dan tidak membawa makanan yang dilarang oleh petugas kesehatan.",
            "Kunjungan kelompok (sekolah, komunitas, atau instansi) diajukan paling lambat tujuh hari sebelumnya "
            "melalui Subbagian Tata Usaha, telepon (0343) 631208.",
        ],
        "table": [
            ["Kegiatan", "Hari", "Waktu"],
            ["Layanan kantor", "Senin-Jumat", "07.30-15.30"],
            ["Kunjungan keluarga", "Sabtu-Minggu", "09.00-12.00 dan 15.00-17.00"],
            ["Senam lansia", "Setiap hari", "06.30-07.15"],
            ["Bimbingan keagamaan", "Senin, Rabu, Jumat", "09.00-10.30"],
            ["Terapi okupasi dan keterampilan", "Selasa dan Kamis", "09.00-11.00"],
            ["Pemeriksaan kesehatan", "Kamis", "08.00-11.00"],
        ],
    },
    "rekap-pengaduan-prsmp-surabaya-2025.docx": {
        "title": "Rekapitulasi Pengaduan Masyarakat UPT PRSMP Surabaya Tahun 2025",
        "paragraphs": [
            "Selama Tahun 2025, UPT Perlindungan dan Rehabilitasi Sosial Marsudi Putra Surabaya menerima 37 "
            "pengaduan dari orang tua anak binaan, masyarakat sekitar, dan pendamping hukum.",
            "Pengaduan terbanyak berkaitan dengan jadwal kunjungan keluarga dan informasi perkembangan anak. "
            "Sebagai tindak lanjut, UPT menambah jadwal kunjungan pada hari Minggu dan menerbitkan laporan "
            "perkembangan anak kepada orang tua setiap bulan.",
            "Satu pengaduan mengenai dugaan perundungan antaranak telah ditangani melalui konseling dan "
            "pemisahan kamar, serta dilaporkan kepada Dinas Sosial. Identitas anak tidak dicantumkan dalam "
            "rekap ini.",
        ],
        "table": [
            ["Pokok Aduan", "Jumlah", "Selesai", "Dalam Proses"],
            ["Jadwal dan tata cara kunjungan", 14, 14, 0],
            ["Informasi perkembangan anak", 11, 11, 0],
            ["Sarana asrama dan makanan", 7, 6, 1],
            ["Perilaku petugas", 4, 4, 0],
            ["Perundungan antaranak", 1, 1, 0],
            ["Jumlah", 37, 36, 1],
        ],
    },
    "inventaris-bmd-rsbw-kediri-2025.xlsx": {
        "title": "Inventaris BMD UPT RSBW Kediri 2025",
        "paragraphs": [
            "Cuplikan daftar inventaris barang milik daerah UPT Rehabilitasi Sosial Bina Wanita Kediri per "
            "31 Desember 2025 hasil inventarisasi fisik. Nilai perolehan dalam rupiah.",
            "Barang dalam kondisi rusak berat diusulkan untuk dihapus melalui Badan Pengelola Keuangan dan Aset "
            "Daerah. Daftar lengkap per kode barang dapat dimohonkan kepada PPID Pelaksana.",
        ],
        "table": [
            ["Nama Barang", "Jumlah", "Tahun Perolehan", "Nilai Perolehan (Rp)", "Kondisi"],
            ["Mesin jahit high speed", 12, 2021, 54000000, "Baik"],
            ["Mesin obras", 4, 2021, 15600000, "Baik"],
            ["Peralatan salon dan tata rias (set)", 3, 2022, 27450000, "Baik"],
            ["Tempat tidur asrama", 60, 2019, 108000000, "Baik"],
            ["Komputer desktop", 8, 2023, 92000000, "Baik"],
            ["Kendaraan roda empat operasional", 1, 2018, 265000000, "Rusak ringan"],
            ["Genset 20 kVA", 1, 2020, 138500000, "Baik"],
        ],
    },
})

GENERATED_3.update({
    "data-agregat-klien-rsek-tuban-2025.txt": {
        "title": "Data Agregat Klien Eks Penderita Kusta dan Keluarga Binaan UPT RSEK Tuban Tahun 2025",
        "paragraphs": [
            "UPT Rehabilitasi Sosial Eks Penderita Kusta Tuban melayani klien eks penderita kusta yang telah "
            "dinyatakan selesai pengobatan (release from treatment) beserta keluarga binaan di perkampungan "
            "rehabilitasi.",
            "Layanan meliputi perawatan luka dan pencegahan kecacatan, bimbingan sosial, keterampilan usaha "
            "ekonomi produktif, serta advokasi untuk mengurangi stigma di masyarakat. Data per 31 Desember 2025, "
            "tanpa data pribadi.",
        ],
        "table": [
            ["Jenis Layanan", "Tingkat Cacat 0-1", "Tingkat Cacat 2", "Jumlah"],
            ["Klien dalam panti", 15, 26, 41],
            ["Keluarga binaan (kepala keluarga)", 37, 23, 60],
            ["Jumlah", 52, 49, 101],
        ],
    },
    "sop-rehabilitasi-napza-rskn-mojokerto.docx": {
        "title": "SOP Rehabilitasi Sosial Korban Penyalahgunaan NAPZA UPT RSKN Mojokerto",
        "paragraphs": [
            "UPT Rehabilitasi Sosial Korban Penyalahgunaan NAPZA Mojokerto menyelenggarakan rehabilitasi sosial "
            "rawat inap selama enam bulan dan rawat jalan selama tiga bulan bagi korban penyalahgunaan NAPZA yang "
            "melapor diri atau dirujuk oleh IPWL, BNN, atau penetapan pengadilan.",
            "Persyaratan: surat rujukan atau permohonan keluarga, hasil asesmen terpadu atau pemeriksaan medis, "
            "dan pernyataan kesediaan mengikuti program. Layanan tidak dipungut biaya dan kerahasiaan klien dijamin.",
            "Program inti menggunakan metode Therapeutic Community, didukung konseling individu dan kelompok, "
            "bimbingan vokasional, serta pertemuan keluarga (family support group).",
        ],
        "table": [
            ["Tahap", "Kegiatan", "Durasi"],
            ["Penerimaan", "Registrasi, asesmen, detoksifikasi melalui rujukan medis", "14 hari"],
            ["Primary stage", "Therapeutic Community, konseling, bimbingan mental", "4 bulan"],
            ["Re-entry stage", "Bimbingan vokasional dan persiapan kembali ke keluarga", "2 bulan"],
            ["Bimbingan lanjut", "Kunjungan rumah dan pertemuan alumni", "6 bulan"],
        ],
    },
    "hasil-penelitian-bisindo-rsbrw-probolinggo.html": {
        "title": "Ringkasan Hasil Penelitian Penggunaan BISINDO dalam Layanan Rehabilitasi Sosial",
        "paragraphs": [
            "Penelitian ini merupakan kerja sama UPT Rehabilitasi Sosial Bina Rungu Wicara Probolinggo dengan "
            "program studi pendidikan luar biasa sebuah perguruan tinggi negeri di Jawa Timur pada Februari-Juli "
            "2025, melibatkan 48 penerima manfaat dan 12 pendamping.",
            "Hasil menunjukkan bahwa bimbingan sosial yang disampaikan dalam Bahasa Isyarat Indonesia (BISINDO) "
            "meningkatkan pemahaman materi dibandingkan metode oral dan tulisan, terutama pada materi hak dan "
            "kewajiban pekerja serta keterampilan wirausaha.",
            "Rekomendasi: pelatihan BISINDO bagi seluruh pendamping, penyediaan juru bahasa isyarat pada layanan "
            "informasi publik, dan video materi bimbingan berbahasa isyarat.",
        ],
        "table": [
            ["Metode Penyampaian", "Rata-rata Skor Pemahaman (0-100)"],
            ["Oral dan tulisan", 58.4],
            ["Isyarat SIBI", 66.9],
            ["BISINDO", 81.7],
        ],
    },
})

GENERATED_3.update({
    "standar-pelayanan-home-care-pstw-magetan.docx": {
        "title": "Standar Pelayanan Home Care Lansia UPT PSTW Magetan",
        "paragraphs": [
            "Layanan home care adalah pelayanan sosial bagi lanjut usia yang tinggal bersama keluarga di Kabupaten "
            "Magetan, Ngawi, dan Madiun, berupa perawatan diri, pendampingan, dan edukasi bagi keluarga pengasuh.",
            "Persyaratan: usia 60 tahun ke atas, surat rekomendasi desa/kelurahan atau Dinas Sosial kabupaten, dan "
            "kesediaan keluarga mendampingi. Layanan tidak dipungut biaya.",
            "Pengaduan dapat disampaikan melalui telepon (0351) 895117, surel upt-pstw-magetan@demo.test, atau "
            "SP4N-LAPOR!, dan ditanggapi paling lama 5 hari kerja.",
        ],
        "table": [
            ["Komponen", "Standar"],
            ["Waktu asesmen setelah rujukan diterima", "7 hari kerja"],
            ["Frekuensi kunjungan pendamping", "2 kali per minggu"],
            ["Masa layanan", "6 bulan, dapat diperpanjang"],
            ["Biaya", "Tanpa biaya"],
            ["Produk layanan", "Rencana perawatan dan catatan perkembangan lansia"],
        ],
    },
    "kalender-diklat-kesos-2026.xlsx": {
        "title": "Kalender Diklat Kesos 2026",
        "paragraphs": [
            "Kalender pendidikan dan pelatihan UPT Pendidikan dan Pelatihan Kesejahteraan Sosial Malang Tahun 2026. "
            "Peserta diusulkan oleh Dinas Sosial kabupaten/kota; seluruh biaya pelatihan ditanggung APBD Provinsi.",
            "Tanggal pelaksanaan tiap angkatan diumumkan melalui surat panggilan peserta paling lambat 14 hari "
            "sebelum pelatihan dimulai.",
        ],
        "table": [
            ["Pelatihan", "Sasaran", "Bulan", "Durasi (hari)", "Kuota (orang)"],
            ["Pelatihan dasar pendamping sosial", "Pendamping sosial baru", "Februari", 6, 60],
            ["Pelatihan Tagana tingkat dasar", "Anggota Tagana", "Maret", 5, 80],
            ["Manajemen lembaga kesejahteraan sosial", "Pengelola LKS", "Mei", 4, 50],
            ["Pekerja sosial masyarakat", "PSM desa/kelurahan", "Juli", 4, 90],
            ["Pendampingan lansia berbasis keluarga", "Pendamping home care", "September", 5, 40],
        ],
    },
})
