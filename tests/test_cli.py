"""The command-line contract of docs/interfaces.md, run through Flask's test CLI runner."""
from __future__ import annotations

import csv
import hashlib
import json

import pytest
import sqlalchemy as sa

from kip_portal import create_app
from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core.audit import AuditEvent
from kip_portal.core.clock import now as clock_now
from kip_portal.core.storage import BlobStore
from kip_portal.dip import services as dip
from kip_portal.dip import transfer
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.documents.models import Document
from kip_portal.extensions import db
from tests import factories

PASSWORD = "a-long-password"


def count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def entry_titled(title: str) -> InformationEntry | None:
    return db.session.scalar(sa.select(InformationEntry).where(InformationEntry.title == title))


def write_csv(path, rows, columns=transfer.COLUMNS):
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


# --- init-db ---------------------------------------------------------------------------------------------


def test_init_db_is_idempotent_on_a_migrated_database(runner):
    for _ in range(2):
        result = runner.invoke(args=["init-db"])
        assert result.exit_code == 0, result.output
        assert "Skema basis data mutakhir." in result.output
    assert count(User) == 0


# --- create-user -----------------------------------------------------------------------------------------


@pytest.fixture
def upt(app):
    return factories.make_unit("UPT-A")


def test_create_user_with_password_from_stdin_can_log_in(runner, upt):
    result = runner.invoke(args=["create-user", "Petugas@Uji.test", "--role", "ppid", "--unit", "UPT-A",
                                 "--password-stdin"], input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert "petugas@uji.test" in result.output

    user = auth.authenticate("petugas@uji.test", PASSWORD)
    assert user.role == Role.PPID
    assert user.unit.code == "UPT-A"
    assert user.password_hash.startswith("scrypt")
    assert PASSWORD not in user.password_hash


def test_create_user_admin_needs_no_unit(runner):
    result = runner.invoke(args=["create-user", "admin@uji.test", "--role", "admin", "--password-stdin"],
                           input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    user = auth.authenticate("admin@uji.test", PASSWORD)
    assert user.role == Role.ADMIN and user.unit is None


@pytest.mark.parametrize(("args", "password", "message"), [
    (["--role", "ppid"], PASSWORD, "harus terdaftar pada satu unit"),
    (["--role", "ppid", "--unit", "TIDAK-ADA"], PASSWORD, "Unit TIDAK-ADA tidak ada"),
    (["--role", "ppid", "--unit", "UPT-A"], "pendek", "minimal 12 karakter"),
    (["--role", "admin"], "123456789", "minimal 12 karakter"),
])
def test_create_user_refuses_bad_input(runner, upt, args, password, message):
    result = runner.invoke(args=["create-user", "baru@uji.test", *args, "--password-stdin"],
                           input=password + "\n")
    assert result.exit_code != 0
    assert message in result.output
    assert auth.get_by_email("baru@uji.test") is None


def test_create_user_refuses_a_duplicate_email(runner, upt):
    factories.make_user(Role.PPID, unit=upt, email="petugas@uji.test")
    result = runner.invoke(args=["create-user", "PETUGAS@uji.test", "--role", "auditor", "--password-stdin"],
                           input=PASSWORD + "\n")
    assert result.exit_code != 0
    assert "sudah terdaftar" in result.output
    assert count(User) == 1


def test_create_user_with_unknown_role_is_a_usage_error(runner):
    result = runner.invoke(args=["create-user", "baru@uji.test", "--role", "nope", "--password-stdin"],
                           input=PASSWORD + "\n")
    assert result.exit_code == 2
    assert "--role" in result.output
    assert count(User) == 0


# --- api-token -------------------------------------------------------------------------------------------


def test_api_token_replaces_the_previous_token(runner, upt):
    user = factories.make_user(Role.PPID, unit=upt, email="petugas@uji.test")

    first = runner.invoke(args=["api-token", "petugas@uji.test"])
    assert first.exit_code == 0, first.output
    old_token = first.output.strip()
    assert old_token
    assert auth.user_for_token(old_token).id == user.id

    second = runner.invoke(args=["api-token", "petugas@uji.test"])
    assert second.exit_code == 0, second.output
    new_token = second.output.strip()
    assert new_token != old_token
    assert auth.user_for_token(new_token).id == user.id
    assert auth.user_for_token(old_token) is None


def test_api_token_for_unknown_email_fails(runner):
    result = runner.invoke(args=["api-token", "siapa@uji.test"])
    assert result.exit_code != 0
    assert "siapa@uji.test tidak ada" in result.output


# --- import-dip ------------------------------------------------------------------------------------------

LAPORAN = factories.pdf_bytes("Laporan keuangan 2025")
GOOD_BERKALA = {"external_id": "LAP-2025", "title": "Laporan keuangan 2025", "category": "berkala",
                "unit": "UPT-A", "summary": "Neraca dan realisasi anggaran.", "year": "2025",
                "produced_at": "2026-01-15", "formats": "softcopy;hardcopy", "files": "laporan.pdf"}
GOOD_EXEMPT = {"title": "Data pribadi penerima bantuan", "category": "dikecualikan", "unit": "UPT-A",
               "year": "2025", "legal_basis": "UU 14/2008 Pasal 17 huruf h",
               "consequence_test": "Membuka data pribadi merugikan pemiliknya."}
REJECTED = [
    # (row, line, reason)
    ({"title": "Kategori asing", "category": "rahasia", "unit": "UPT-A"}, 4, "kategori tidak dikenal"),
    ({"title": "Unit asing", "category": "berkala", "unit": "UPT-X"}, 5, "unit tidak dikenal"),
    ({"title": "Dikecualikan tanpa dasar", "category": "dikecualikan", "unit": "UPT-A",
      "consequence_test": "Ada uji, tanpa dasar hukum."}, 6, "dasar hukum"),
    ({"title": "Lampiran hilang", "category": "berkala", "unit": "UPT-A", "files": "hilang.pdf"}, 7,
     "berkas lampiran tidak ditemukan: hilang.pdf"),
    ({"title": "Program menyamar", "category": "berkala", "unit": "UPT-A", "files": "program.pdf"}, 8,
     "executable"),
]
GOOD_TITLES = {GOOD_BERKALA["title"], GOOD_EXEMPT["title"]}


@pytest.fixture
def dip_csv(upt, tmp_path):
    """A CSV of two good rows (lines 2 and 3) and five bad ones (lines 4 to 8), with its attachments."""
    directory = tmp_path / "impor"
    directory.mkdir()
    (directory / "laporan.pdf").write_bytes(LAPORAN)
    (directory / "program.pdf").write_bytes(factories.EXE)
    return write_csv(directory / "dip.csv", [GOOD_BERKALA, GOOD_EXEMPT, *(row for row, _, _ in REJECTED)])


def test_import_dip_names_each_rejected_row_with_its_line_and_reason(runner, dip_csv):
    result = runner.invoke(args=["import-dip", str(dip_csv)])
    assert "2 baru, 0 diperbarui, 0 tetap, 5 ditolak." in result.output
    for _, line, reason in REJECTED:
        lines = result.output.splitlines()
        assert any(f"baris {line} ditolak:" in text and reason in text for text in lines), (line, reason)
    assert "baris 2 " not in result.output and "baris 3 " not in result.output


def test_import_dip_shows_a_progress_bar(runner, dip_csv):
    result = runner.invoke(args=["import-dip", str(dip_csv)])
    assert "Mengimpor" in result.output


def test_import_dip_imports_and_publishes_the_good_rows(runner, dip_csv):
    runner.invoke(args=["import-dip", str(dip_csv)])

    entries = db.session.scalars(sa.select(InformationEntry)).all()
    assert {e.title for e in entries} == GOOD_TITLES
    assert all(e.status == EntryStatus.PUBLISHED and e.published_at is not None for e in entries)

    report = entry_titled(GOOD_BERKALA["title"])
    assert report.external_id == "LAP-2025"
    assert report.category == Category.BERKALA and report.unit.code == "UPT-A" and report.year == 2025
    assert report.formats == "softcopy;hardcopy"
    assert report.produced_at.isoformat() == "2026-01-15"
    assert [(d.filename, d.sha256) for d in report.documents] == [
        ("laporan.pdf", hashlib.sha256(LAPORAN).hexdigest())
    ]

    exempt = entry_titled(GOOD_EXEMPT["title"])
    assert exempt.category == Category.DIKECUALIKAN and exempt.external_id is None
    assert exempt.legal_basis == GOOD_EXEMPT["legal_basis"]
    assert exempt.documents == []


def test_rejected_rows_leave_nothing_behind(app, runner, dip_csv):
    runner.invoke(args=["import-dip", str(dip_csv)])

    for row, _, _ in REJECTED:
        assert entry_titled(row["title"]) is None
    assert count(Document) == 1
    store = BlobStore(app.config["DOCUMENTS_DIR"])
    assert not store.exists(hashlib.sha256(factories.EXE).hexdigest())
    blobs = [p for p in (dip_csv.parent.parent / "documents").rglob("*") if p.is_file()]
    assert [p.name for p in blobs] == [hashlib.sha256(LAPORAN).hexdigest()]


def test_importing_the_same_file_again_changes_nothing(runner, dip_csv):
    runner.invoke(args=["import-dip", str(dip_csv)])
    entries, documents, events = count(InformationEntry), count(Document), count(AuditEvent)

    result = runner.invoke(args=["import-dip", str(dip_csv)])

    assert "0 baru, 0 diperbarui, 2 tetap, 5 ditolak." in result.output
    assert (count(InformationEntry), count(Document), count(AuditEvent)) == (entries, documents, events)


def test_row_without_external_id_is_matched_on_unit_category_title_and_year(runner, dip_csv, tmp_path):
    runner.invoke(args=["import-dip", str(dip_csv)])
    exempt_id = entry_titled(GOOD_EXEMPT["title"]).id

    again = write_csv(tmp_path / "impor" / "ulang.csv", [GOOD_EXEMPT | {"summary": "Ringkasan baru."}])
    result = runner.invoke(args=["import-dip", str(again)])
    assert "0 baru, 1 diperbarui, 0 tetap, 0 ditolak." in result.output
    assert count(InformationEntry) == 2
    assert entry_titled(GOOD_EXEMPT["title"]).id == exempt_id
    assert entry_titled(GOOD_EXEMPT["title"]).summary == "Ringkasan baru."

    # Another year is another entry of the same title.
    next_year = write_csv(tmp_path / "impor" / "tahun-depan.csv", [GOOD_EXEMPT | {"year": "2026"}])
    result = runner.invoke(args=["import-dip", str(next_year)])
    assert "1 baru, 0 diperbarui, 0 tetap, 0 ditolak." in result.output
    assert count(InformationEntry) == 3


def test_changing_a_summary_and_importing_again_updates_the_entry(runner, dip_csv):
    runner.invoke(args=["import-dip", str(dip_csv)])
    entry_id = entry_titled(GOOD_BERKALA["title"]).id
    last_event = db.session.scalar(sa.select(sa.func.max(AuditEvent.id)))

    write_csv(dip_csv, [GOOD_BERKALA | {"summary": "Neraca, realisasi anggaran dan catatan."}, GOOD_EXEMPT])
    result = runner.invoke(args=["import-dip", str(dip_csv)])

    assert "0 baru, 1 diperbarui, 1 tetap, 0 ditolak." in result.output
    entry = entry_titled(GOOD_BERKALA["title"])
    assert entry.id == entry_id
    assert entry.summary == "Neraca, realisasi anggaran dan catatan."
    assert count(InformationEntry) == 2 and count(Document) == 1
    updates = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.id > last_event).order_by(AuditEvent.id))
    assert [(e.action, e.object_id) for e in updates] == [("updated", entry_id)]


