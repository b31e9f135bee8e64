"""Demo DIP entries: informasi berkala (Perki 1/2021 Pasal 14 ayat (2) huruf a-k)."""
from __future__ import annotations

BERKALA = [
    {
        "external_id": "demo-berkala-001", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Profil Dinas Sosial Provinsi Jawa Timur: Kedudukan, Tugas, Fungsi, dan Alamat",
        "summary": "Kedudukan, alamat kantor, tugas pokok, fungsi, visi dan misi Dinas Sosial Provinsi Jawa Timur "
                   "berdasarkan Peraturan Gubernur tentang kedudukan, susunan organisasi, dan tata kerja.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2025-01-20", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["profil-dinas-sosial-jatim-2025.html"],
    },
    {
        "external_id": "demo-berkala-002", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Struktur Organisasi dan Profil Singkat Pejabat Struktural Dinas Sosial",
        "summary": "Bagan struktur organisasi Dinas Sosial beserta nama, jabatan, dan riwayat pendidikan singkat "
                   "pejabat pimpinan tinggi pratama, administrator, dan kepala UPT.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2025-02-03", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["struktur-organisasi-dinsos-jatim-2025.docx"],
    },
    {
        "external_id": "demo-berkala-003", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Rekapitulasi Kepatuhan Penyampaian LHKPN Pejabat Dinas Sosial Tahun Pelaporan 2024",
        "summary": "Rekap jumlah wajib lapor dan penyampaian Laporan Harta Kekayaan Penyelenggara Negara per "
                   "kelompok jabatan. Rincian LHKPN tiap pejabat dapat dilihat pada pengumuman e-LHKPN KPK.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2025-04-15", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["rekap-kepatuhan-lhkpn-2024.xlsx"],
    },
    {
        "external_id": "demo-berkala-004", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Program, Kegiatan, dan Anggaran Dinas Sosial Tahun Anggaran 2025",
        "summary": "Daftar program dan kegiatan beserta penanggung jawab, target kinerja, jadwal pelaksanaan, dan "
                   "pagu anggaran sesuai Dokumen Pelaksanaan Anggaran (DPA) Tahun 2025.",
        "holder": "Subbagian Perencanaan, Evaluasi, dan Pelaporan", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2025-01-10", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "files": ["program-kegiatan-anggaran-2025.xlsx"],
    },
    {
        "external_id": "demo-berkala-005", "category": "berkala", "unit": "UPT-PSTW-BLITAR", "year": 2025,
        "title": "Pengumuman Seleksi Tenaga Pramu Sosial (Pramurukti) Non-ASN Tahun 2025",
        "summary": "Pengumuman kebutuhan, persyaratan, jadwal, dan tahapan seleksi tenaga pramu sosial untuk "
                   "pendampingan lansia di UPT PSTW Blitar.",
        "holder": "Subbagian Tata Usaha UPT PSTW Blitar", "responsible": "Kepala UPT PSTW Blitar",
        "produced_at": "2025-06-02", "produced_place": "Blitar",
        "formats": "softcopy;hardcopy", "retention": "2 tahun",
        "files": ["pengumuman-seleksi-pramurukti-pstw-blitar-2025.txt"],
    },
    {
        "external_id": "demo-berkala-006", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Ringkasan Laporan Kinerja Instansi Pemerintah (LAKIP) Tahun 2024",
        "summary": "Ringkasan capaian indikator kinerja utama, realisasi sasaran strategis, dan efisiensi anggaran "
                   "Tahun 2024. Berkas PDF terlampir adalah contoh LAKIP publik instansi lain yang dipakai sebagai "
                   "berkas demo.",
        "holder": "Subbagian Perencanaan, Evaluasi, dan Pelaporan", "responsible": "Kepala Dinas Sosial",
        "produced_at": "2025-02-27", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "files": ["lakip-2024.pdf"],
    },
    {
        "external_id": "demo-berkala-007", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Ringkasan Laporan Keuangan Tahun Anggaran 2024 (Audited): Realisasi Anggaran dan Neraca",
        "summary": "Ringkasan Laporan Realisasi Anggaran dan Neraca per 31 Desember 2024 yang telah diperiksa BPK RI "
                   "Perwakilan Jawa Timur, beserta catatan singkat atas aset tetap.",
        "holder": "Subbagian Keuangan", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2025-06-10", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "files": ["ringkasan-laporan-keuangan-2024-audited.xlsx"],
    },
    {
        "external_id": "demo-berkala-008", "category": "berkala", "unit": "UPT-PSTW-BANGKALAN", "year": 2025,
        "title": "Ringkasan Laporan Barang Milik Daerah UPT PSTW Bangkalan Semester II Tahun 2024",
        "summary": "Ringkasan saldo awal, mutasi tambah/kurang, dan saldo akhir barang milik daerah menurut "
                   "golongan aset di UPT PSTW Bangkalan.",
        "holder": "Pengurus Barang UPT PSTW Bangkalan", "responsible": "Kepala UPT PSTW Bangkalan",
        "produced_at": "2025-01-24", "produced_place": "Bangkalan",
        "formats": "softcopy;hardcopy", "retention": "10 tahun",
        "files": ["laporan-bmd-pstw-bangkalan-2024-s2.odt"],
    },
    {
        "external_id": "demo-berkala-009", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Ringkasan Laporan Layanan Informasi Publik Semester I Tahun 2025",
        "summary": "Jumlah permohonan informasi yang diterima, waktu rata-rata pemenuhan, permohonan yang dikabulkan "
                   "seluruhnya atau sebagian, permohonan yang ditolak beserta alasannya, serta keberatan.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2025-07-15", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["laporan-layanan-informasi-publik-2025-s1.docx"],
    },
    {
        "external_id": "demo-berkala-010", "category": "berkala", "unit": "DINSOS", "year": 2025,
        "title": "Daftar Peraturan dan Kebijakan Bidang Sosial: Yang Telah Ditetapkan dan Rancangan",
        "summary": "Daftar peraturan gubernur dan keputusan kepala dinas di bidang sosial yang berlaku, serta "
                   "rancangan yang sedang disusun beserta tahapan pembahasannya.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2025-08-11", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "Selama berlaku",
        "files": ["daftar-regulasi-bidang-sosial-2025.html"],
    },
]

