"""The fields of a request as the law asks for them (Perki 1/2021 Pasal 27 and 29 ayat 5; Lampiran VI)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import fields
from typing import Any

from flask_babel import gettext as _

from kip_portal.core.exceptions import DomainError
from kip_portal.inforequests.models import DeliveryMethod
from kip_portal.inforequests.models import ObtainMethod
from kip_portal.inforequests.models import RequesterType

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{6,24}$")


def nik_problem(nik: str) -> str | None:
    """Why ``nik`` cannot be a Nomor Induk Kependudukan (16 digits: province, regency, district, birth date),
    in the page's language (Indonesian in the API, whose locale is fixed)."""
    if not re.fullmatch(r"[0-9]{16}", nik):
        return _("NIK harus 16 angka.")
    province, day, month = int(nik[:2]), int(nik[6:8]), int(nik[8:10])
    if not 11 <= province <= 94:
        return _("Dua angka pertama NIK (kode provinsi) tidak valid.")
    if not (1 <= day <= 31 or 41 <= day <= 71) or not 1 <= month <= 12:
        return _("Tanggal lahir dalam NIK (angka ke-7 sampai ke-12) tidak valid.")
    return None


@dataclass
class RequestData:
    requester_type: str
    name: str
    address: str
    information: str
    purpose: str
    obtain_method: str
    delivery_method: str
    nik: str = ""
    legal_entity_number: str = ""
    phone: str = ""
    email: str = ""
    occupation: str = ""
    unit: str = ""

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> RequestData:
        known = {f.name for f in fields(cls)}
        return cls(**{name: str(values.get(name) or "").strip() for name in known})

    def validate(self) -> None:
        """:raises DomainError: naming every field that is missing or wrong, in the page's language (gettext at
        validation time: the API's locale is Indonesian, so its messages stay Indonesian)."""
        problems: dict[str, str] = {}
        required = {"name": _("Nama wajib diisi."), "address": _("Alamat wajib diisi."),
                    "information": _("Rincian informasi yang dibutuhkan wajib diisi."),
                    "purpose": _("Tujuan penggunaan informasi wajib diisi.")}
        problems.update({name: message for name, message in required.items() if not getattr(self, name)})
        choices = (("requester_type", RequesterType, _("Pilih jenis pemohon.")),
                   ("obtain_method", ObtainMethod, _("Pilih cara memperoleh informasi.")),
                   ("delivery_method", DeliveryMethod, _("Pilih cara mendapatkan salinan informasi.")))
        for name, enum_cls, message in choices:
            if getattr(self, name) not in {m.value for m in enum_cls}:
                problems[name] = message
        if self.requester_type == RequesterType.PERORANGAN:
            problem = nik_problem(self.nik)
            if problem:
                problems["nik"] = problem
        if self.requester_type == RequesterType.BADAN_HUKUM and not self.legal_entity_number:
            problems["legal_entity_number"] = _("Nomor SK pengesahan badan hukum (Kemenkumham) wajib diisi.")
        if not self.email and not self.phone:
            problems["email"] = _("Isi email atau nomor telepon agar PPID dapat menghubungi Anda.")
        if self.email and not _EMAIL.match(self.email):
            problems["email"] = _("Alamat email tidak valid.")
        if self.phone and not _PHONE.match(self.phone):
            problems["phone"] = _("Nomor telepon tidak valid.")
        limits = {"name": 200, "address": 500, "occupation": 200, "information": 5000, "purpose": 2000}
        for name, limit in limits.items():
            if len(getattr(self, name)) > limit:
                problems[name] = _("Maksimal %(max)s karakter.", max=limit)
        if problems:
            raise DomainError(_("Permohonan belum lengkap atau belum benar: %(problems)s",
                                problems=" ".join(problems.values())), problems)
