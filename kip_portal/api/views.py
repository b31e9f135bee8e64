"""JSON endpoints of /api/v1; errors are ``{"error", "fields"}`` with the right status code."""
from __future__ import annotations

from flask import Blueprint
from flask import current_app
from flask import jsonify
from flask import request
from flask import url_for
from werkzeug.exceptions import HTTPException

from kip_portal.api.openapi import openapi_document
from kip_portal.auth.permissions import public
from kip_portal.core.exceptions import DomainError
from kip_portal.core.pagination import paginate
from kip_portal.dip import queries
from kip_portal.dip.models import Category
from kip_portal.dip.models import InformationEntry
from kip_portal.dip.transfer import public_files
from kip_portal.documents.services import human_size
from kip_portal.search import services as search
from kip_portal.search.forms import read_params
from kip_portal.units.models import Unit
from kip_portal.units.services import list_units

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def error_response(message: str, status: int, fields: dict | None = None):
    return jsonify({"error": message, "fields": fields or {}}), status


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    limit = human_size(current_app.config["MAX_CONTENT_LENGTH"])
    messages = {404: "Data tidak ditemukan.", 405: "Metode HTTP tidak diizinkan untuk alamat ini.",
                413: f"Permintaan terlalu besar. Batas ukuran unggahan adalah {limit}."}
    return error_response(messages.get(error.code, error.description), error.code)


@bp.errorhandler(DomainError)
def domain_error(error: DomainError):
    return error_response(error.message, error.status_code, error.fields)


def entry_json(entry: InformationEntry) -> dict:
    item = {
        "id": entry.id,
        "title": entry.title,
        "summary": entry.summary,
        "category": entry.category.value,
        "unit": entry.unit.code,
        "unit_name": entry.unit.name,
        "year": entry.year,
        "holder": entry.holder,
        "responsible": entry.responsible,
        "produced_at": entry.produced_at.isoformat() if entry.produced_at else None,
        "produced_place": entry.produced_place,
        "formats": [f.value for f in entry.format_list],
        "retention": entry.retention,
        "url": url_for("dip.detail", entry_id=entry.id, _external=True),
        "documents": [
            {"filename": d.filename, "mimetype": d.mimetype, "size": d.size, "sha256": d.sha256,
             "url": url_for("documents.download", document_id=d.id, filename=d.filename, _external=True)}
            for d in public_files(entry)
        ],
    }
    if entry.external_id:
        item["external_id"] = entry.external_id
    if entry.is_exempt:
        item.update(legal_basis=entry.legal_basis, consequence_test=entry.consequence_test,
                    exempt_until=entry.exempt_until.isoformat() if entry.exempt_until else None)
    return item


def unit_json(unit: Unit) -> dict:
    return {"code": unit.code, "name": unit.name, "kind": unit.kind.value,
            "parent": unit.parent.code if unit.parent else None}


@bp.get("/dip")
@public
def dip_list():
    category = None
    if request.args.get("category"):
        category = Category.from_slug(request.args["category"])
        if category is None:
            choices = ", ".join(c.value for c in Category)
            raise DomainError("Kategori tidak dikenal.", {"category": f"Pilihan: {choices}"})
    year = request.args.get("year", "")
    if year and not (year.isascii() and year.isdigit() and len(year) <= 4):
        raise DomainError("Tahun harus berupa angka.", {"year": "Contoh: 2025"})
    page_number = request.args.get("page", "1")
    if not (page_number.isascii() and page_number.isdigit()) or int(page_number) < 1:
        raise DomainError("Nomor halaman harus bilangan bulat positif.", {"page": "Contoh: 1"})
    page = paginate(
        queries.published(category=category, unit_code=request.args.get("unit") or None,
                          year=int(year) if year else None),
        page=int(page_number), per_page=current_app.config["PER_PAGE"],
    )
    return jsonify({"items": [entry_json(e) for e in page.items], "total": page.total, "page": page.page,
                    "per_page": page.per_page, "pages": page.pages})


@bp.get("/dip/<int:entry_id>")
@public
def dip_detail(entry_id: int):
    entry = queries.get_published(entry_id)
    if entry is None:
        return error_response("Entri DIP tidak ditemukan.", 404)
    return jsonify(entry_json(entry))


@bp.get("/units")
@public
def units():
    return jsonify({"items": [unit_json(u) for u in list_units()]})


@bp.get("/search")
@public
def search_dip():
    params = read_params(request.args)
    page = search.search(params.q, category=params.category, unit=params.unit, year=params.year,
                         page=params.page, per_page=current_app.config["PER_PAGE"])
    hits = [{"id": item.entry.id, "title": item.entry.title, "category": item.entry.category.value,
             "unit": item.entry.unit.code, "year": item.entry.year, "snippet": str(item.snippet),
             "url": url_for("dip.detail", entry_id=item.entry.id, _external=True), "score": round(item.score, 4)}
            for item in page.found]
    results = page.results
    return jsonify({"total": results.total, "page": results.page, "hits": hits,
                    "suggestion": results.suggestion, "facets": results.facets})


@bp.route("/similar", methods=["GET", "POST"])
@public
def similar():
    """Entries like a text being typed; POST {"text"} for long texts, or GET ?text=."""
    text = (request.get_json(silent=True) or {}).get("text") if request.method == "POST" else request.args.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DomainError("Teks wajib diisi.", {"text": "Ketik uraian informasi yang dicari."})
    if len(text) > 20000:
        raise DomainError("Teks terlalu panjang (lebih dari 20.000 karakter).", {"text": "Persingkat teks."})
    entries = search.similar(text, limit=5)
    return jsonify({"items": [{"id": e.id, "title": e.title, "category": e.category.value, "unit": e.unit.code,
                               "url": url_for("dip.detail", entry_id=e.id, _external=True)} for e in entries]})


@bp.get("/openapi.json")
@public
def openapi():
    return jsonify(openapi_document(server_url=request.url_root.rstrip("/") + "/api/v1"))