BERKALA += [
    {
        "external_id": "demo-berkala-011", "category": "berkala", "unit": "DINSOS", "year": 2024,
        "title": "Prosedur Permohonan Informasi Publik, Pengajuan Keberatan, dan Penyelesaian Sengketa Informasi",
        "summary": "Alur dan jangka waktu permohonan informasi, pengajuan keberatan kepada Atasan PPID, dan sengketa "
                   "ke Komisi Informasi Provinsi Jawa Timur, lengkap dengan kontak layanan.",
        "holder": "Sekretariat PPID Dinas Sosial", "responsible": "PPID Dinas Sosial",
        "produced_at": "2024-03-05", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["prosedur-permohonan-keberatan-sengketa.txt"],
    },
    {
        "external_id": "demo-berkala-012", "category": "berkala", "unit": "DINSOS", "year": 2024,
        "title": "Tata Cara Pengaduan Dugaan Penyalahgunaan Wewenang atau Pelanggaran oleh Pejabat",
        "summary": "Saluran, persyaratan, dan alur penanganan pengaduan atas dugaan penyalahgunaan wewenang oleh "
                   "pejabat Dinas Sosial maupun pihak ketiga pelaksana kontrak.",
        "holder": "Subbagian Umum dan Kepegawaian", "responsible": "Sekretaris Dinas Sosial",
        "produced_at": "2024-05-20", "produced_place": "Surabaya",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["tata-cara-pengaduan-penyalahgunaan-wewenang.odt"],
    },
    {
        "external_id": "demo-berkala-013", "category": "berkala", "unit": "DINSOS", "year": 2026,
        "title": "Rencana Umum Pengadaan (RUP) Barang/Jasa Tahun Anggaran 2026",
        "summary": "Daftar paket pengadaan barang/jasa Tahun 2026 beserta jenis pengadaan, metode pemilihan, pagu, "
                   "sumber dana, dan jadwal pemilihan sebagaimana diumumkan melalui SiRUP.",
        "holder": "Pejabat Pembuat Komitmen Dinas Sosial",
        "responsible": "Kepala Dinas Sosial selaku Pengguna Anggaran",
        "produced_at": "2026-01-15", "produced_place": "Surabaya",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["rup-dinsos-2026.xlsx"],
    },
    {
        "external_id": "demo-berkala-014", "category": "berkala", "unit": "UPT-RSBK-SIDOARJO", "year": 2025,
        "title": "Informasi Ketenagakerjaan: Penyaluran Kerja Alumni Penerima Manfaat Bina Karya Tahun 2025",
        "summary": "Rekap alumni penerima manfaat yang disalurkan bekerja atau berwirausaha menurut bidang "
                   "keterampilan, serta mitra penyalur tenaga kerja.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSBK Sidoarjo", "responsible": "Kepala UPT RSBK Sidoarjo",
        "produced_at": "2025-12-18", "produced_place": "Sidoarjo",
        "formats": "softcopy", "retention": "5 tahun",
        "files": ["penyaluran-kerja-alumni-rsbk-sidoarjo-2025.xlsx"],
    },
    {
        "external_id": "demo-berkala-015", "category": "berkala", "unit": "UPT-PSTW-JEMBER", "year": 2025,
        "title": "Program dan Kegiatan UPT Pelayanan Sosial Tresna Werdha Jember Tahun 2025",
        "summary": "Rencana kegiatan pelayanan lansia dalam panti dan luar panti (home care), target penerima "
                   "manfaat, jadwal, penanggung jawab, dan anggaran.",
        "holder": "Subbagian Tata Usaha UPT PSTW Jember", "responsible": "Kepala UPT PSTW Jember",
        "produced_at": "2025-01-22", "produced_place": "Jember",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "files": ["program-kegiatan-pstw-jember-2025.docx"],
    },
    {
        "external_id": "demo-berkala-016", "category": "berkala", "unit": "UPT-RSBN-MALANG", "year": 2025,
        "title": "Ringkasan Capaian Kinerja UPT Rehabilitasi Sosial Bina Netra Malang Tahun 2024",
        "summary": "Target dan realisasi indikator kinerja UPT RSBN Malang Tahun 2024, termasuk jumlah penyandang "
                   "disabilitas netra yang menyelesaikan rehabilitasi sosial dan pelatihan pijat.",
        "holder": "Subbagian Tata Usaha UPT RSBN Malang", "responsible": "Kepala UPT RSBN Malang",
        "produced_at": "2025-01-30", "produced_place": "Batu",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "files": ["capaian-kinerja-rsbn-malang-2024.odt"],
    },
    {
        "external_id": "demo-berkala-017", "category": "berkala", "unit": "UPT-PSAB-SIDOARJO", "year": 2025,
        "title": "Ringkasan Realisasi Anggaran UPT Pelayanan Sosial Asuhan Balita Sidoarjo TA 2024",
        "summary": "Pagu dan realisasi belanja UPT PSAB Sidoarjo Tahun Anggaran 2024 per jenis belanja, termasuk "
                   "belanja makanan tambahan dan susu balita.",
        "holder": "Bendahara Pengeluaran Pembantu UPT PSAB Sidoarjo", "responsible": "Kepala UPT PSAB Sidoarjo",
        "produced_at": "2025-01-28", "produced_place": "Sidoarjo",
        "formats": "softcopy", "retention": "10 tahun",
        "files": ["realisasi-anggaran-psab-sidoarjo-2024.xlsx"],
    },
    {
        "external_id": "demo-berkala-018", "category": "berkala", "unit": "UPT-RSBG-KEDIRI", "year": 2026,
        "title": "Program dan Kegiatan Rehabilitasi Sosial Penyandang Disabilitas Intelektual Tahun 2026",
        "summary": "Program bimbingan fisik, mental, sosial, dan keterampilan bagi penyandang disabilitas intelektual "
                   "di UPT RSBG Kediri beserta jadwal dan kuota penerima manfaat.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSBG Kediri", "responsible": "Kepala UPT RSBG Kediri",
        "produced_at": "2026-01-12", "produced_place": "Kediri",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "files": ["program-kegiatan-rsbg-kediri-2026.html"],
    },
]

