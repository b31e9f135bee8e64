"""Load the demo organisation, its staff and its DIP; every step finds what exists and adds only what is missing."""
from __future__ import annotations

import json
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Callable
from typing import ContextManager
from typing import Iterable

import sqlalchemy as sa

from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.core.dates import local_date
from kip_portal.demo import catalog
from kip_portal.demo import history
from kip_portal.dip import transfer
from kip_portal.exemptions import services as exemptions
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.fees import services as fees
from kip_portal.fees.models import FeeKind
from kip_portal.inforequests import decisions
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData
from kip_portal.units.models import Unit
from kip_portal.units.models import UnitKind
from kip_portal.units.services import get_by_code

FILES_DIR = Path(__file__).parent / "files"
DEMO_PASSWORD = "Demo-KIP-2026!"
# (email, name, role, unit code): one account of every role, and officers of the PPID Utama and of one UPT.
DEMO_USERS = (
    ("admin@demo.test", "Admin Portal (demo)", Role.ADMIN, None),
    ("ppid@demo.test", "Petugas PPID Utama (demo)", Role.PPID, catalog.UTAMA["code"]),
    ("ppid.upt@demo.test", "Petugas PPID Pelaksana (demo)", Role.PPID, catalog.PELAKSANA[0]["code"]),
    ("atasan@demo.test", "Atasan PPID (demo)", Role.ATASAN, catalog.UTAMA["code"]),
    ("auditor@demo.test", "Auditor Komisi Informasi Provinsi Jawa Timur (demo)", Role.AUDITOR, None),
)
UNIT_FIELDS = ("code", "name", "address", "phone", "email", "head")


@dataclass
class SeedReport:
    units_created: int
    users_created: int
    entries: transfer.ImportReport
    requests_created: int = 0
    keberatan_created: int = 0
    sengketa_created: int = 0


def _ensure_units() -> int:
    created = 0
    utama = get_by_code(catalog.UTAMA["code"])
    if utama is None:
        utama = Unit(kind=UnitKind.UTAMA, is_demo=True, **{k: catalog.UTAMA.get(k, "") for k in UNIT_FIELDS})
        db.session.add(utama)
        created += 1
    for spec in catalog.PELAKSANA:
        if get_by_code(spec["code"]) is None:
            db.session.add(Unit(kind=UnitKind.PELAKSANA, parent=utama, is_demo=True,
                                **{k: spec.get(k, "") for k in UNIT_FIELDS}))
            created += 1
    db.session.commit()
    return created


def _ensure_users(now: datetime) -> int:
    created = 0
    for email, name, role, unit_code in DEMO_USERS:
        if auth.get_by_email(email) is None:
            unit = get_by_code(unit_code) if unit_code else None
            auth.create_user(email=email, name=name, password=DEMO_PASSWORD, role=role, unit=unit, actor=None,
                             now=now, is_demo=True)
            created += 1
    return created


# The demo's published fee table (Perki 1/2021 Pasal 37–38): copying and delivery only.
DEMO_FEES = (
    (FeeKind.COPY, "Fotokopi/cetak A4 hitam putih", "per lembar", 500),
    (FeeKind.COPY, "Cetak A4 berwarna", "per lembar", 1500),
    (FeeKind.COPY, "Salinan elektronik ke media milik pemohon atau melalui email", "per permohonan", 0),
    (FeeKind.DELIVERY, "Pengiriman pos/kurir dalam Provinsi Jawa Timur", "per kiriman", 15000),
)


def _ensure_fees(now: datetime) -> None:
    if fees.fee_table():
        return
    for kind, name, per, price in DEMO_FEES:
        fees.add_fee(kind=kind, name=name, per=per, price=price, actor=None, now=now,
                     legal_source="Keputusan PPID Dinas Sosial Provinsi Jawa Timur (demo)")


# Demo requests in every stage of their life, received on past working days (demo people, made-up NIKs).
DEMO_REQUESTS = (
    ("Rina Kartika (demo)", "3578014506900002", "Jl. Darmo 10, Surabaya", "rina@demo.test",
     "Jadwal dan kuota layanan home care lansia UPT PSTW Jember tahun 2026", "received"),
    ("Agus Salim (demo)", "3509120305850003", "Jl. Kalimantan 5, Jember", "agus@demo.test",
     "Rekapitulasi penerima manfaat PKH per kecamatan di Kabupaten Jember 2025", "extended"),
    ("Yayasan Peduli Lansia (demo)", "", "Jl. Sumatra 20, Jember", "yayasan@demo.test",
     "Standar operasional prosedur penerimaan lansia terlantar", "granted"),
    ("Dewi Lestari (demo)", "3509125208920004", "Jl. Mastrip 3, Jember", "dewi@demo.test",
     "Data nama dan alamat penerima bantuan sosial di Desa Sumbersari", "refusal"),
)


DEMO_TEST_NUMBER = "001/UK/PPID-DINSOS/I/2025 (demo)"


