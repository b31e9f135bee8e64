"""Build units, users, entries and documents through the real services, with sensible defaults."""
from __future__ import annotations

import io
import itertools
import zipfile
from datetime import date

from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.core.models import utcnow
from kip_portal.dip import services as dip
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.documents import services as documents
from kip_portal.extensions import db
from kip_portal.units.models import Unit
from kip_portal.units.models import UnitKind

PASSWORD = "kata-sandi-uji-123"
_counter = itertools.count(1)


def make_unit(code: str | None = None, *, kind: UnitKind = UnitKind.PELAKSANA, name: str | None = None,
              parent: Unit | None = None) -> Unit:
    n = next(_counter)
    unit = Unit(code=code or f"UPT-{n}", name=name or f"UPT Pelayanan Sosial Uji {n}", kind=kind, parent=parent)
    db.session.add(unit)
    db.session.commit()
    return unit


def make_utama() -> Unit:
    return make_unit("DINSOS", kind=UnitKind.UTAMA, name="Dinas Sosial Provinsi Jawa Timur")


def make_user(role: Role | str = Role.PPID, *, unit: Unit | None = None, email: str | None = None,
              password: str = PASSWORD):
    role = Role(role)
    if role == Role.PPID and unit is None:
        unit = make_unit()
    return auth.create_user(email=email or f"{role.value}{next(_counter)}@uji.test", name=f"Pengguna {role.label}",
                            password=password, role=role, unit=unit, actor=None, now=utcnow())


def bearer(user) -> dict:
    """API request headers with a new token of ``user``."""
    return {"Authorization": f"Bearer {auth.issue_api_token(user, actor=None, now=utcnow())}"}


def make_entry(unit: Unit | None = None, *, category: Category | str = Category.BERKALA,
               status: EntryStatus = EntryStatus.PUBLISHED, title: str | None = None, year: int | None = 2025,
               **fields):
    category = Category(category)
    if category == Category.DIKECUALIKAN:
        fields.setdefault("legal_basis", "UU 14/2008 Pasal 17 huruf h")
        fields.setdefault("consequence_test", "Membuka data pribadi merugikan pemiliknya; menutupnya melindungi.")
    data = dip.EntryData(unit=unit or make_unit(), category=category,
                         title=title or f"Informasi uji {next(_counter)}", year=year, **fields)
    return dip.create_entry(data, actor=None, now=utcnow(), status=status)


def attach(entry, data: bytes, filename: str = "dokumen.pdf"):
    document, _ = documents.attach(entry, filename=filename, data=data, actor=None, now=utcnow(),
                                   max_bytes=10 * 1024 * 1024)
    return document


# Minimal but real files of each accepted type.
def pdf_bytes(text: str = "Laporan uji") -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def docx_bytes(text: str = "Standar operasional prosedur pelayanan informasi.") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["Program", "Anggaran"])
    workbook.active.append(["Bantuan sosial", 1250000000])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def odt_bytes() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="Rencana kerja tahunan."))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bytes() -> bytes:
    return _zip({"a.txt": b"bukan dokumen office"})


HTML = "<!doctype html><html lang='id'><title>Uji</title><p>Maklumat pelayanan</p></html>".encode()
TXT = "Daftar posko bencana banjir Kabupaten Bojonegoro.\n".encode()
# Words that must never leave the portal through search: the text of an excluded document.
TXT_SECRET = "Rahasia: Siti Rahayu, Dusun Krajan RT 02, kode penerima qwertyrahasia.\n".encode()
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def today() -> date:
    return utcnow().date()


def pdf_text(data: bytes) -> str:
    """The text of a rendered PDF, whitespace folded, as a reader would search it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return " ".join(" ".join(pages).split())
    finally:
        pdf.close()


def make_fee_item(kind: str = "penyalinan", *, name: str = "Fotokopi A4", per: str = "per lembar", price: int = 500):
    from kip_portal.fees import services as fees
    from kip_portal.fees.models import FeeKind

    return fees.add_fee(kind=FeeKind(kind), name=name, per=per, price=price, legal_source="SK Kepala Dinas 1/2026",
                        actor=None, now=utcnow())


def make_consequence_test(unit: Unit, *, approved: bool = True, number: str | None = None, **fields):
    """An uji konsekuensi as the register holds it (Lampiran II), approved by the head unless told otherwise."""
    from kip_portal.exemptions.models import ConsequenceTest

    values = {
        "information": "Data rekening dan alamat penerima bantuan sosial",
        "legal_basis": "UU 14/2008 Pasal 17 huruf h angka 4",
        "consequence_if_opened": "Mengungkap rahasia pribadi penerima bantuan.",
        "consequence_if_closed": "Melindungi penerima dari penyalahgunaan data.",
        "period": "Selama penerima masih menerima bantuan",
        "tested_on": date(2025, 1, 15), "tested_place": "Surabaya",
        "participants": "Ir. Budi; Sekretaris; Dinas Sosial",
        "approved_by": "Kepala Dinas Sosial" if approved else "",
        "approved_on": date(2025, 1, 20) if approved else None,
    } | fields
    test = ConsequenceTest(unit=unit, number=number or f"{next(_counter)}/UK/PPID/2025", **values)
    db.session.add(test)
    db.session.commit()
    return test
