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
