"""Demo DIP catalogue of Dinas Sosial Provinsi Jawa Timur and its 30 UPT (demo data, not official)."""
from __future__ import annotations

from kip_portal.demo.catalog_berkala import BERKALA
from kip_portal.demo.catalog_dikecualikan import DIKECUALIKAN
from kip_portal.demo.catalog_generated_1 import GENERATED_1
from kip_portal.demo.catalog_generated_2 import GENERATED_2
from kip_portal.demo.catalog_generated_3 import GENERATED_3
from kip_portal.demo.catalog_generated_4 import GENERATED_4
from kip_portal.demo.catalog_serta_merta import SERTA_MERTA
from kip_portal.demo.catalog_setiap_saat import SETIAP_SAAT

UTAMA = {
    "code": "DINSOS",
    "name": "Dinas Sosial Provinsi Jawa Timur",
    "address": "Jl. Gayung Kebonsari No. 56B, Surabaya 60235",
    "phone": "(031) 8290794",
    "email": "ppid.dinsos@demo.test",
    "head": "Dr. Hadi Prasetyo Wibowo, S.Sos., M.Si. (demo)",
}

# The PPID Pelaksana: one per UPT/Balai. The first one is the unit of the demo PPID Pelaksana officer.
PELAKSANA = [
    {"code": "UPT-PSTW-JEMBER", "name": "UPT Pelayanan Sosial Tresna Werdha Jember",
     "address": "Jl. Moch. Seruji No. 6, Kaliwates, Jember 68133", "phone": "(0331) 485623",
     "email": "upt-pstw-jember@demo.test", "head": "Drs. Bambang Sutrisno, M.Si. (demo)"},
    {"code": "UPT-PSTW-BANYUWANGI", "name": "UPT Pelayanan Sosial Tresna Werdha Banyuwangi",
     "address": "Jl. Gajah Mada No. 147, Giri, Banyuwangi 68422", "phone": "(0333) 421387",
     "email": "upt-pstw-banyuwangi@demo.test", "head": "Sri Wahyuningsih, S.Sos. (demo)"},
    {"code": "UPT-PSTW-BOJONEGORO", "name": "UPT Pelayanan Sosial Tresna Werdha Bojonegoro",
     "address": "Jl. Veteran No. 92, Bojonegoro 62114", "phone": "(0353) 881245",
     "email": "upt-pstw-bojonegoro@demo.test", "head": "Agus Setiawan, S.H., M.M. (demo)"},
    {"code": "UPT-PSTW-MAGETAN", "name": "UPT Pelayanan Sosial Tresna Werdha Magetan",
     "address": "Jl. Raya Maospati-Magetan Km 5, Selosari, Magetan 63318", "phone": "(0351) 895117",
     "email": "upt-pstw-magetan@demo.test", "head": "Endang Purwaningsih, S.Pd., M.Si. (demo)"},
    {"code": "UPT-PSTW-BLITAR", "name": "UPT Pelayanan Sosial Tresna Werdha Blitar",
     "address": "Jl. Cemara No. 21, Sananwetan, Kota Blitar 66137", "phone": "(0342) 801552",
     "email": "upt-pstw-blitar@demo.test", "head": "Heru Susanto, S.Sos. (demo)"},
    {"code": "UPT-PSTW-LAMONGAN", "name": "UPT Pelayanan Sosial Tresna Werdha Lamongan",
     "address": "Jl. Raya Babat-Jombang Km 3, Babat, Lamongan 62271", "phone": "(0322) 451093",
     "email": "upt-pstw-lamongan@demo.test", "head": "Siti Nurhalimah, S.Sos., M.AP. (demo)"},
    {"code": "UPT-PSTW-PASURUAN", "name": "UPT Pelayanan Sosial Tresna Werdha Pasuruan",
     "address": "Jl. Raya Pandaan-Tretes No. 12, Pandaan, Pasuruan 67156", "phone": "(0343) 631208",
     "email": "upt-pstw-pasuruan@demo.test", "head": "Joko Prihatin, S.E. (demo)"},
    {"code": "UPT-PSTW-BANGKALAN", "name": "UPT Pelayanan Sosial Tresna Werdha Bangkalan",
     "address": "Jl. Soekarno-Hatta No. 48, Bangkalan 69116", "phone": "(031) 3095476",
     "email": "upt-pstw-bangkalan@demo.test", "head": "Moh. Fauzi Rahman, S.Ag., M.Si. (demo)"},
    {"code": "UPT-PSBR-JOMBANG", "name": "UPT Pelayanan Sosial Bina Remaja Jombang",
     "address": "Jl. KH. Wahid Hasyim No. 158, Jombang 61419", "phone": "(0321) 861374",
     "email": "upt-psbr-jombang@demo.test", "head": "Yuli Kristanti, S.Psi. (demo)"},
    {"code": "UPT-PSBR-BOJONEGORO", "name": "UPT Pelayanan Sosial Bina Remaja Bojonegoro",
     "address": "Jl. Lettu Suwolo No. 37, Bojonegoro 62119", "phone": "(0353) 883920",
     "email": "upt-psbr-bojonegoro@demo.test", "head": "Suharto Widodo, S.Sos. (demo)"},
    {"code": "UPT-PSBR-TUBAN", "name": "UPT Pelayanan Sosial Bina Remaja Tuban",
     "address": "Jl. Dr. Wahidin Sudirohusodo No. 25, Tuban 62319", "phone": "(0356) 322618",
     "email": "upt-psbr-tuban@demo.test", "head": "Rina Dwi Astuti, S.Sos., M.Si. (demo)"},
    {"code": "UPT-RSBN-MALANG", "name": "UPT Rehabilitasi Sosial Bina Netra Malang",
     "address": "Jl. Tata Surya No. 1, Dadaprejo, Junrejo, Batu 65233", "phone": "(0341) 463208",
     "email": "upt-rsbn-malang@demo.test", "head": "Drs. Teguh Santoso (demo)"},
    {"code": "UPT-PSAB-SIDOARJO", "name": "UPT Pelayanan Sosial Asuhan Balita Sidoarjo",
     "address": "Jl. Raya Taman No. 61, Taman, Sidoarjo 61257", "phone": "(031) 7881432",
     "email": "upt-psab-sidoarjo@demo.test", "head": "Ninik Sulistyowati, S.Sos. (demo)"},
    {"code": "UPT-PSPA-BATU", "name": "UPT Pelayanan Sosial Petirahan Anak Batu",
     "address": "Jl. Brantas No. 43, Ngaglik, Batu 65311", "phone": "(0341) 591067",
     "email": "upt-pspa-batu@demo.test", "head": "Dwi Hartono, S.Pd., M.Pd. (demo)"},
    {"code": "UPT-RSBL-KEDIRI", "name": "UPT Rehabilitasi Sosial Bina Laras Kediri",
     "address": "Jl. Raya Kediri-Pare Km 6, Gurah, Kediri 64181", "phone": "(0354) 391274",
     "email": "upt-rsbl-kediri@demo.test", "head": "Ir. Slamet Riyadi, M.M. (demo)"},
    {"code": "UPT-RSBL-PASURUAN", "name": "UPT Rehabilitasi Sosial Bina Laras Pasuruan",
     "address": "Jl. Raya Sukorejo No. 88, Sukorejo, Pasuruan 67161", "phone": "(0343) 612739",
     "email": "upt-rsbl-pasuruan@demo.test", "head": "Wahyu Hidayat, S.Kep., M.Kes. (demo)"},
    {"code": "UPT-PRSMP-SURABAYA", "name": "UPT Perlindungan dan Rehabilitasi Sosial Marsudi Putra Surabaya",
     "address": "Jl. Raya Medokan Ayu No. 14, Rungkut, Surabaya 60295", "phone": "(031) 8700513",
     "email": "upt-prsmp-surabaya@demo.test", "head": "Lilik Mardiana, S.H., M.H. (demo)"},
    {"code": "UPT-RSBD-PASURUAN", "name": "UPT Rehabilitasi Sosial Bina Daksa Pasuruan",
     "address": "Jl. Raya Bangil-Pasuruan No. 210, Bangil, Pasuruan 67153", "phone": "(0343) 741526",
     "email": "upt-rsbd-pasuruan@demo.test", "head": "Sugeng Raharjo, S.Sos. (demo)"},
    {"code": "UPT-RSBG-KEDIRI", "name": "UPT Rehabilitasi Sosial Bina Grahita Kediri",
     "address": "Jl. Mayor Bismo No. 19, Semampir, Kota Kediri 64121", "phone": "(0354) 682047",
     "email": "upt-rsbg-kediri@demo.test", "head": "Tri Wulandari, S.Psi., M.Psi. (demo)"},
    {"code": "UPT-RSBK-SIDOARJO", "name": "UPT Rehabilitasi Sosial Bina Karya Sidoarjo",
     "address": "Jl. Raya Kedungturi No. 5, Taman, Sidoarjo 61257", "phone": "(031) 7882596",
     "email": "upt-rsbk-sidoarjo@demo.test", "head": "Achmad Zainuri, S.Sos., M.Si. (demo)"},
    {"code": "UPT-RSBRW-PROBOLINGGO", "name": "UPT Rehabilitasi Sosial Bina Rungu Wicara Probolinggo",
     "address": "Jl. Soekarno-Hatta No. 76, Kanigaran, Kota Probolinggo 67212", "phone": "(0335) 421869",
     "email": "upt-rsbrw-probolinggo@demo.test", "head": "Eko Budi Prasetyo, S.Pd. (demo)"},
    {"code": "UPT-PSAA-TULUNGAGUNG", "name": "UPT Pelayanan Sosial Asuhan Anak Tulungagung",
     "address": "Jl. Mayor Sujadi Timur No. 31, Tulungagung 66221", "phone": "(0355) 321754",
     "email": "upt-psaa-tulungagung@demo.test", "head": "Nanik Setyowati, S.Sos. (demo)"},
    {"code": "UPT-PSAA-BANYUWANGI", "name": "UPT Pelayanan Sosial Asuhan Anak Banyuwangi",
     "address": "Jl. Adi Sucipto No. 54, Taman Baru, Banyuwangi 68416", "phone": "(0333) 424580",
     "email": "upt-psaa-banyuwangi@demo.test", "head": "Imam Syafi'i, S.Ag. (demo)"},
    {"code": "UPT-PSAA-GRESIK", "name": "UPT Pelayanan Sosial Asuhan Anak Gresik",
     "address": "Jl. Dr. Wahidin Sudirohusodo No. 211, Kebomas, Gresik 61124", "phone": "(031) 3981645",
     "email": "upt-psaa-gresik@demo.test", "head": "Anik Mahmudah, S.Sos., M.Si. (demo)"},
    {"code": "UPT-PSTA-MALANG", "name": "UPT Pelayanan Sosial Taman Anak Malang",
     "address": "Jl. Raya Karangploso Km 4, Karangploso, Malang 65152", "phone": "(0341) 462713",
     "email": "upt-psta-malang@demo.test", "head": "Budi Santoso, S.Sos. (demo)"},
    {"code": "UPT-RSBW-KEDIRI", "name": "UPT Rehabilitasi Sosial Bina Wanita Kediri",
     "address": "Jl. Penanggungan No. 27, Bandar Lor, Kota Kediri 64114", "phone": "(0354) 772318",
     "email": "upt-rsbw-kediri@demo.test", "head": "Dra. Retno Handayani (demo)"},
    {"code": "UPT-RSEK-TUBAN", "name": "UPT Rehabilitasi Sosial Eks Penderita Kusta Tuban",
     "address": "Jl. Raya Tuban-Semarang Km 8, Jenu, Tuban 62352", "phone": "(0356) 711405",
     "email": "upt-rsek-tuban@demo.test", "head": "Sutikno, S.Kep., Ners (demo)"},
    {"code": "UPT-RSKN-MOJOKERTO", "name": "UPT Rehabilitasi Sosial Korban Penyalahgunaan NAPZA Mojokerto",
     "address": "Jl. Raya Pacet Km 3, Pacet, Mojokerto 61374", "phone": "(0321) 690284",
     "email": "upt-rskn-mojokerto@demo.test", "head": "dr. Hendra Kusuma, M.Kes. (demo)"},
    {"code": "UPT-PPSKTK-SURABAYA",
     "name": "UPT Perlindungan dan Pelayanan Sosial Korban Tindak Kekerasan Surabaya",
     "address": "Jl. Kendangsari Industri No. 9, Tenggilis Mejoyo, Surabaya 60292", "phone": "(031) 8491627",
     "email": "upt-ppsktk-surabaya@demo.test", "head": "Yeni Rahmawati, S.Psi., M.Psi., Psikolog (demo)"},
    {"code": "UPT-DIKLATKESOS-MALANG", "name": "UPT Pendidikan dan Pelatihan Kesejahteraan Sosial Malang",
     "address": "Jl. Raya Tlogomas No. 102, Lowokwaru, Kota Malang 65144", "phone": "(0341) 551938",
     "email": "upt-diklatkesos-malang@demo.test", "head": "Dr. Arif Wicaksono, M.Si. (demo)"},
]

