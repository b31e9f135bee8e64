"""Every route has an explicit access rule, and users without the right get the login page or 403."""
from __future__ import annotations

import pytest

from kip_portal.auth.models import Role
from tests import factories


def test_every_route_declares_its_access_rule(app):
    undeclared = [
        rule.rule for rule in app.url_map.iter_rules()
        if rule.endpoint != "static" and not hasattr(app.view_functions[rule.endpoint], "access")
    ]
    assert undeclared == []


@pytest.fixture
def world(app):
    """A PPID Utama with one officer, two UPTs with an entry each, and one account of every other role."""
    utama = factories.make_utama()
    upt_a, upt_b = factories.make_unit("UPT-A", parent=utama), factories.make_unit("UPT-B", parent=utama)
    users = {
        "admin": factories.make_user(Role.ADMIN),
        "ppid_utama": factories.make_user(Role.PPID, unit=utama),
        "ppid_a": factories.make_user(Role.PPID, unit=upt_a),
        "atasan": factories.make_user(Role.ATASAN, unit=utama),
        "auditor": factories.make_user(Role.AUDITOR),
    }
    entry_b = factories.make_entry(upt_b)
    document = factories.attach(entry_b, factories.pdf_bytes())
    exempt = factories.make_entry(upt_b, category="dikecualikan")
    exempt_document = factories.attach(exempt, factories.pdf_bytes("rahasia"), "rahasia.pdf")
    draft = factories.make_entry(upt_b, status="draft")
    draft_document = factories.attach(draft, factories.pdf_bytes("draf"), "draf.pdf")
    return {"users": users, "units": {"utama": utama, "a": upt_a, "b": upt_b}, "entry_b": entry_b,
            "document": document, "exempt_document": exempt_document, "draft": draft,
            "draft_document": draft_document}


ANON, ADMIN, PPID_UTAMA, PPID_A, ATASAN, AUDITOR = "anon", "admin", "ppid_utama", "ppid_a", "atasan", "auditor"
EVERYONE = (ANON, ADMIN, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)
STAFF = (ADMIN, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)

