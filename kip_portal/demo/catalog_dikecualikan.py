"""Demo DIP entries: informasi yang dikecualikan (UU 14/2008 Pasal 17), each with its uji konsekuensi."""
from __future__ import annotations

DIKECUALIKAN = [
    {
        "external_id": "demo-dikecualikan-001", "category": "dikecualikan", "unit": "DINSOS", "year": 2025,
        "title": "Data Pribadi Penerima Bantuan Sosial dan Program Keluarga Harapan (by name by address)",
        "summary": "Data individu penerima bantuan sosial dan PKH: NIK, nomor KK, alamat, kondisi sosial ekonomi, "
                   "dan riwayat bantuan. Data agregat per kabupaten/kota tetap terbuka.",
        "holder": "Bidang Perlindungan dan Jaminan Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2025-03-17", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "Selama program berjalan ditambah 5 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf h angka 1 dan 3; UU 27/2022 tentang Pelindungan Data Pribadi "
                       "Pasal 4 (data keuangan pribadi dan data yang dikombinasikan untuk mengidentifikasi seseorang)",
        "consequence_test": "Jika dibuka, data kependudukan dan kondisi ekonomi keluarga miskin dapat disalahgunakan "
                            "untuk penipuan, pinjaman daring ilegal, atau stigmatisasi penerima bantuan. Jika "
                            "ditutup, pengawasan publik tetap terjaga melalui data agregat per wilayah dan mekanisme "
                            "sanggah di tingkat desa/kelurahan.",
        "exempt_until": None,
        "files": ["uji-konsekuensi-data-penerima-bansos.docx"],
    },
    {
        "external_id": "demo-dikecualikan-002", "category": "dikecualikan", "unit": "UPT-RSBL-KEDIRI", "year": 2025,
        "title": "Rekam Medis dan Hasil Asesmen Psikologis Penerima Manfaat UPT RSBL Kediri",
        "summary": "Catatan medis, diagnosis psikiatri, riwayat pengobatan, dan hasil asesmen psikologis penerima "
                   "manfaat disabilitas mental.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSBL Kediri", "responsible": "PPID Pelaksana UPT RSBL Kediri",
        "produced_at": "2025-03-20", "produced_place": "Kediri",
        "formats": "softcopy;hardcopy", "retention": "Selama penerima manfaat dilayani ditambah 10 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf h angka 2; UU 17/2023 tentang Kesehatan (kerahasiaan rekam "
                       "medis); UU 8/2016 tentang Penyandang Disabilitas",
        "consequence_test": "Jika dibuka, riwayat gangguan jiwa penerima manfaat dapat menimbulkan stigma, "
                            "diskriminasi, dan hambatan reintegrasi ke keluarga dan masyarakat. Jika ditutup, "
                            "kepentingan publik tidak dirugikan karena mutu layanan dapat diawasi melalui data "
                            "agregat dan laporan kinerja UPT.",
        "exempt_until": None,
        "files": ["uji-konsekuensi-rekam-medis-rsbl-kediri.odt"],
    },
    {
        "external_id": "demo-dikecualikan-003", "category": "dikecualikan", "unit": "UPT-PRSMP-SURABAYA", "year": 2025,
        "title": "Identitas dan Berkas Perkara Anak Berhadapan dengan Hukum (ABH)",
        "summary": "Nama, foto, alamat, identitas orang tua, laporan penelitian kemasyarakatan, dan catatan "
                   "perkembangan anak yang menjalani rehabilitasi sosial berdasarkan penetapan atau putusan "
                   "pengadilan.",
        "holder": "Seksi Rehabilitasi Sosial UPT PRSMP Surabaya", "responsible": "PPID Pelaksana UPT PRSMP Surabaya",
        "produced_at": "2025-04-07", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Sampai anak berusia 25 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf a angka 2 dan huruf j; UU 11/2012 tentang Sistem Peradilan "
                       "Pidana Anak Pasal 19 (identitas anak wajib dirahasiakan)",
        "consequence_test": "Jika dibuka, identitas anak dapat tersebar di media dan media sosial sehingga "
                            "mengganggu proses hukum, membahayakan keselamatan anak, dan menghambat pemulihan. "
                            "Jika ditutup, hak anak atas kerahasiaan terlindungi sementara jumlah ABH yang dilayani "
                            "tetap diumumkan secara agregat.",
        "exempt_until": None,
        "files": ["uji-konsekuensi-identitas-abh.txt"],
    },
    {
        "external_id": "demo-dikecualikan-004", "category": "dikecualikan", "unit": "UPT-RSBD-PASURUAN", "year": 2026,
        "title": "Rincian Harga Perkiraan Sendiri (HPS) Paket Pengadaan Alat Bantu Disabilitas yang Sedang Berjalan",
        "summary": "Rincian harga satuan HPS per item kursi roda, kaki palsu, dan alat bantu dengar pada paket "
                   "pengadaan yang masih dalam proses pemilihan. Nilai total HPS tetap diumumkan.",
        "holder": "Pejabat Pembuat Komitmen UPT RSBD Pasuruan", "responsible": "PPID Pelaksana UPT RSBD Pasuruan",
        "produced_at": "2026-03-16", "produced_place": "Pasuruan",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf b; Perpres 16/2018 jo. Perpres 12/2021 tentang Pengadaan "
                       "Barang/Jasa Pemerintah (nilai total HPS terbuka, rinciannya dirahasiakan)",
        "consequence_test": "Jika dibuka sebelum pemilihan selesai, calon penyedia dapat menyesuaikan penawaran "
                            "terhadap rincian HPS sehingga persaingan usaha tidak sehat dan negara berpotensi "
                            "dirugikan. Jika ditutup sampai kontrak ditandatangani, persaingan tetap sehat dan "
                            "rincian dapat dibuka setelahnya.",
        "exempt_until": "2026-07-31",
        "files": [],
    },
    {
        "external_id": "demo-dikecualikan-005", "category": "dikecualikan", "unit": "DINSOS", "year": 2025,
        "title": "Risalah dan Memorandum Internal Rapat Pimpinan sebelum Keputusan Ditetapkan",
        "summary": "Memorandum, telaahan staf, dan risalah rapat pimpinan yang memuat opsi kebijakan yang belum "
                   "diputuskan, antara lain rancangan alokasi bantuan sosial dan penataan UPT.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "PPID Dinas Sosial",
        "produced_at": "2025-05-12", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf i",
        "consequence_test": "Jika dibuka sebelum keputusan, opsi yang belum final dapat disalahpahami sebagai "
                            "kebijakan, memicu spekulasi, dan menghambat musyawarah pimpinan secara terbuka. "
                            "Jika ditutup, keputusan akhir beserta dasar pertimbangannya tetap diumumkan setelah "
                            "ditetapkan.",
        "exempt_until": None,
        "files": [],
    },
]

