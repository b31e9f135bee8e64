"""Content of the generated demo files of the informasi serta merta entries (demo data, not official)."""
from __future__ import annotations

GENERATED_2 = {
    "pengumuman-banjir-pstw-lamongan-2024.txt": {
        "title": "Pengumuman: Banjir Luapan Bengawan Solo di UPT PSTW Lamongan",
        "paragraphs": [
            "Sejak Senin, 4 Maret 2024 pukul 21.00 WIB, luapan Sungai Bengawan Solo menggenangi halaman dan tiga "
            "wisma UPT Pelayanan Sosial Tresna Werdha Lamongan dengan ketinggian air 30-50 cm.",
            "Seluruh 85 lansia penerima manfaat telah dipindahkan ke aula lantai dua dan ruang pertemuan. Tidak ada "
            "korban jiwa. Dua lansia dengan riwayat hipertensi dipantau oleh perawat dan Puskesmas Babat.",
            "Keluarga lansia diminta tidak berkunjung sampai banjir surut dan dapat memperoleh informasi melalui "
            "posko informasi UPT di nomor (0322) 451093 setiap hari pukul 07.00-21.00 WIB.",
            "Pengumuman ini akan diperbarui setiap hari sampai kondisi kembali normal.",
        ],
        "table": None,
    },
    "posko-bantuan-erupsi-semeru-2025.html": {
        "title": "Erupsi Gunung Semeru: Posko Pengungsian dan Bantuan Logistik Dinas Sosial",
        "paragraphs": [
            "Menyusul peningkatan status Gunung Semeru dan awan panas guguran yang mengarah ke Besuk Kobokan, Dinas "
            "Sosial Provinsi Jawa Timur bersama Tagana dan Dinas Sosial Kabupaten Lumajang mendirikan dapur umum "
            "dan menyalurkan bantuan logistik ke posko pengungsian.",
            "Warga diimbau tidak beraktivitas di sektor tenggara sepanjang Besuk Kobokan dan mengikuti arahan "
            "BPBD serta PVMBG. Bantuan masyarakat disalurkan melalui posko induk agar distribusi merata.",
            "Kontak posko Dinas Sosial: (031) 8290794 (24 jam) dan Koordinator Tagana Lumajang.",
        ],
        "table": [
            ["Posko Pengungsian", "Kecamatan", "Pengungsi (jiwa)", "Dapur Umum (porsi/hari)"],
            ["Balai Desa Penanggal", "Candipuro", 412, 1250],
            ["SDN Sumberwuluh 03", "Candipuro", 286, 900],
            ["Masjid Desa Oro-oro Ombo", "Pronojiwo", 198, 600],
            ["Gedung Serbaguna Kecamatan", "Pasirian", 325, 1000],
            ["Jumlah", "", 1221, 3750],
        ],
    },
    "bantuan-logistik-banjir-longsor-2025.xlsx": {
        "title": "Bantuan Logistik Banjir dan Longsor 2025",
        "paragraphs": [
            "Rekapitulasi penyaluran bantuan logistik dari gudang buffer stock Dinas Sosial Provinsi Jawa Timur "
            "kepada kabupaten terdampak banjir dan tanah longsor pada Februari 2025.",
            "Bantuan diserahkan kepada Dinas Sosial kabupaten untuk disalurkan kepada keluarga terdampak melalui "
            "posko pengungsian. Data bersifat agregat per kabupaten.",
        ],
        "table": [
            ["Kabupaten", "KK Terdampak", "Paket Permakanan", "Selimut", "Tenda Keluarga", "Nilai Bantuan (Rp)"],
            ["Trenggalek", 1184, 1500, 800, 40, 412650000],
            ["Ponorogo", 736, 900, 500, 25, 251300000],
            ["Pacitan", 318, 400, 250, 10, 109850000],
            ["Jumlah", 2238, 2800, 1550, 75, 773800000],
        ],
    },
    "pengumuman-ispa-pstw-bojonegoro-2024.docx": {
        "title": "Pemberitahuan Peningkatan Kasus ISPA di UPT PSTW Bojonegoro",
        "paragraphs": [
            "Dalam sepekan terakhir terdapat peningkatan kasus infeksi saluran pernapasan akut (ISPA) pada 17 dari "
            "92 lansia penerima manfaat UPT Pelayanan Sosial Tresna Werdha Bojonegoro. Tiga lansia dirujuk ke "
            "RSUD Dr. R. Sosodoro Djatikoesoemo dan dalam kondisi stabil.",
            "Mulai 15 Januari 2024, kunjungan keluarga dihentikan sementara selama 14 hari. Lansia bergejala "
            "ditempatkan di ruang isolasi, seluruh petugas wajib bermasker, dan disinfeksi wisma dilakukan "
            "setiap hari.",
            "Penanganan dilakukan bersama Puskesmas Bojonegoro dan Dinas Kesehatan Kabupaten Bojonegoro. Keluarga "
            "dapat menghubungi (0353) 881245 untuk mengetahui kondisi anggota keluarganya.",
        ],
        "table": [
            ["Kondisi", "Jumlah Lansia"],
            ["Bergejala, dirawat di ruang isolasi", 14],
            ["Dirujuk ke rumah sakit", 3],
            ["Tidak bergejala", 75],
        ],
    },
    "pengumuman-keracunan-makanan-psaa-tulungagung.odt": {
        "title": "Pemberitahuan Dugaan Keracunan Makanan di UPT PSAA Tulungagung",
        "paragraphs": [
            "Pada Rabu, 17 September 2025 malam, 23 anak asuh UPT Pelayanan Sosial Asuhan Anak Tulungagung "
            "mengalami mual, muntah, dan diare setelah menyantap nasi kotak kiriman donatur.",
            "Seluruh anak telah mendapat penanganan di Puskesmas Kedungwaru dan RSUD dr. Iskak. Sebanyak 19 anak "
            "sudah kembali ke asrama dan 4 anak masih menjalani rawat inap dalam kondisi membaik.",
            "Sampel makanan telah diambil Dinas Kesehatan Kabupaten Tulungagung untuk uji laboratorium. Sampai "
            "pemberitahuan lebih lanjut, UPT tidak menerima donasi makanan matang; donasi bahan makanan tetap "
            "diterima melalui petugas dapur.",
        ],
        "table": [
            ["Kondisi Anak", "Jumlah"],
            ["Kembali ke asrama", 19],
            ["Rawat inap", 4],
            ["Jumlah terdampak", 23],
        ],
    },
}

