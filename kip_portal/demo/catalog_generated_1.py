"""Content of the generated demo files of the informasi berkala entries (demo data, not official)."""
from __future__ import annotations

GENERATED_1 = {
    "profil-dinas-sosial-jatim-2025.html": {
        "title": "Profil Dinas Sosial Provinsi Jawa Timur Tahun 2025",
        "paragraphs": [
            "Dinas Sosial Provinsi Jawa Timur merupakan unsur pelaksana urusan pemerintahan bidang sosial yang "
            "menjadi kewenangan daerah provinsi, dipimpin oleh Kepala Dinas yang berkedudukan di bawah dan "
            "bertanggung jawab kepada Gubernur melalui Sekretaris Daerah.",
            "Dinas Sosial mempunyai tugas membantu Gubernur melaksanakan urusan pemerintahan bidang sosial dan "
            "tugas pembantuan. Fungsinya meliputi perumusan kebijakan, pelaksanaan kebijakan, evaluasi dan "
            "pelaporan di bidang pemberdayaan sosial, rehabilitasi sosial, perlindungan dan jaminan sosial, serta "
            "penanganan fakir miskin.",
            "Visi: terwujudnya masyarakat Jawa Timur yang sejahtera, mandiri, dan berdaya saing melalui pelayanan "
            "kesejahteraan sosial yang inklusif. Misi dijabarkan melalui pelayanan rehabilitasi sosial dalam panti "
            "pada 30 UPT, perlindungan sosial korban bencana, dan pemberdayaan potensi sumber kesejahteraan sosial.",
            "Kantor Dinas Sosial beralamat di Jl. Gayung Kebonsari No. 56B, Surabaya 60235, telepon (031) 8290794. "
            "Layanan informasi publik dibuka Senin sampai Jumat pukul 08.00-15.30 WIB.",
        ],
        "table": [
            ["Unsur Organisasi", "Jumlah Unit"],
            ["Sekretariat (Subbagian)", 3],
            ["Bidang", 4],
            ["UPT Pelayanan/Rehabilitasi Sosial", 30],
        ],
    },
    "struktur-organisasi-dinsos-jatim-2025.docx": {
        "title": "Struktur Organisasi dan Pejabat Struktural Dinas Sosial Provinsi Jawa Timur",
        "paragraphs": [
            "Susunan organisasi Dinas Sosial terdiri atas Kepala Dinas, Sekretariat yang membawahkan tiga "
            "subbagian, empat bidang, kelompok jabatan fungsional, dan 30 Unit Pelaksana Teknis.",
            "Daftar berikut memuat pejabat pimpinan tinggi pratama dan administrator per 1 Februari 2025. Nama "
            "pejabat dalam dokumen ini adalah data demo.",
        ],
        "table": [
            ["Jabatan", "Nama Pejabat", "Pendidikan Terakhir"],
            ["Kepala Dinas Sosial", "Dr. Hadi Prasetyo Wibowo, S.Sos., M.Si.", "S3 Ilmu Sosial"],
            ["Sekretaris", "Dra. Wiwik Handayani, M.M.", "S2 Manajemen"],
            ["Kepala Bidang Pemberdayaan Sosial", "Lestari Wulandari, S.Sos., M.Si.", "S2 Kesejahteraan Sosial"],
            ["Kepala Bidang Rehabilitasi Sosial", "Ir. Rudi Hartono, M.Si.", "S2 Ilmu Administrasi"],
            ["Kepala Bidang Perlindungan dan Jaminan Sosial", "Drs. Ahmad Syaifuddin, M.AP.",
             "S2 Administrasi Publik"],
            ["Kepala Bidang Penanganan Fakir Miskin", "Yunita Kusumawardani, S.E., M.M.", "S2 Manajemen"],
            ["Kepala Subbagian Umum dan Kepegawaian", "Arief Rachman Hakim, S.H.", "S1 Hukum"],
            ["Kepala Subbagian Keuangan", "Dewi Anggraeni, S.E., Ak.", "S1 Akuntansi"],
            ["Kepala Subbagian Perencanaan, Evaluasi, dan Pelaporan", "Fajar Nugroho, S.T., M.T.",
             "S2 Perencanaan Wilayah"],
        ],
    },
    "rekap-kepatuhan-lhkpn-2024.xlsx": {
        "title": "Rekap Kepatuhan LHKPN Tahun Pelaporan 2024",
        "paragraphs": [
            "Rekapitulasi kepatuhan penyampaian LHKPN periodik tahun pelaporan 2024 (harta per 31 Desember 2024) "
            "oleh wajib lapor di lingkungan Dinas Sosial Provinsi Jawa Timur, posisi 31 Maret 2025.",
            "Rincian harta kekayaan tiap penyelenggara negara diumumkan oleh KPK melalui laman e-announcement "
            "LHKPN; dokumen ini hanya memuat angka kepatuhan.",
        ],
        "table": [
            ["Kelompok Jabatan", "Wajib Lapor", "Sudah Lapor", "Belum Lapor", "Kepatuhan (%)"],
            ["Pimpinan Tinggi Pratama", 1, 1, 0, 100],
            ["Administrator", 6, 6, 0, 100],
            ["Kepala UPT", 30, 30, 0, 100],
            ["Pejabat Pengadaan dan PPK", 14, 13, 1, 92.9],
            ["Bendahara", 32, 31, 1, 96.9],
            ["Jumlah", 83, 81, 2, 97.6],
        ],
    },
    "program-kegiatan-anggaran-2025.xlsx": {
        "title": "Program Kegiatan dan Anggaran Dinas Sosial 2025",
        "paragraphs": [
            "Program, penanggung jawab, target, dan pagu anggaran Dinas Sosial Provinsi Jawa Timur Tahun Anggaran "
            "2025 sesuai DPA awal. Angka dalam rupiah.",
            "Jadwal pelaksanaan seluruh program adalah Januari sampai Desember 2025, kecuali kegiatan tanggap "
            "darurat bencana yang dilaksanakan sesuai kejadian.",
        ],
        "table": [
            ["Program", "Penanggung Jawab", "Indikator Target", "Target", "Pagu (Rp)"],
            ["Penunjang Urusan Pemerintahan Daerah", "Sekretaris", "Nilai SAKIP (poin)", 80, 186450000000],
            ["Pemberdayaan Sosial", "Kabid Pemberdayaan Sosial", "PSKS yang diberdayakan (orang)", 12500,
             41275000000],
            ["Rehabilitasi Sosial", "Kabid Rehabilitasi Sosial", "PPKS dilayani dalam panti (orang)", 4650,
             312840500000],
            ["Perlindungan dan Jaminan Sosial", "Kabid Linjamsos", "Korban bencana terpenuhi kebutuhan dasar (%)",
             100, 58920000000],
            ["Penanganan Fakir Miskin", "Kabid Penanganan Fakir Miskin", "KPM PKH Plus (keluarga)", 50000,
             127650000000],
            ["Jumlah", "", "", "", 727135500000],
        ],
    },
    "pengumuman-seleksi-pramurukti-pstw-blitar-2025.txt": {
        "title": "Pengumuman Seleksi Tenaga Pramu Sosial (Pramurukti) UPT PSTW Blitar Tahun 2025",
        "paragraphs": [
            "UPT Pelayanan Sosial Tresna Werdha Blitar membuka kesempatan bagi warga negara Indonesia untuk mengikuti "
            "seleksi tenaga pramu sosial (pramurukti) non-ASN sebanyak 6 orang untuk pendampingan lansia dalam panti.",
            "Persyaratan: berusia 20-40 tahun, pendidikan paling rendah SMA/SMK sederajat (diutamakan lulusan "
            "keperawatan atau pekerjaan sosial), sehat jasmani dan rohani, bersedia bekerja dalam sistem sif, dan "
            "berdomisili di Kota atau Kabupaten Blitar.",
            "Berkas lamaran (surat lamaran, daftar riwayat hidup, fotokopi ijazah, surat keterangan sehat) diserahkan "
            "langsung ke Subbagian Tata Usaha UPT PSTW Blitar pada 2-13 Juni 2025 pukul 08.00-14.00 WIB.",
            "Tahapan seleksi: administrasi (16 Juni), tes tertulis dan praktik perawatan lansia (19 Juni), "
            "wawancara (23 Juni), dan pengumuman akhir (27 Juni 2025). Seluruh tahapan tidak dipungut biaya.",
        ],
        "table": [
            ["Tahapan", "Tanggal"],
            ["Pendaftaran", "2-13 Juni 2025"],
            ["Seleksi administrasi", "16 Juni 2025"],
            ["Tes tertulis dan praktik", "19 Juni 2025"],
            ["Wawancara", "23 Juni 2025"],
            ["Pengumuman akhir", "27 Juni 2025"],
        ],
    },
}