DIKECUALIKAN += [
    {
        "external_id": "demo-dikecualikan-006", "category": "dikecualikan", "unit": "UPT-PSTW-PASURUAN", "year": 2025,
        "title": "Data Nomor Rekening Bank dan Rincian Penghasilan Pegawai UPT PSTW Pasuruan",
        "summary": "Daftar nomor rekening bank, rincian gaji, tunjangan, dan potongan pegawai ASN dan non-ASN yang "
                   "dipakai untuk pembayaran penghasilan.",
        "holder": "Bendahara Pengeluaran Pembantu UPT PSTW Pasuruan", "responsible": "PPID Pelaksana UPT PSTW Pasuruan",
        "produced_at": "2025-01-31", "produced_place": "Pasuruan",
        "formats": "softcopy", "retention": "10 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf h angka 3; UU 27/2022 tentang Pelindungan Data Pribadi",
        "consequence_test": "Jika dibuka, nomor rekening dan penghasilan pegawai dapat dipakai untuk penipuan, "
                            "rekayasa sosial, atau pembobolan rekening. Jika ditutup, akuntabilitas belanja pegawai "
                            "tetap terjaga melalui laporan realisasi anggaran dan pemeriksaan BPK.",
        "exempt_until": None,
        "files": [],
    },
    {
        "external_id": "demo-dikecualikan-007", "category": "dikecualikan", "unit": "DINSOS", "year": 2025,
        "title": "Hasil Asesmen Kompetensi dan Evaluasi Kinerja Individu Pegawai",
        "summary": "Laporan asesmen kompetensi manajerial dan sosial kultural, rekomendasi pengembangan, dan nilai "
                   "evaluasi kinerja individu pegawai Dinas Sosial.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "PPID Dinas Sosial",
        "produced_at": "2025-09-08", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama pegawai aktif ditambah 5 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf h angka 4",
        "consequence_test": "Jika dibuka, penilaian kemampuan seseorang dapat merugikan reputasi dan karier "
                            "pegawai yang bersangkutan serta mengganggu objektivitas asesmen berikutnya. Jika "
                            "ditutup, publik tetap memperoleh informasi tentang metode asesmen, jadwal, dan hasil "
                            "agregat pemetaan kompetensi.",
        "exempt_until": None,
        "files": ["uji-konsekuensi-hasil-asesmen-pegawai.html"],
    },
    {
        "external_id": "demo-dikecualikan-008", "category": "dikecualikan", "unit": "DINSOS", "year": 2025,
        "title": "Identitas Pelapor dan Materi Laporan Whistleblowing System yang Sedang Ditangani",
        "summary": "Identitas, kontak, dan bukti yang disampaikan pelapor dugaan pelanggaran melalui Whistleblowing "
                   "System, serta kertas kerja penanganannya.",
        "holder": "Tim Pengelola Whistleblowing System Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2025-02-10", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "5 tahun setelah laporan selesai ditangani",
        "legal_basis": "UU 14/2008 Pasal 17 huruf a angka 2; UU 13/2006 jo. UU 31/2014 tentang Perlindungan Saksi "
                       "dan Korban",
        "consequence_test": "Jika dibuka, pelapor berisiko mendapat tekanan, pembalasan, atau ancaman, dan "
                            "penanganan dugaan pelanggaran dapat terhambat. Jika ditutup, kepercayaan pegawai dan "
                            "masyarakat untuk melapor terjaga; jumlah laporan dan status tindak lanjut tetap "
                            "diumumkan secara agregat.",
        "exempt_until": None,
        "files": [],
    },
    {
        "external_id": "demo-dikecualikan-009", "category": "dikecualikan", "unit": "UPT-PPSKTK-SURABAYA", "year": 2025,
        "title": "Identitas, Kronologi, dan Hasil Asesmen Korban Kekerasan dan Tindak Pidana Perdagangan Orang",
        "summary": "Berkas kasus korban kekerasan dan perdagangan orang yang dilindungi di rumah perlindungan: "
                   "identitas, kronologi kejadian, hasil asesmen, dan rencana pemulihan.",
        "holder": "Seksi Perlindungan Sosial UPT PPSKTK Surabaya", "responsible": "PPID Pelaksana UPT PPSKTK Surabaya",
        "produced_at": "2025-06-16", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf a angka 2 dan huruf h; UU 21/2007 tentang Pemberantasan Tindak "
                       "Pidana Perdagangan Orang; UU 12/2022 tentang Tindak Pidana Kekerasan Seksual",
        "consequence_test": "Jika dibuka, korban dapat dilacak oleh pelaku atau jaringannya, mengalami "
                            "reviktimisasi, dan proses penyidikan terganggu. Jika ditutup, keselamatan korban "
                            "terjamin dan publik tetap memperoleh data agregat jumlah korban yang dilayani.",
        "exempt_until": None,
        "files": [],
    },
    {
        "external_id": "demo-dikecualikan-010", "category": "dikecualikan", "unit": "UPT-RSKN-MOJOKERTO", "year": 2024,
        "title": "Data Klien Rehabilitasi Sosial Korban Penyalahgunaan NAPZA",
        "summary": "Identitas klien, riwayat penggunaan NAPZA, hasil tes urine, catatan konseling, dan rencana "
                   "rehabilitasi klien rawat inap maupun rawat jalan.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSKN Mojokerto", "responsible": "PPID Pelaksana UPT RSKN Mojokerto",
        "produced_at": "2024-11-11", "produced_place": "Mojokerto",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "legal_basis": "UU 14/2008 Pasal 17 huruf h angka 2; UU 35/2009 tentang Narkotika",
        "consequence_test": "Jika dibuka, klien menghadapi stigma, kehilangan pekerjaan, dan keengganan pecandu "
                            "lain untuk melapor diri. Jika ditutup, tujuan rehabilitasi terlindungi dan kinerja "
                            "layanan tetap dapat dinilai dari data agregat.",
        "exempt_until": None,
        "files": [],
    },
]