GENERATED_2.update({
    "pengumuman-gangguan-air-rsbg-kediri.txt": {
        "title": "Pengumuman Gangguan Pasokan Air Bersih di UPT RSBG Kediri",
        "paragraphs": [
            "Berdasarkan pemberitahuan Perumda Air Minum Kota Kediri, aliran air bersih ke wilayah Semampir "
            "terganggu pada 8-10 Juli 2025 karena perbaikan pipa transmisi.",
            "Selama gangguan, UPT menyediakan dua tandon cadangan berkapasitas 5.000 liter dan meminta bantuan "
            "mobil tangki air. Pemakaian air diprioritaskan untuk minum, memasak, dan mandi penerima manfaat.",
            "Kegiatan keterampilan yang membutuhkan air (pertanian dan batako) ditunda sampai aliran normal. "
            "Informasi lebih lanjut: Subbagian Tata Usaha, telepon (0354) 682047.",
        ],
        "table": None,
    },
    "peringatan-cuaca-ekstrem-pspa-batu.html": {
        "title": "Peringatan Cuaca Ekstrem dan Penundaan Kegiatan Luar Ruang di UPT PSPA Batu",
        "paragraphs": [
            "BMKG mengeluarkan peringatan dini cuaca ekstrem berupa hujan lebat disertai angin kencang dan petir "
            "untuk wilayah Malang Raya pada 19-22 Januari 2026.",
            "Kegiatan outbound, jelajah alam, dan kunjungan ke lokasi wisata bagi anak petirahan ditunda. "
            "Kegiatan diganti dengan bimbingan dalam ruang di aula dan perpustakaan.",
            "Asrama belakang yang berbatasan dengan lereng dikosongkan sementara; anak ditempatkan di asrama depan. "
            "Orang tua dan lembaga pengirim dapat menghubungi (0341) 591067.",
        ],
        "table": None,
    },
    "kebakaran-dapur-rsbd-pasuruan-2025.docx": {
        "title": "Pemberitahuan Kebakaran Dapur Asrama UPT RSBD Pasuruan",
        "paragraphs": [
            "Pada Kamis, 2 Oktober 2025 sekitar pukul 05.15 WIB terjadi kebakaran di dapur asrama UPT Rehabilitasi "
            "Sosial Bina Daksa Pasuruan. Api berhasil dipadamkan oleh petugas dan Dinas Pemadam Kebakaran "
            "Kabupaten Pasuruan dalam waktu 35 menit.",
            "Tidak ada korban jiwa maupun luka. Seluruh 96 penerima manfaat penyandang disabilitas fisik telah "
            "dievakuasi ke titik kumpul sesuai prosedur dan kembali ke asrama pada pukul 08.00 WIB.",
            "Dugaan sementara penyebab kebakaran adalah kebocoran selang regulator tabung gas. Selama dapur "
            "diperbaiki, makanan penerima manfaat disediakan melalui dapur darurat di gedung keterampilan.",
            "UPT akan memeriksa seluruh instalasi gas dan listrik serta melaporkan hasilnya dalam pengumuman "
            "berikutnya.",
        ],
        "table": None,
    },
    "pengumuman-skabies-psbr-tuban.odt": {
        "title": "Pemberitahuan Kasus Skabies di Asrama Putra UPT PSBR Tuban",
        "paragraphs": [
            "Ditemukan 21 kasus skabies (kudis) pada penerima manfaat asrama putra UPT Pelayanan Sosial Bina Remaja "
            "Tuban. Penyakit ini menular melalui kontak kulit dan penggunaan bersama perlengkapan tidur.",
            "Bersama Puskesmas Tuban dilakukan pengobatan serentak seluruh penghuni asrama putra, pencucian air "
            "panas dan penjemuran kasur, serta pemisahan handuk dan pakaian.",
            "Penerimaan penerima manfaat baru ditunda sampai 31 Mei 2025. Kegiatan pelatihan tetap berjalan dengan "
            "pengaturan tempat duduk.",
        ],
        "table": [
            ["Uraian", "Jumlah"],
            ["Penghuni asrama putra", 48],
            ["Kasus skabies", 21],
            ["Mendapat pengobatan serentak", 48],
        ],
    },
})