# Pasal 14 ayat (2) huruf i and k: procurement execution, and early warning and evacuation at each office.
BERKALA += [
    {
        "external_id": "demo-berkala-019", "category": "berkala", "unit": "UPT-PSBR-BOJONEGORO", "year": 2025,
        "title": "Ringkasan Kontrak dan Realisasi Pengadaan Barang/Jasa UPT PSBR Bojonegoro Tahun 2024",
        "summary": "Ringkasan kontrak pengadaan peralatan pelatihan menjahit, las, dan otomotif: nilai kontrak, "
                   "penyedia, SPMK, serah terima pekerjaan, dan SP2D.",
        "holder": "Pejabat Pelaksana Teknis Kegiatan UPT PSBR Bojonegoro", "responsible": "Kepala UPT PSBR Bojonegoro",
        "produced_at": "2025-01-31", "produced_place": "Bojonegoro",
        "formats": "hardcopy", "retention": "10 tahun",
        "files": [],
    },
    {
        "external_id": "demo-berkala-020", "category": "berkala", "unit": "UPT-PSTW-JEMBER", "year": 2024,
        "title": "Prosedur Peringatan Dini dan Evakuasi UPT PSTW Jember",
        "summary": "Tanda peringatan, pembagian tugas petugas piket, jalur evakuasi, titik kumpul, dan prioritas "
                   "evakuasi lansia tirah baring saat gempa, banjir, atau kebakaran.",
        "holder": "Subbagian Tata Usaha UPT PSTW Jember", "responsible": "Kepala UPT PSTW Jember",
        "produced_at": "2024-08-19", "produced_place": "Jember",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["prosedur-evakuasi-pstw-jember.txt"],
    },
    {
        "external_id": "demo-berkala-021", "category": "berkala", "unit": "UPT-PSPA-BATU", "year": 2025,
        "title": "Prosedur Peringatan Dini dan Evakuasi Bencana Tanah Longsor dan Kebakaran UPT PSPA Batu",
        "summary": "Pemantauan curah hujan, ambang siaga, jalur evakuasi dari asrama anak ke titik kumpul, dan "
                   "kontak darurat BPBD Kota Batu.",
        "holder": "Subbagian Tata Usaha UPT PSPA Batu", "responsible": "Kepala UPT PSPA Batu",
        "produced_at": "2025-03-10", "produced_place": "Batu",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["prosedur-evakuasi-pspa-batu.html"],
    },
    {
        "external_id": "demo-berkala-022", "category": "berkala", "unit": "UPT-RSBL-KEDIRI", "year": 2024,
        "title": "Prosedur Peringatan Dini dan Evakuasi bagi Penerima Manfaat Disabilitas Mental",
        "summary": "Prosedur evakuasi yang mempertimbangkan kondisi penerima manfaat disabilitas mental: "
                   "pendamping per kelompok, penanganan kepanikan, dan pencatatan kehadiran di titik kumpul.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSBL Kediri", "responsible": "Kepala UPT RSBL Kediri",
        "produced_at": "2024-09-09", "produced_place": "Kediri",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["prosedur-evakuasi-rsbl-kediri.docx"],
    },
    {
        "external_id": "demo-berkala-023", "category": "berkala", "unit": "UPT-PSTW-BANYUWANGI", "year": 2025,
        "title": "Prosedur Peringatan Dini dan Evakuasi Gempa Bumi dan Tsunami UPT PSTW Banyuwangi",
        "summary": "Penerimaan peringatan dini tsunami dari BMKG/BPBD, rute evakuasi ke tempat tinggi, dan pembagian "
                   "kendaraan evakuasi untuk lansia dengan keterbatasan mobilitas.",
        "holder": "Subbagian Tata Usaha UPT PSTW Banyuwangi", "responsible": "Kepala UPT PSTW Banyuwangi",
        "produced_at": "2025-04-14", "produced_place": "Banyuwangi",
        "formats": "hardcopy", "retention": "Selama berlaku",
        "files": [],
    },
    {
        "external_id": "demo-berkala-024", "category": "berkala", "unit": "UPT-RSBN-MALANG", "year": 2025,
        "title": "Prosedur Evakuasi Darurat bagi Penyandang Disabilitas Netra UPT RSBN Malang",
        "summary": "Sinyal peringatan berbasis suara, jalur pemandu taktil menuju titik kumpul, dan sistem pendamping "
                   "berpasangan bagi penerima manfaat netra.",
        "holder": "Seksi Rehabilitasi Sosial UPT RSBN Malang", "responsible": "Kepala UPT RSBN Malang",
        "produced_at": "2025-05-19", "produced_place": "Batu",
        "formats": "softcopy;hardcopy", "retention": "Selama berlaku",
        "files": ["prosedur-evakuasi-rsbn-malang.odt"],
    },
    {
        "external_id": "demo-berkala-025", "category": "berkala", "unit": "UPT-PSAB-SIDOARJO", "year": 2024,
        "title": "Prosedur Evakuasi Bayi dan Balita Asuhan UPT PSAB Sidoarjo",
        "summary": "Pembagian pengasuh per kamar bayi, penggunaan gendongan dan kereta evakuasi, perlengkapan "
                   "siaga (susu, popok, obat), serta titik kumpul aman.",
        "holder": "Seksi Pelayanan Sosial UPT PSAB Sidoarjo", "responsible": "Kepala UPT PSAB Sidoarjo",
        "produced_at": "2024-10-07", "produced_place": "Sidoarjo",
        "formats": "hardcopy", "retention": "Selama berlaku",
        "files": [],
    },
    {
        "external_id": "demo-berkala-026", "category": "berkala", "unit": "UPT-PSBR-JOMBANG", "year": 2026,
        "title": "Pengumuman Penerimaan Calon Penerima Manfaat Pelatihan Keterampilan Angkatan I Tahun 2026",
        "summary": "Kuota, persyaratan, jenis keterampilan, jadwal pendaftaran, dan tahapan seleksi calon penerima "
                   "manfaat remaja putus sekolah di UPT PSBR Jombang.",
        "holder": "Seksi Pelayanan Sosial UPT PSBR Jombang", "responsible": "Kepala UPT PSBR Jombang",
        "produced_at": "2026-01-05", "produced_place": "Jombang",
        "formats": "softcopy;hardcopy", "retention": "2 tahun",
        "files": ["penerimaan-pm-psbr-jombang-2026.txt"],
    },
]