# The DIP: every entry names its unit by code; "files" are names inside demo/files/.
# The mandatory item of Perki 1/2021 Pasal 14 ayat 2 / Pasal 21 ayat 1 each demo entry fulfils. A few items are
# deliberately left without an entry, so the auditor's completeness check has gaps to show.
LEGAL_ITEMS = {
    "demo-berkala-001": "berkala:a", "demo-berkala-002": "berkala:a", "demo-berkala-003": "berkala:a",
    "demo-berkala-004": "berkala:b", "demo-berkala-005": "berkala:b", "demo-berkala-015": "berkala:b",
    "demo-berkala-018": "berkala:b", "demo-berkala-026": "berkala:b", "demo-berkala-027": "berkala:b",
    "demo-berkala-006": "berkala:c", "demo-berkala-016": "berkala:c", "demo-berkala-007": "berkala:d",
    "demo-berkala-008": "berkala:d", "demo-berkala-017": "berkala:d", "demo-berkala-009": "berkala:e",
    "demo-berkala-010": "berkala:f", "demo-berkala-011": "berkala:g", "demo-berkala-012": "berkala:h",
    "demo-berkala-013": "berkala:i", "demo-berkala-019": "berkala:i", "demo-berkala-014": "berkala:j",
    "demo-berkala-020": "berkala:k", "demo-berkala-021": "berkala:k", "demo-berkala-022": "berkala:k",
    "demo-berkala-023": "berkala:k", "demo-berkala-024": "berkala:k", "demo-berkala-025": "berkala:k",
    "demo-berkala-028": "berkala:k",
    "demo-setiapsaat-001": "setiap_saat:a", "demo-setiapsaat-002": "setiap_saat:b",
    "demo-setiapsaat-003": "setiap_saat:b", "demo-setiapsaat-005": "setiap_saat:b",
    "demo-setiapsaat-006": "setiap_saat:c", "demo-setiapsaat-007": "setiap_saat:d",
    "demo-setiapsaat-021": "setiap_saat:e",
    "demo-setiapsaat-024": "setiap_saat:g", "demo-setiapsaat-008": "setiap_saat:h",
    "demo-setiapsaat-009": "setiap_saat:h", "demo-setiapsaat-010": "setiap_saat:i",
    "demo-setiapsaat-015": "setiap_saat:j", "demo-setiapsaat-016": "setiap_saat:j",
    "demo-setiapsaat-022": "setiap_saat:j", "demo-setiapsaat-023": "setiap_saat:l",
    "demo-setiapsaat-018": "setiap_saat:m", "demo-setiapsaat-029": "setiap_saat:m",
    "demo-setiapsaat-020": "setiap_saat:q", "demo-setiapsaat-019": "setiap_saat:r",
}
ENTRIES = [entry | ({"legal_item": LEGAL_ITEMS[entry["external_id"]]} if entry.get("external_id") in LEGAL_ITEMS
                    else {}) for entry in BERKALA + SERTA_MERTA + SETIAP_SAAT + DIKECUALIKAN]

# Content of every generated file named by an entry, written by documents.write_generated.
GENERATED = {**GENERATED_1, **GENERATED_2, **GENERATED_3, **GENERATED_4}