def test_import_dip_reads_json_lines(runner, upt, tmp_path):
    (tmp_path / "sop.pdf").write_bytes(factories.pdf_bytes("SOP pelayanan"))
    lines = [
        json.dumps({"external_id": "SOP-1", "title": "SOP pelayanan informasi", "category": "setiap_saat",
                    "unit": "UPT-A", "year": 2024, "formats": ["softcopy", "hardcopy"],
                    "files": ["sop.pdf"]}),
        "",
        '{"title": "Baris rusak", "category": ',
        json.dumps({"title": "Rencana kerja 2027", "category": "berkala", "unit": "UPT-A",
                    "status": "draft"}),
        "   ",
    ]
    path = tmp_path / "dip.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = runner.invoke(args=["import-dip", str(path)])

    assert "2 baru, 0 diperbarui, 0 tetap, 1 ditolak." in result.output
    assert "baris 3 ditolak: JSON tidak valid" in result.output
    sop = entry_titled("SOP pelayanan informasi")
    assert sop.status == EntryStatus.PUBLISHED and sop.year == 2024 and sop.formats == "softcopy;hardcopy"
    assert [d.filename for d in sop.documents] == ["sop.pdf"]
    draft = entry_titled("Rencana kerja 2027")
    assert draft.status == EntryStatus.DRAFT and draft.published_at is None
    assert entry_titled("Baris rusak") is None

    again = runner.invoke(args=["import-dip", str(path)])
    assert "0 baru, 0 diperbarui, 2 tetap, 1 ditolak." in again.output
    assert entry_titled("Rencana kerja 2027").status == EntryStatus.DRAFT


