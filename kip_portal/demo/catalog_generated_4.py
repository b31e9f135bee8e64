"""Content of the generated demo files of the informasi dikecualikan entries: uji konsekuensi sheets only."""
from __future__ import annotations

# These files hold the consequence test that justifies the exemption, never the exempt information itself.
GENERATED_4 = {
    "uji-konsekuensi-data-penerima-bansos.docx": {
        "title": "Lembar Uji Konsekuensi: Data Pribadi Penerima Bantuan Sosial dan PKH",
        "paragraphs": [
            "Uji konsekuensi dilaksanakan oleh PPID Dinas Sosial Provinsi Jawa Timur bersama Bidang Perlindungan "
            "dan Jaminan Sosial dan Bidang Penanganan Fakir Miskin pada 17 Maret 2025, sesuai Pasal 19 UU 14/2008.",
            "Informasi yang diuji adalah data individu penerima bantuan sosial dan PKH Plus, yaitu NIK, nomor KK, "
            "nama, alamat, kondisi sosial ekonomi, dan riwayat penerimaan bantuan.",
            "Kesimpulan: data individu penerima dinyatakan sebagai informasi yang dikecualikan berdasarkan Pasal 17 "
            "huruf h UU 14/2008 dan UU 27/2022 tentang Pelindungan Data Pribadi. Jumlah penerima dan nilai bantuan "
            "per kabupaten/kota tetap terbuka dan diumumkan secara berkala.",
            "Penerima bantuan dapat melihat data dirinya sendiri melalui Dinas Sosial kabupaten/kota atau "
            "pemerintah desa/kelurahan.",
        ],
        "table": [
            ["Aspek Uji", "Hasil"],
            ["Dasar hukum pengecualian", "Pasal 17 huruf h angka 1 dan 3 UU 14/2008; UU 27/2022"],
            ["Konsekuensi bila dibuka", "Penyalahgunaan data kependudukan, penipuan, dan stigmatisasi"],
            ["Konsekuensi bila ditutup", "Privasi terlindungi; pengawasan melalui data agregat"],
            ["Bagian yang tetap terbuka", "Jumlah penerima dan nilai bantuan per wilayah"],
            ["Jangka waktu", "Selama data menyangkut orang yang masih hidup"],
        ],
    },
    "uji-konsekuensi-rekam-medis-rsbl-kediri.odt": {
        "title": "Lembar Uji Konsekuensi: Rekam Medis dan Asesmen Psikologis Penerima Manfaat UPT RSBL Kediri",
        "paragraphs": [
            "Uji konsekuensi dilaksanakan oleh PPID Pelaksana UPT Rehabilitasi Sosial Bina Laras Kediri bersama "
            "psikolog, perawat, dan pekerja sosial UPT pada 20 Maret 2025.",
            "Informasi yang diuji adalah rekam medis, diagnosis psikiatri, riwayat pengobatan, dan hasil asesmen "
            "psikologis penerima manfaat disabilitas mental.",
            "Membuka informasi tersebut berisiko menimbulkan stigma dan diskriminasi yang menghambat pemulihan "
            "serta penerimaan kembali penerima manfaat oleh keluarga dan lingkungan. Kepentingan publik atas mutu "
            "layanan dapat dipenuhi melalui data agregat dan laporan kinerja.",
            "Kesimpulan: dikecualikan berdasarkan Pasal 17 huruf h angka 2 UU 14/2008. Informasi dapat diberikan "
            "kepada penerima manfaat sendiri, walinya, atau atas perintah pengadilan.",
        ],
        "table": None,
    },
    "uji-konsekuensi-identitas-abh.txt": {
        "title": "Lembar Uji Konsekuensi: Identitas dan Berkas Perkara Anak Berhadapan dengan Hukum",
        "paragraphs": [
            "Uji konsekuensi dilaksanakan oleh PPID Pelaksana UPT Perlindungan dan Rehabilitasi Sosial Marsudi Putra "
            "Surabaya pada 7 April 2025 dengan melibatkan pekerja sosial dan pembimbing kemasyarakatan.",
            "Informasi yang diuji meliputi nama, foto, alamat, identitas orang tua, laporan penelitian "
            "kemasyarakatan, dan catatan perkembangan anak yang menjalani rehabilitasi sosial.",
            "Pasal 19 UU 11/2012 tentang Sistem Peradilan Pidana Anak mewajibkan identitas anak dirahasiakan. "
            "Membuka identitas anak dapat mengganggu proses hukum, membahayakan keselamatan anak, dan menghambat "
            "reintegrasi sosial.",
            "Kesimpulan: dikecualikan berdasarkan Pasal 17 huruf a angka 2 dan huruf j UU 14/2008. Jumlah anak "
            "yang dilayani menurut jenis perkara dan kelompok umur tetap diumumkan secara agregat.",
        ],
        "table": [
            ["Aspek Uji", "Hasil"],
            ["Dasar hukum", "Pasal 17 huruf a angka 2 dan huruf j UU 14/2008; Pasal 19 UU 11/2012"],
            ["Bila dibuka", "Identitas anak tersebar; keselamatan dan pemulihan anak terancam"],
            ["Bila ditutup", "Hak anak atas kerahasiaan terlindungi"],
        ],
    },
    "uji-konsekuensi-hasil-asesmen-pegawai.html": {
        "title": "Lembar Uji Konsekuensi: Hasil Asesmen Kompetensi dan Evaluasi Kinerja Individu Pegawai",
        "paragraphs": [
            "Uji konsekuensi dilaksanakan oleh PPID Dinas Sosial Provinsi Jawa Timur bersama Subbagian Umum dan "
            "Kepegawaian pada 8 September 2025.",
            "Informasi yang diuji adalah laporan asesmen kompetensi manajerial dan sosial kultural, rekomendasi "
            "pengembangan, serta nilai evaluasi kinerja individu pegawai.",
            "Informasi tersebut merupakan hasil evaluasi atas kapabilitas dan kemampuan seseorang. Membukanya dapat "
            "merugikan reputasi dan karier pegawai serta mengurangi keterusterangan asesi pada asesmen berikutnya.",
            "Kesimpulan: dikecualikan berdasarkan Pasal 17 huruf h angka 4 UU 14/2008. Metode asesmen, jadwal, dan "
            "hasil agregat pemetaan kompetensi per kelompok jabatan tetap terbuka. Pegawai dapat memperoleh hasil "
            "asesmennya sendiri.",
        ],
        "table": [
            ["Kelompok Jabatan", "Pegawai Diases", "Memenuhi Standar Kompetensi"],
            ["Administrator dan Kepala UPT", 36, 31],
            ["Pengawas", 64, 53],
            ["Pelaksana", 120, 97],
        ],
    },
}