def _ensure_consequence_test(now: datetime) -> ConsequenceTest:
    """The PPID Utama's uji konsekuensi behind the demo refusals: personal data of aid recipients."""
    test = exemptions.find_by_number(DEMO_TEST_NUMBER)
    if test is not None:
        return test
    tested_on = date(local_date(now).year - 1, 1, 15)
    test = exemptions.create_test(exemptions.ConsequenceTestData(
        unit=get_by_code(catalog.UTAMA["code"]), number=DEMO_TEST_NUMBER,
        information="Nama, NIK, alamat dan nomor rekening penerima bantuan sosial perorangan",
        legal_basis="UU 14/2008 Pasal 17 huruf h; UU 27/2022 tentang Pelindungan Data Pribadi",
        consequence_if_opened="Mengungkap data pribadi penerima bantuan, membuka peluang penyalahgunaan identitas "
                              "dan stigma sosial.",
        consequence_if_closed="Melindungi privasi penerima; data agregat per desa tetap diumumkan.",
        period="Selama yang bersangkutan masih hidup (Perki 1/2021 Pasal 51)", tested_on=tested_on,
        tested_place="Surabaya",
        participants="Sekretaris Dinas; Atasan PPID; Dinas Sosial Provinsi Jawa Timur\n"
                     "Kepala Bidang Perlindungan dan Jaminan Sosial; Anggota; Dinas Sosial Provinsi Jawa Timur\n"
                     "Analis Hukum; Sekretaris Tim; Dinas Sosial Provinsi Jawa Timur"),
        actor=None, now=now)
    exemptions.approve(test, approved_by="Kepala Dinas Sosial Provinsi Jawa Timur (demo)",
                       approved_on=tested_on + timedelta(days=5), actor=auth.get_by_email("atasan@demo.test"),
                       now=now)
    return test


def _ensure_requests(now: datetime, test: ConsequenceTest) -> history.HistoryReport:
    """File two years of past requests, then the recent ones in every stage, through the real services, once."""
    if db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)):
        return history.HistoryReport(0, 0, 0)
    past = history.seed_history(test=test, today=local_date(now))
    officer = auth.get_by_email("ppid.upt@demo.test")
    for days_ago, (name, nik, address, email, information, stage) in zip((1, 8, 12, 4), DEMO_REQUESTS, strict=True):
        data = RequestData.from_mapping({
            "requester_type": "perorangan" if nik else "badan_hukum", "name": name, "nik": nik,
            "legal_entity_number": "" if nik else "AHU-0012345.AH.01.04 Tahun 2019 (demo)", "address": address,
            "email": email, "occupation": "Wiraswasta", "information": information, "purpose": "Kajian dan advokasi",
            "obtain_method": "salinan_softcopy", "delivery_method": "email", "unit": catalog.PELAKSANA[0]["code"]})
        info_request = requests.submit(data, channel=Channel.EMAIL, received_at=now - timedelta(days=days_ago),
                                       actor=officer, now=now).info_request
        if stage == "extended":
            requests.extend(info_request, reason="Data berada di arsip kecamatan dan sedang dihimpun.",
                            actor=officer, now=now)
        elif stage == "granted":
            copies = next(item for item in fees.fee_table() if item.price == 500)
            decisions.decide(info_request, decisions.DecisionData.from_mapping({
                "decision": "dikabulkan_seluruhnya", "information_form": "softcopy;hardcopy", "provision_days": 2,
                "fees": [{"item": copies.id, "quantity": 24}], "payment_method": "tunai"}), actor=officer, now=now)
        elif stage == "refusal":
            decisions.decide(info_request, decisions.DecisionData.from_mapping({
                "decision": "ditolak", "refusal_basis": "UU 14/2008 Pasal 17 huruf h; UU 27/2022",
                "consequence_test_id": test.id}), actor=officer, now=now)
    return history.HistoryReport(past.requests + len(DEMO_REQUESTS), past.keberatan, past.sengketa)


def _write_import_file(directory: Path) -> Path:
    """Write the catalogue as an import file whose attachment paths point at the shipped demo files."""
    path = directory / "demo-dip.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for entry in catalog.ENTRIES:
            row = dict(entry)
            row["files"] = [str(FILES_DIR / name) for name in entry.get("files", [])]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def load_demo(*, now: datetime, max_bytes: int = 64 * 1024 * 1024,
              progress: Callable[[list], ContextManager[Iterable]] = nullcontext) -> SeedReport:
    """Create the demo units, users and entries that are missing."""
    units_created = _ensure_units()
    users_created = _ensure_users(now)
    _ensure_fees(now)
    test = _ensure_consequence_test(now)
    filed = _ensure_requests(now, test)
    with tempfile.TemporaryDirectory() as directory:
        report = transfer.import_file(_write_import_file(Path(directory)), actor=None, now=now,
                                      max_bytes=max_bytes, is_demo=True, progress=progress)
    return SeedReport(units_created, users_created, report, filed.requests, filed.keberatan, filed.sengketa)