GENERATED_1.update({
    "ringkasan-laporan-keuangan-2024-audited.xlsx": {
        "title": "Ringkasan Laporan Keuangan TA 2024 (Audited)",
        "paragraphs": [
            "Ringkasan Laporan Realisasi Anggaran dan Neraca Dinas Sosial Provinsi Jawa Timur Tahun Anggaran 2024 "
            "yang telah diperiksa oleh BPK RI Perwakilan Provinsi Jawa Timur dalam rangka pemeriksaan LKPD "
            "Provinsi Jawa Timur dengan opini Wajar Tanpa Pengecualian.",
            "Realisasi belanja mencapai 95,9 persen dari anggaran. Sisa anggaran terutama berasal dari efisiensi "
            "belanja barang dan jasa serta sisa tender belanja modal.",
            "Nilai aset tetap disajikan setelah dikurangi akumulasi penyusutan. Angka dalam rupiah penuh.",
        ],
        "table": [
            ["Laporan", "Uraian", "Anggaran (Rp)", "Realisasi / Saldo 31-12-2024 (Rp)", "Realisasi (%)"],
            ["LRA", "Belanja Pegawai", 148620000000, 141385212450, 95.1],
            ["LRA", "Belanja Barang dan Jasa", 389455300000, 371902884127, 95.5],
            ["LRA", "Belanja Hibah", 24500000000, 24120000000, 98.4],
            ["LRA", "Belanja Bantuan Sosial", 118300000000, 115846500000, 97.9],
            ["LRA", "Belanja Modal", 21740000000, 20318675900, 93.5],
            ["LRA", "Jumlah Belanja", 702615300000, 673573272477, 95.9],
            ["Neraca", "Persediaan", "", 4812340500, ""],
            ["Neraca", "Tanah", "", 412650000000, ""],
            ["Neraca", "Peralatan dan Mesin", "", 96430215800, ""],
            ["Neraca", "Gedung dan Bangunan", "", 287915442300, ""],
            ["Neraca", "Jalan, Irigasi, dan Jaringan", "", 8244100000, ""],
            ["Neraca", "Aset Tetap Lainnya", "", 1205600000, ""],
            ["Neraca", "Akumulasi Penyusutan", "", -203518775400, ""],
            ["Neraca", "Aset Lainnya", "", 2134500000, ""],
            ["Neraca", "Jumlah Aset", "", 609873423200, ""],
            ["Neraca", "Utang Belanja", "", 1284660000, ""],
            ["Neraca", "Ekuitas", "", 608588763200, ""],
        ],
    },
    "laporan-bmd-pstw-bangkalan-2024-s2.odt": {
        "title": "Ringkasan Laporan Barang Milik Daerah UPT PSTW Bangkalan Semester II 2024",
        "paragraphs": [
            "Laporan ini menyajikan posisi barang milik daerah yang berada dalam penguasaan UPT Pelayanan Sosial "
            "Tresna Werdha Bangkalan untuk periode 1 Juli sampai 31 Desember 2024.",
            "Mutasi tambah terutama berasal dari pengadaan tempat tidur lansia, kursi roda, dan renovasi wisma. "
            "Mutasi kurang berasal dari penghapusan peralatan rumah tangga yang rusak berat.",
            "Nilai dalam rupiah, sebelum penyusutan.",
        ],
        "table": [
            ["Golongan Aset", "Saldo 1 Juli 2024", "Mutasi Tambah", "Mutasi Kurang", "Saldo 31 Desember 2024"],
            ["Tanah", 6840000000, 0, 0, 6840000000],
            ["Peralatan dan Mesin", 1935420000, 187650000, 42300000, 2080770000],
            ["Gedung dan Bangunan", 8612300000, 415800000, 0, 9028100000],
            ["Jalan, Irigasi, dan Jaringan", 238500000, 0, 0, 238500000],
            ["Aset Tetap Lainnya", 46750000, 3200000, 0, 49950000],
            ["Jumlah", 17672970000, 606650000, 42300000, 18237320000],
        ],
    },
    "laporan-layanan-informasi-publik-2025-s1.docx": {
        "title": "Ringkasan Laporan Layanan Informasi Publik Semester I Tahun 2025",
        "paragraphs": [
            "Selama 1 Januari sampai 30 Juni 2025, PPID Dinas Sosial Provinsi Jawa Timur beserta PPID Pelaksana "
            "pada 30 UPT menerima 142 permohonan informasi publik, sebagian besar melalui surat elektronik dan "
            "formulir daring.",
            "Rata-rata waktu pemenuhan permohonan adalah 5,8 hari kerja. Sebanyak 6 permohonan memerlukan "
            "perpanjangan waktu karena informasi belum didokumentasikan.",
            "Empat permohonan ditolak karena informasi yang diminta merupakan data pribadi penerima bantuan sosial "
            "dan rekam medis penerima manfaat (Pasal 17 huruf h UU 14/2008). Dua keberatan diajukan kepada Atasan "
            "PPID dan tidak ada yang berlanjut menjadi sengketa di Komisi Informasi Provinsi Jawa Timur.",
        ],
        "table": [
            ["Uraian", "Jumlah"],
            ["Permohonan diterima", 142],
            ["Dikabulkan seluruhnya", 118],
            ["Dikabulkan sebagian", 9],
            ["Ditolak", 4],
            ["Informasi tidak dikuasai", 7],
            ["Dalam proses per 30 Juni 2025", 4],
            ["Keberatan diajukan", 2],
            ["Sengketa ke Komisi Informasi", 0],
        ],
    },
})

