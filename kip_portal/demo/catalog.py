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