BERKALA += [
    {
        "external_id": "demo-berkala-027", "category": "berkala", "unit": "UPT-RSBL-PASURUAN", "year": 2026,
        "title": "Program dan Kegiatan UPT Rehabilitasi Sosial Bina Laras Pasuruan Tahun 2026",
        "summary": "Program rehabilitasi sosial penyandang disabilitas mental eks psikotik: target penerima manfaat, "
                   "jadwal, penanggung jawab, dan anggaran Tahun 2026.",
        "holder": "Subbagian Tata Usaha UPT RSBL Pasuruan", "responsible": "Kepala UPT RSBL Pasuruan",
        "produced_at": "2026-01-19", "produced_place": "Pasuruan",
        "formats": "softcopy;hardcopy", "retention": "5 tahun",
        "files": ["program-kegiatan-rsbl-pasuruan-2026.odt"],
    },
    {
        "external_id": "demo-berkala-028", "category": "berkala", "unit": "UPT-PSAA-BANYUWANGI", "year": 2025,
        "title": "Prosedur Peringatan Dini dan Evakuasi UPT PSAA Banyuwangi",
        "summary": "Tanda peringatan, pembagian pendamping per kelompok anak, jalur evakuasi asrama, dan titik "
                   "kumpul saat gempa bumi atau kebakaran.",
        "holder": "Subbagian Tata Usaha UPT PSAA Banyuwangi", "responsible": "Kepala UPT PSAA Banyuwangi",
        "produced_at": "2025-08-04", "produced_place": "Banyuwangi",
        "formats": "hardcopy", "retention": "Selama berlaku",
        "files": [],
    },
]