GENERATED_1.update({
    "daftar-regulasi-bidang-sosial-2025.html": {
        "title": "Daftar Peraturan dan Kebijakan Bidang Sosial Tahun 2025",
        "paragraphs": [
            "Daftar ini memuat peraturan daerah, peraturan gubernur, dan keputusan kepala dinas di bidang sosial "
            "yang menjadi dasar pelaksanaan tugas Dinas Sosial, serta rancangan yang sedang disusun.",
            "Masyarakat dapat menyampaikan masukan atas rancangan melalui Sekretariat PPID selama tahap konsultasi "
            "publik berlangsung.",
        ],
        "table": [
            ["Jenis", "Judul", "Status"],
            ["Peraturan Daerah", "Penyelenggaraan Kesejahteraan Sosial", "Berlaku"],
            ["Peraturan Gubernur", "Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja "
             "Dinas Sosial", "Berlaku"],
            ["Peraturan Gubernur", "Nomenklatur, Susunan Organisasi, dan Tata Kerja UPT Dinas Sosial", "Berlaku"],
            ["Peraturan Gubernur", "Pedoman Pemberian Bantuan Sosial PKH Plus bagi Lansia", "Berlaku"],
            ["Keputusan Kepala Dinas", "Standar Pelayanan pada UPT di Lingkungan Dinas Sosial", "Berlaku"],
            ["Rancangan Peraturan Gubernur", "Penanganan Anak Terlantar Berbasis Keluarga dan Komunitas",
             "Harmonisasi di Biro Hukum"],
            ["Rancangan Peraturan Gubernur", "Penyelenggaraan Lumbung Sosial di Daerah Rawan Bencana",
             "Konsultasi publik"],
        ],
    },
    "prosedur-permohonan-keberatan-sengketa.txt": {
        "title": "Prosedur Permohonan Informasi Publik, Keberatan, dan Sengketa Informasi",
        "paragraphs": [
            "1. Permohonan informasi. Pemohon mengajukan permohonan secara langsung di meja layanan PPID, melalui "
            "surat elektronik ppid.dinsos@demo.test, atau melalui formulir daring di portal ini, dengan melampirkan "
            "salinan KTP (perorangan) atau akta pendirian yang disahkan Kementerian Hukum (badan hukum). Pemohon "
            "menerima nomor pendaftaran sebagai tanda terima.",
            "2. Pemberitahuan tertulis. PPID memberikan pemberitahuan tertulis paling lambat 10 hari kerja sejak "
            "permohonan diterima dan dapat memperpanjang paling lama 7 hari kerja dengan alasan tertulis.",
            "3. Keberatan. Apabila permohonan ditolak, tidak ditanggapi, atau dipenuhi tidak sebagaimana diminta, "
            "pemohon dapat mengajukan keberatan kepada Atasan PPID (Sekretaris Dinas Sosial) paling lambat 30 hari "
            "kerja setelah alasan keberatan ditemukan. Atasan PPID memberikan tanggapan tertulis paling lambat 30 "
            "hari kerja sejak keberatan dicatat.",
            "4. Sengketa informasi. Apabila tidak puas atas tanggapan Atasan PPID, pemohon dapat mengajukan "
            "permohonan penyelesaian sengketa kepada Komisi Informasi Provinsi Jawa Timur paling lambat 14 hari "
            "kerja setelah menerima tanggapan tertulis atau setelah batas waktu tanggapan berakhir.",
            "Kontak: Meja Layanan PPID, Jl. Gayung Kebonsari No. 56B, Surabaya; telepon (031) 8290794; "
            "Senin-Jumat 08.00-15.30 WIB.",
        ],
        "table": None,
    },
    "tata-cara-pengaduan-penyalahgunaan-wewenang.odt": {
        "title": "Tata Cara Pengaduan Dugaan Penyalahgunaan Wewenang atau Pelanggaran",
        "paragraphs": [
            "Setiap orang dapat mengadukan dugaan penyalahgunaan wewenang, pungutan liar, gratifikasi, atau "
            "pelanggaran disiplin oleh pejabat dan pegawai Dinas Sosial, termasuk oleh pihak ketiga yang memegang "
            "kontrak pengadaan atau kerja sama.",
            "Pengaduan disampaikan melalui kotak pengaduan di kantor dinas dan UPT, surat elektronik, SP4N-LAPOR!, "
            "atau Whistleblowing System. Pengaduan memuat uraian kejadian, waktu dan tempat, pihak yang diduga "
            "terlibat, serta bukti pendukung bila ada.",
            "Identitas pelapor dirahasiakan. Pengaduan diverifikasi paling lama 5 hari kerja, ditelaah oleh tim "
            "pengelola pengaduan, dan diteruskan kepada Inspektorat Provinsi apabila berindikasi pelanggaran berat.",
            "Pelapor dapat menanyakan status pengaduannya dengan menyebut nomor registrasi pengaduan.",
        ],
        "table": [
            ["Tahap", "Pelaksana", "Jangka Waktu"],
            ["Registrasi pengaduan", "Petugas pengaduan", "1 hari kerja"],
            ["Verifikasi kelengkapan", "Tim pengelola pengaduan", "5 hari kerja"],
            ["Penelaahan dan klarifikasi", "Tim pengelola pengaduan", "14 hari kerja"],
            ["Penerusan ke Inspektorat (bila perlu)", "Sekretaris Dinas", "3 hari kerja"],
            ["Pemberitahuan hasil kepada pelapor", "Petugas pengaduan", "3 hari kerja"],
        ],
    },
    "rup-dinsos-2026.xlsx": {
        "title": "Rencana Umum Pengadaan Dinas Sosial TA 2026",
        "paragraphs": [
            "Daftar paket pengadaan barang/jasa Dinas Sosial Provinsi Jawa Timur Tahun Anggaran 2026 yang "
            "diumumkan melalui Sistem Informasi Rencana Umum Pengadaan (SiRUP). Sumber dana APBD Provinsi.",
            "Pagu dalam rupiah. Jadwal pemilihan dapat berubah mengikuti revisi RUP.",
        ],
        "table": [
            ["Nama Paket", "Jenis Pengadaan", "Metode Pemilihan", "Pagu (Rp)", "Jadwal Pemilihan"],
            ["Belanja bahan makanan penerima manfaat 30 UPT", "Barang", "E-Purchasing", 48750000000, "Januari 2026"],
            ["Pengadaan buffer stock logistik bencana", "Barang", "Tender", 6420000000, "Februari 2026"],
            ["Pengadaan alat bantu disabilitas", "Barang", "Tender", 3185000000, "Maret 2026"],
            ["Rehabilitasi wisma lansia UPT PSTW Magetan", "Pekerjaan Konstruksi", "Tender", 2870000000,
             "April 2026"],
            ["Jasa konsultansi pengawasan rehabilitasi gedung", "Jasa Konsultansi", "Seleksi", 285000000,
             "April 2026"],
            ["Pengadaan kendaraan operasional Tagana", "Barang", "E-Purchasing", 1560000000, "Mei 2026"],
            ["Jasa kebersihan kantor dinas", "Jasa Lainnya", "Pengadaan Langsung", 196800000, "Januari 2026"],
        ],
    },
})