# (method, url template, who may, who is refused). Refused anonymous visitors are sent to the login page;
# refused users get 403. Templates are filled from the world fixture.
RULES = [
    ("GET", "/", EVERYONE, ()),
    ("GET", "/tentang", EVERYONE, ()),
    ("GET", "/bahasa/en", EVERYONE, ()),
    ("GET", "/healthz", EVERYONE, ()),
    ("GET", "/dip/", EVERYONE, ()),
    ("GET", "/dip/berkala", EVERYONE, ()),
    ("GET", "/dip/entri/{entry_b}", EVERYONE, ()),
    ("GET", "/dip/tabel", EVERYONE, ()),
    ("GET", "/dip/tabel.csv", EVERYONE, ()),
    ("GET", "/dip/tabel.pdf", EVERYONE, ()),
    ("GET", "/dokumen/{document}/dokumen.pdf", EVERYONE, ()),
    ("GET", "/api/v1/dip", EVERYONE, ()),
    ("GET", "/api/v1/dip/{entry_b}", EVERYONE, ()),
    ("GET", "/api/v1/units", EVERYONE, ()),
    ("GET", "/api/v1/openapi.json", EVERYONE, ()),
    ("GET", "/api/v1/search?q=informasi", EVERYONE, ()),
    ("GET", "/api/v1/similar?text=informasi", EVERYONE, ()),
    ("POST", "/api/v1/similar?text=informasi", (), ()),
    ("GET", "/cari/?q=informasi", EVERYONE, ()),
    ("GET", "/permohonan/baru", EVERYONE, ()),
    ("POST", "/permohonan/baru", (), ()),
    ("GET", "/permohonan/lacak", EVERYONE, ()),
    ("GET", "/permohonan/lacak/surat/{request}", (), ()),
    ("GET", "/staf/permohonan/surat/{request}", (), (ANON,)),
    ("GET", "/staf/permohonan/identitas/{request}", (), (ANON,)),
    ("GET", "/staf/permohonan/", STAFF, (ANON,)),
    ("GET", "/staf/permohonan/baru", (PPID_UTAMA, PPID_A), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/baru", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("GET", "/staf/permohonan/{request}", (), (ANON,)),
    ("POST", "/staf/permohonan/{request}/perpanjang", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/putuskan", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/lengkap", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/tidak-lengkap", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/alihkan", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/diberikan", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/tutup", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/setujui-penolakan", (), (ANON, ADMIN, PPID_UTAMA, PPID_A, AUDITOR)),
    ("POST", "/staf/permohonan/{request}/kembalikan-penolakan", (), (ANON, ADMIN, PPID_UTAMA, PPID_A, AUDITOR)),
    # Information requests over the API: their rules are tested in tests/inforequests/test_api.py.
    ("POST", "/api/v1/requests", (), ()),
    ("GET", "/api/v1/track/{tracking}", (), ()),
    ("GET", "/api/v1/requests/{request}", (), ()),
    ("POST", "/api/v1/requests/{request}/extend", (), ()),
    ("POST", "/api/v1/requests/{request}/decide", (), ()),
    ("POST", "/api/v1/requests/{request}/approve-refusal", (), ()),
    # Keberatan: the web pages, and the API (its rules are tested in tests/keberatan/test_api.py).
    ("GET", "/keberatan/baru", EVERYONE, ()),
    ("POST", "/keberatan/baru", (), ()),
    ("GET", "/staf/keberatan/", STAFF, (ANON,)),
    ("GET", "/staf/keberatan/{request}", (), (ANON,)),
    ("GET", "/staf/keberatan/baru", (PPID_UTAMA, PPID_A), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/keberatan/baru", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/keberatan/{request}/tanggapi", (), (ANON, ADMIN, PPID_UTAMA, PPID_A, AUDITOR)),
    ("POST", "/staf/keberatan/{request}/tanggapan-pemohon", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/api/v1/objections", (), ()),
    ("GET", "/api/v1/objections/{request}", (), ()),
    ("POST", "/api/v1/objections/{request}/respond", (), ()),
    ("GET", "/masuk", (ANON,), ()),
    ("POST", "/masuk", (ANON,), ()),
    ("GET", "/staf", STAFF, (ANON,)),
    ("GET", "/staf/dip/", STAFF, (ANON,)),
    ("GET", "/staf/dip/{entry_b}/lihat", (ADMIN, PPID_UTAMA, ATASAN, AUDITOR), (ANON, PPID_A)),
    ("GET", "/staf/dip/baru", (PPID_UTAMA, PPID_A), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/dip/baru", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("GET", "/staf/dip/{entry_b}", (PPID_UTAMA,), (ANON, ADMIN, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/staf/dip/{entry_b}", (), (ANON, ADMIN, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/staf/dip/{entry_b}/terbitkan", (), (ANON, ADMIN, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/staf/dip/{entry_b}/tarik", (), (ANON, ADMIN, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/staf/dip/{entry_b}/dokumen", (), (ANON, ADMIN, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/staf/dip/dokumen/{document}/hapus", (), (ANON, ADMIN, PPID_A, ATASAN, AUDITOR)),
    # Uji konsekuensi register: per-object rules (own unit, PDFs) are tested in tests/exemptions.
    ("GET", "/staf/uji-konsekuensi/", STAFF, (ANON,)),
    ("GET", "/staf/uji-konsekuensi/baru", (PPID_UTAMA, PPID_A), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/uji-konsekuensi/baru", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("GET", "/staf/uji-konsekuensi/{request}", (), (ANON,)),
    ("GET", "/staf/uji-konsekuensi/{request}/ubah", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/uji-konsekuensi/{request}/ubah", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/uji-konsekuensi/{request}/hapus", (), (ANON, ADMIN, ATASAN, AUDITOR)),
    ("POST", "/staf/uji-konsekuensi/{request}/setujui", (), (ANON, PPID_UTAMA, PPID_A, AUDITOR)),
    ("GET", "/staf/uji-konsekuensi/{request}/lembar.pdf", (), (ANON,)),
    ("GET", "/staf/uji-konsekuensi/{request}/sk.pdf", (), (ANON,)),
    ("GET", "/admin/unit/", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/admin/unit/baru", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/admin/unit/baru", (), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/admin/unit/{unit_a}", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/admin/unit/{unit_a}", (), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/admin/pengguna", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/admin/pengguna/baru", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/admin/pengguna/baru", (), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/admin/pengguna/{auditor}", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/admin/pengguna/{auditor}", (), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/keluar", (), (ANON,)),
    # The registers (Lampiran VIII and XI): staff in full for their units, the public masked.
    ("GET", "/staf/register/permohonan", STAFF, (ANON,)),
    ("GET", "/staf/register/keberatan", STAFF, (ANON,)),
    ("GET", "/staf/register/permohonan.csv", STAFF, (ANON,)),
    ("GET", "/staf/register/permohonan.xlsx", STAFF, (ANON,)),
    ("GET", "/staf/register/keberatan.pdf", STAFF, (ANON,)),
    ("GET", "/register/permohonan", EVERYONE, ()),
    ("GET", "/register/keberatan", EVERYONE, ()),
    ("GET", "/register/permohonan.pdf", EVERYONE, ()),
    ("GET", "/register/keberatan.csv", EVERYONE, ()),
    ("GET", "/api/v1/registers/requests", (), ()),
    ("GET", "/api/v1/registers/objections", (), ()),
    ("GET", "/biaya", EVERYONE, ()),
    ("GET", "/admin/biaya", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/admin/biaya", (), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/admin/biaya/{request}/hapus", (), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/admin/kalender/", (ADMIN,), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/admin/kalender/", (), (ANON, PPID_UTAMA, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/staf/kepatuhan/", STAFF, (ANON,)),
    ("GET", "/staf/kepatuhan/?year=2025&unit=UPT-A", STAFF, (ANON,)),
    ("GET", "/staf/audit/", (ADMIN, AUDITOR), (ANON, PPID_UTAMA, PPID_A, ATASAN)),
    ("GET", "/staf/audit/?check=1", (ADMIN, AUDITOR), (ANON, PPID_UTAMA, PPID_A, ATASAN)),
    ("GET", "/staf/audit.csv", (ADMIN, AUDITOR), (ANON, PPID_UTAMA, PPID_A, ATASAN)),
    # The audit trail over the API (tokens): its rules are tested in tests/compliance/test_audit_trail.py.
    ("GET", "/api/v1/audit", (), ()),
    # The annual report: staff read it; the admin and the PPID Utama write and publish it (tests/reports).
    ("GET", "/staf/laporan/", STAFF, (ANON,)),
    ("GET", "/staf/laporan/2025", STAFF, (ANON,)),
    ("GET", "/staf/laporan/2025.pdf", (AUDITOR,), (ANON,)),
    ("GET", "/staf/laporan/2025.json", STAFF, (ANON,)),
    ("GET", "/staf/laporan/2025.csv", STAFF, (ANON,)),
    ("GET", "/staf/laporan/2025/ubah", (ADMIN, PPID_UTAMA), (ANON, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/staf/laporan/2025/ubah", (), (ANON, PPID_A, ATASAN, AUDITOR)),
    ("POST", "/staf/laporan/2025/terbitkan", (), (ANON, PPID_A, ATASAN, AUDITOR)),
    ("GET", "/laporan/{request}", (), ()),  # 404 until published: tests/reports/test_publish.py
    ("GET", "/api/v1/reports/annual/2025", (), ()),  # bearer tokens: tests/reports/test_api.py
    # Sengketa at the KI: staff read; the unit's PPID and the admin write (tests/sengketa/test_views.py).
    ("GET", "/staf/sengketa/", STAFF, (ANON,)),
    ("GET", "/staf/sengketa/?state=terbuka&stage=registrasi", STAFF, (ANON,)),
    ("GET", "/staf/sengketa/baru", (ADMIN, PPID_UTAMA, PPID_A), (ANON, ATASAN, AUDITOR)),
    ("POST", "/staf/sengketa/baru?keberatan={request}", (), (ANON, ATASAN, AUDITOR)),
    ("GET", "/staf/sengketa/{request}", (), (ANON,)),
    ("POST", "/staf/sengketa/{request}/tahap", (), (ANON, ATASAN, AUDITOR)),
    ("POST", "/staf/sengketa/{request}/putusan", (), (ANON, ATASAN, AUDITOR)),
    ("GET", "/staf/keberatan/{request}/bukti.zip", (), (ANON,)),
    # Documents of excluded information and of drafts: staff only, and a plain 404 for the public.
    ("GET", "/dokumen/{exempt_document}/rahasia.pdf", STAFF, ()),
    ("GET", "/dokumen/{draft_document}/draf.pdf", STAFF, ()),
]
NOT_FOUND_FOR_PUBLIC = {"/dokumen/{exempt_document}/rahasia.pdf", "/dokumen/{draft_document}/draf.pdf"}


def _fill(template: str, world) -> str:
    return template.format(
        entry_b=world["entry_b"].id, document=world["document"].id, unit_a=world["units"]["a"].id,
        auditor=world["users"]["auditor"].id, exempt_document=world["exempt_document"].id,
        draft_document=world["draft_document"].id, tracking="ABCD-EFGH", request=1,
    )


CASES = [(method, url, who, allowed) for method, url, allowed_who, refused in RULES
         for who, allowed in [(w, True) for w in allowed_who] + [(w, False) for w in refused]]


def test_rules_cover_every_route(app):
    """The table names every route and method of the portal: a new route needs its row."""
    adapter = app.url_map.bind("portal.test")
    covered = {(adapter.match(url.format_map(_AnyId()).split("?")[0], method=method)[0], method)
               for method, url, _, _ in RULES}
    routes = {(rule.endpoint, method) for rule in app.url_map.iter_rules() if rule.endpoint != "static"
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes - covered == set()


class _AnyId(dict):
    def __missing__(self, key):
        return "1"


@pytest.mark.parametrize(("method", "url", "who", "allowed"), CASES,
                         ids=[f"{m} {u} {w} {'ok' if a else 'refused'}" for m, u, w, a in CASES])
def test_access(client, login, world, method, url, who, allowed):
    if who != ANON:
        login(world["users"][who])
    response = client.open(_fill(url, world), method=method)
    response.close()
    if allowed:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert "/masuk" not in response.headers["Location"]
    elif who == ANON and url in NOT_FOUND_FOR_PUBLIC:
        assert response.status_code == 404
    elif who == ANON:
        assert response.status_code == 302
        assert "/masuk" in response.headers["Location"]
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("url", sorted(NOT_FOUND_FOR_PUBLIC))
def test_hidden_documents_are_404_for_the_public(client, world, url):
    response = client.get(_fill(url, world))
    response.close()
    assert response.status_code == 404