def test_import_dip_refuses_an_unsupported_extension(runner, upt, tmp_path):
    path = write_csv(tmp_path / "dip.txt", [GOOD_EXEMPT])
    result = runner.invoke(args=["import-dip", str(path)])
    assert result.exit_code != 0
    assert "Format berkas impor tidak dikenal: .txt" in result.output
    assert count(InformationEntry) == 0


def test_import_dip_refuses_a_csv_without_the_unit_column(runner, upt, tmp_path):
    path = write_csv(tmp_path / "dip.csv", [{"title": "Tanpa unit", "category": "berkala"}],
                     columns=("title", "category", "year"))
    result = runner.invoke(args=["import-dip", str(path)])
    assert result.exit_code != 0
    assert "Kolom wajib tidak ada" in result.output and "unit" in result.output
    assert count(InformationEntry) == 0


def test_import_dip_accepts_a_subset_of_columns(runner, upt, tmp_path):
    path = write_csv(tmp_path / "dip.csv", [{"title": "Maklumat pelayanan", "category": "serta_merta",
                                             "unit": "UPT-A"}], columns=transfer.REQUIRED)
    result = runner.invoke(args=["import-dip", str(path)])
    assert result.exit_code == 0, result.output
    entry = entry_titled("Maklumat pelayanan")
    assert entry.category == Category.SERTA_MERTA and entry.year is None and entry.is_public