GENERATED_1.update({
    "penyaluran-kerja-alumni-rsbk-sidoarjo-2025.xlsx": {
        "title": "Penyaluran Kerja Alumni RSBK Sidoarjo 2025",
        "paragraphs": [
            "Rekapitulasi alumni penerima manfaat UPT Rehabilitasi Sosial Bina Karya Sidoarjo (eks gelandangan, "
            "pengemis, dan pemulung) yang disalurkan bekerja atau memulai usaha pada Tahun 2025.",
            "Penyaluran bekerja sama dengan pelaku usaha di Sidoarjo, Surabaya, dan Gresik serta Dinas Tenaga "
            "Kerja kabupaten/kota. Data bersifat agregat.",
        ],
        "table": [
            ["Bidang Keterampilan", "Lulus Pelatihan", "Bekerja", "Berwirausaha", "Belum Tersalurkan"],
            ["Tata boga", 24, 11, 9, 4],
            ["Las dan bengkel", 18, 12, 3, 3],
            ["Menjahit", 20, 8, 9, 3],
            ["Pertanian hidroponik", 12, 2, 7, 3],
            ["Pangkas rambut", 10, 4, 5, 1],
            ["Jumlah", 84, 37, 33, 14],
        ],
    },
    "program-kegiatan-pstw-jember-2025.docx": {
        "title": "Program dan Kegiatan UPT PSTW Jember Tahun 2025",
        "paragraphs": [
            "UPT Pelayanan Sosial Tresna Werdha Jember melaksanakan pelayanan sosial bagi lanjut usia terlantar "
            "dalam panti berkapasitas 110 orang serta layanan home care bagi lansia di Kabupaten Jember, Lumajang, "
            "dan Bondowoso.",
            "Kegiatan utama Tahun 2025 meliputi pemenuhan kebutuhan dasar, perawatan kesehatan bekerja sama dengan "
            "Puskesmas Kaliwates, bimbingan mental spiritual, terapi okupasi, dan reunifikasi keluarga.",
            "Kontak penanggung jawab kegiatan: Seksi Pelayanan Sosial UPT PSTW Jember, telepon (0331) 485623.",
        ],
        "table": [
            ["Kegiatan", "Target", "Jadwal", "Anggaran (Rp)"],
            ["Pemenuhan kebutuhan dasar lansia dalam panti", "110 orang", "Januari-Desember", 3168000000],
            ["Layanan home care lansia", "240 orang", "Februari-November", 864000000],
            ["Perawatan kesehatan dan gizi", "110 orang", "Januari-Desember", 412500000],
            ["Bimbingan mental spiritual dan terapi okupasi", "110 orang", "Januari-Desember", 186000000],
            ["Reunifikasi dan penelusuran keluarga", "25 orang", "Maret-Oktober", 97500000],
        ],
    },
    "capaian-kinerja-rsbn-malang-2024.odt": {
        "title": "Ringkasan Capaian Kinerja UPT RSBN Malang Tahun 2024",
        "paragraphs": [
            "UPT Rehabilitasi Sosial Bina Netra Malang memberikan rehabilitasi sosial bagi penyandang disabilitas "
            "netra usia produktif melalui bimbingan orientasi mobilitas, braille, keterampilan pijat, dan "
            "resosialisasi.",
            "Seluruh indikator kinerja mencapai target, kecuali jumlah alumni yang bekerja atau membuka usaha "
            "pijat mandiri karena sebagian alumni memilih melanjutkan pendidikan.",
        ],
        "table": [
            ["Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
            ["Penerima manfaat yang dilayani (orang)", 120, 124, 103.3],
            ["Penerima manfaat yang menyelesaikan rehabilitasi (orang)", 60, 61, 101.7],
            ["Alumni bekerja/berusaha mandiri (orang)", 45, 39, 86.7],
            ["Indeks kepuasan masyarakat", 85, 88.6, 104.2],
        ],
    },
    "realisasi-anggaran-psab-sidoarjo-2024.xlsx": {
        "title": "Realisasi Anggaran UPT PSAB Sidoarjo TA 2024",
        "paragraphs": [
            "Ringkasan pagu dan realisasi belanja UPT Pelayanan Sosial Asuhan Balita Sidoarjo Tahun Anggaran 2024. "
            "Angka dalam rupiah.",
            "Belanja bahan makanan mencakup susu formula, makanan pendamping ASI, dan makanan tambahan untuk "
            "rata-rata 45 balita asuh per bulan.",
        ],
        "table": [
            ["Jenis Belanja", "Pagu (Rp)", "Realisasi (Rp)", "Persentase (%)"],
            ["Belanja pegawai (honorarium pengasuh non-ASN)", 1026000000, 1018500000, 99.3],
            ["Belanja bahan makanan dan susu balita", 892800000, 861245600, 96.5],
            ["Belanja obat dan perlengkapan kesehatan", 154600000, 139870250, 90.5],
            ["Belanja pemeliharaan gedung dan peralatan", 218400000, 204116000, 93.5],
            ["Belanja modal peralatan", 96500000, 94850000, 98.3],
            ["Jumlah", 2388300000, 2318581850, 97.1],
        ],
    },
    "program-kegiatan-rsbg-kediri-2026.html": {
        "title": "Program dan Kegiatan UPT RSBG Kediri Tahun 2026",
        "paragraphs": [
            "UPT Rehabilitasi Sosial Bina Grahita Kediri melayani penyandang disabilitas intelektual usia 15-35 "
            "tahun dengan kapasitas 80 orang dalam panti.",
            "Program Tahun 2026 difokuskan pada bimbingan aktivitas kehidupan sehari-hari, keterampilan kerja "
            "sederhana, dan dukungan keluarga agar penerima manfaat dapat kembali hidup bersama keluarganya.",
            "Informasi lebih lanjut dapat diperoleh di Seksi Rehabilitasi Sosial UPT RSBG Kediri, telepon "
            "(0354) 682047.",
        ],
        "table": [
            ["Kegiatan", "Kuota (orang)", "Jadwal"],
            ["Bimbingan fisik dan kesehatan", 80, "Januari-Desember"],
            ["Bimbingan aktivitas kehidupan sehari-hari", 80, "Januari-Desember"],
            ["Keterampilan kerja (keset, batako, pertanian)", 60, "Februari-November"],
            ["Bimbingan keluarga (family support)", 40, "Per triwulan"],
            ["Resosialisasi dan bimbingan lanjut", 25, "Juli-Desember"],
        ],
    },
})

GENERATED_1.update({
    "prosedur-evakuasi-pstw-jember.txt": {
        "title": "Prosedur Peringatan Dini dan Evakuasi UPT PSTW Jember",
        "paragraphs": [
            "Tanda peringatan: bunyi sirene panjang tiga kali dan pengumuman melalui pengeras suara oleh petugas "
            "piket. Untuk lansia dengan gangguan pendengaran, petugas wisma memberi tahu secara langsung.",
            "Prioritas evakuasi: (1) lansia tirah baring dan pengguna kursi roda, (2) lansia dengan gangguan "
            "penglihatan atau demensia, (3) lansia yang dapat berjalan sendiri dengan pendampingan.",
            "Jalur evakuasi ditandai papan hijau menuju titik kumpul di lapangan depan aula. Petugas piket "
            "menghitung lansia per wisma dan melaporkan kepada koordinator tanggap darurat.",
            "Kontak darurat: BPBD Kabupaten Jember 112, Pemadam Kebakaran (0331) 487113, Puskesmas Kaliwates "
            "(0331) 482201.",
        ],
        "table": [
            ["Peran", "Petugas", "Tugas Utama"],
            ["Koordinator tanggap darurat", "Kepala Subbagian Tata Usaha", "Memimpin evakuasi dan komunikasi"],
            ["Tim evakuasi wisma", "Pramu sosial per wisma", "Memindahkan lansia ke titik kumpul"],
            ["Tim P3K", "Perawat UPT", "Pertolongan pertama dan rujukan"],
            ["Tim logistik", "Petugas dapur dan gudang", "Air minum, selimut, obat rutin lansia"],
        ],
    },
    "prosedur-evakuasi-pspa-batu.html": {
        "title": "Prosedur Peringatan Dini dan Evakuasi UPT PSPA Batu",
        "paragraphs": [
            "Kompleks UPT Pelayanan Sosial Petirahan Anak Batu berada di kawasan berlereng sehingga rawan tanah "
            "longsor pada musim hujan. Petugas memantau curah hujan harian dan peringatan dini BMKG.",
            "Status siaga ditetapkan apabila hujan lebat berlangsung lebih dari dua jam atau muncul retakan tanah "
            "di area lereng belakang asrama. Pada status siaga, anak dipindahkan dari asrama belakang ke aula utama.",
            "Untuk kebakaran, alarm dibunyikan dan anak dievakuasi melalui tangga darurat menuju titik kumpul di "
            "halaman depan. Setiap pendamping bertanggung jawab atas satu kelompok berisi 10 anak.",
        ],
        "table": [
            ["Status", "Kondisi", "Tindakan"],
            ["Waspada", "Peringatan dini cuaca BMKG", "Kegiatan luar ruang dibatasi"],
            ["Siaga", "Hujan lebat > 2 jam atau retakan tanah", "Anak dipindah ke aula utama"],
            ["Awas", "Longsor atau kebakaran terjadi", "Evakuasi ke titik kumpul, hubungi BPBD Kota Batu"],
        ],
    },
    "prosedur-evakuasi-rsbl-kediri.docx": {
        "title": "Prosedur Peringatan Dini dan Evakuasi UPT RSBL Kediri",
        "paragraphs": [
            "Penerima manfaat disabilitas mental dapat mengalami kecemasan atau kebingungan saat keadaan darurat. "
            "Karena itu evakuasi dilakukan dengan pendampingan satu petugas untuk setiap kelompok berisi paling "
            "banyak delapan penerima manfaat.",
            "Petugas menggunakan instruksi singkat dan tenang, menghindari teriakan, serta membawa daftar kelompok "
            "dan kotak obat rutin. Penerima manfaat yang sedang dalam ruang observasi dievakuasi oleh perawat jaga.",
            "Di titik kumpul, petugas mencocokkan kehadiran dengan daftar kelompok dan melaporkan kepada "
            "koordinator. Penerima manfaat yang belum ditemukan segera dicari oleh tim penyisir.",
            "Simulasi evakuasi dilaksanakan setiap enam bulan bersama BPBD Kabupaten Kediri.",
        ],
        "table": None,
    },
    "prosedur-evakuasi-rsbn-malang.odt": {
        "title": "Prosedur Evakuasi Darurat bagi Penyandang Disabilitas Netra UPT RSBN Malang",
        "paragraphs": [
            "Peringatan darurat disampaikan dengan sinyal suara yang berbeda untuk gempa (bel putus-putus) dan "
            "kebakaran (sirene panjang), disertai pengumuman lisan melalui pengeras suara.",
            "Setiap penerima manfaat memiliki pasangan evakuasi. Penerima manfaat dengan sisa penglihatan "
            "mendampingi penerima manfaat buta total, dan petugas asrama memimpin barisan di depan.",
            "Jalur pemandu taktil (guiding block) dan pegangan rambat mengarahkan dari asrama menuju titik kumpul "
            "di lapangan olahraga. Titik kumpul ditandai dengan penanda suara (beacon).",
            "Orientasi jalur evakuasi diberikan pada minggu pertama setiap penerima manfaat baru masuk UPT.",
        ],
        "table": None,
    },
    "penerimaan-pm-psbr-jombang-2026.txt": {
        "title": "Pengumuman Penerimaan Calon Penerima Manfaat UPT PSBR Jombang Angkatan I Tahun 2026",
        "paragraphs": [
            "UPT Pelayanan Sosial Bina Remaja Jombang membuka pendaftaran calon penerima manfaat pelatihan "
            "keterampilan Angkatan I Tahun 2026 bagi remaja putus sekolah dari keluarga kurang mampu.",
            "Persyaratan: usia 15-21 tahun, tidak sedang bersekolah, belum menikah, sehat jasmani dan rohani, "
            "mendapat rekomendasi Dinas Sosial kabupaten/kota asal, dan bersedia tinggal di asrama selama "
            "enam bulan.",
            "Seluruh biaya pelatihan, asrama, makan, dan perlengkapan ditanggung APBD Provinsi Jawa Timur. "
            "Pendaftaran dibuka 5-30 Januari 2026 melalui Dinas Sosial kabupaten/kota atau langsung ke UPT.",
        ],
        "table": [
            ["Jenis Keterampilan", "Kuota (orang)"],
            ["Menjahit", 20],
            ["Otomotif sepeda motor", 20],
            ["Tata rias", 15],
            ["Teknik komputer", 15],
            ["Jumlah", 70],
        ],
    },
})

GENERATED_1.update({
    "program-kegiatan-rsbl-pasuruan-2026.odt": {
        "title": "Program dan Kegiatan UPT RSBL Pasuruan Tahun 2026",
        "paragraphs": [
            "UPT Rehabilitasi Sosial Bina Laras Pasuruan memberikan rehabilitasi sosial bagi penyandang "
            "disabilitas mental eks psikotik yang telah stabil secara medis, dengan kapasitas 150 orang.",
            "Program Tahun 2026 menekankan kepatuhan minum obat, keterampilan hidup mandiri, dan kesiapan keluarga "
            "menerima kembali penerima manfaat, bekerja sama dengan RSJ dan Puskesmas di daerah asal.",
        ],
        "table": [
            ["Kegiatan", "Target (orang)", "Jadwal", "Anggaran (Rp)"],
            ["Pemenuhan kebutuhan dasar dan perawatan", 150, "Januari-Desember", 4275000000],
            ["Bimbingan sosial dan psikososial", 150, "Januari-Desember", 318000000],
            ["Keterampilan kerja (pertanian, peternakan, kerajinan)", 90, "Februari-November", 246500000],
            ["Bimbingan keluarga dan reunifikasi", 60, "Maret-Desember", 132000000],
        ],
    },
})