# --- export-dip ------------------------------------------------------------------------------------------


@pytest.fixture
def published_dip(app):
    """Published entries with documents, an exempt one with a document, a draft and a retired entry."""
    upt_a, upt_b = factories.make_unit("UPT-A"), factories.make_unit("UPT-B")
    report = factories.make_entry(upt_a, title="Laporan keuangan 2025", external_id="LAP-2025",
                                  summary="Neraca, dengan \"kutipan\", koma\ndan baris baru.",
                                  produced_at=clock_now().date(), formats=("softcopy", "hardcopy"))
    factories.attach(report, factories.pdf_bytes("neraca"), "neraca.pdf")
    factories.attach(report, factories.pdf_bytes("lampiran"), "lampiran.pdf")
    sop = factories.make_entry(upt_b, category="setiap_saat", title="SOP pelayanan", year=None)
    factories.attach(sop, factories.pdf_bytes("sop"), "sop.pdf")
    exempt = factories.make_entry(upt_b, category="dikecualikan", title="Data penerima bantuan")
    factories.attach(exempt, factories.pdf_bytes("rahasia"), "rahasia.pdf")
    draft = factories.make_entry(upt_a, status=EntryStatus.DRAFT, title="Draf rencana kerja")
    factories.attach(draft, factories.pdf_bytes("draf"), "draf.pdf")
    retired = factories.make_entry(upt_a, title="Pengumuman lama")
    dip.retire(retired, actor=None, now=clock_now())
    return [report, sop, exempt]


def summarise(entries) -> set[tuple]:
    return {(e.title, e.category.value, e.unit.code, e.year, e.status.value,
             frozenset(d.sha256 for d in e.documents)) for e in entries}


def details(entry) -> tuple:
    return (entry.summary, entry.formats, entry.produced_at, entry.external_id, entry.legal_basis,
            entry.consequence_test)


def read_export(path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as source:
            return list(csv.DictReader(source))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def fresh_app(tmp_path, new_database):
    """A second portal on its own database and document store, as a receiving installation would be."""
    directory = tmp_path / "penerima"
    directory.mkdir()
    other = create_app({
        "TESTING": True,
        "SECRET_KEY": "test-secret-penerima",
        "SQLALCHEMY_DATABASE_URI": new_database(directory),
        "DOCUMENTS_DIR": str(directory / "documents"),
        "INDEX_DIR": str(directory / "index"),
        "PASSWORD_HASH_METHOD": "scrypt:1024:8:1",
        "SERVER_NAME": "penerima.test",
    }, instance_path=str(directory / "instance"))
    yield other
    with other.app_context():
        db.engine.dispose()


@pytest.mark.parametrize("name", ["ekspor.csv", "ekspor.jsonl"])
def test_export_dip_writes_published_entries_and_their_public_files(runner, published_dip, tmp_path, name):
    path = tmp_path / "keluar" / name
    path.parent.mkdir()

    result = runner.invoke(args=["export-dip", str(path)])

    assert result.exit_code == 0, result.output
    assert "3 entri ditulis" in result.output
    rows = {row["title"]: row for row in read_export(path)}
    assert set(rows) == {"Laporan keuangan 2025", "SOP pelayanan", "Data penerima bantuan"}
    assert all(row["status"] == "published" for row in rows.values())
    assert rows["Data penerima bantuan"]["files"] == ""
    assert rows["Data penerima bantuan"]["legal_basis"] == "UU 14/2008 Pasal 17 huruf h"
    assert rows["Laporan keuangan 2025"]["summary"] == "Neraca, dengan \"kutipan\", koma\ndan baris baru."

    files_dir = path.with_name(path.stem + "-files")
    copied = {hashlib.sha256(p.read_bytes()).hexdigest() for p in files_dir.iterdir()}
    report, sop, _ = published_dip
    assert copied == {d.sha256 for d in report.documents} | {d.sha256 for d in sop.documents}
    for title in ("Laporan keuangan 2025", "SOP pelayanan"):
        assert all(ref.startswith(f"{files_dir.name}/") for ref in rows[title]["files"].split(";"))


@pytest.mark.parametrize("name", ["ekspor.csv", "ekspor.jsonl"])
def test_an_export_imports_into_a_fresh_portal_as_the_same_dip(runner, published_dip, fresh_app, tmp_path,
                                                               name):
    path = tmp_path / "keluar" / name
    path.parent.mkdir()
    runner.invoke(args=["export-dip", str(path)])
    report, sop, exempt = published_dip
    expected = summarise([report, sop]) | {
        (exempt.title, "dikecualikan", "UPT-B", exempt.year, "published", frozenset())
    }
    expected_fields = {e.title: details(e) for e in published_dip}

    with fresh_app.app_context():
        factories.make_unit("UPT-A")
        factories.make_unit("UPT-B")
        result = fresh_app.test_cli_runner().invoke(args=["import-dip", str(path)])
        assert "3 baru, 0 diperbarui, 0 tetap, 0 ditolak." in result.output, result.output

        imported = db.session.scalars(sa.select(InformationEntry)).all()
        assert summarise(imported) == expected
        assert {e.title: details(e) for e in imported} == expected_fields
        store = BlobStore(fresh_app.config["DOCUMENTS_DIR"])
        assert all(store.exists(d.sha256) for e in imported for d in e.documents)
        db.session.remove()


def test_export_dip_refuses_an_unknown_extension(runner, published_dip, tmp_path):
    result = runner.invoke(args=["export-dip", str(tmp_path / "ekspor.xlsx")])
    assert result.exit_code != 0
    assert "Format ekspor tidak dikenal: .xlsx" in result.output
    assert not (tmp_path / "ekspor.xlsx").exists()
