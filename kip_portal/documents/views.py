"""Document downloads; documents of excluded information are never served to the public."""
from __future__ import annotations

from flask import Blueprint
from flask import abort
from flask import send_file
from flask_login import current_user

from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import public
from kip_portal.documents import services
from kip_portal.documents.models import Document
from kip_portal.extensions import db

bp = Blueprint("documents", __name__, url_prefix="/dokumen")


def _may_download(document: Document) -> bool:
    """Anyone may download a document of a published, non-excluded entry; staff may download any."""
    if current_user.is_authenticated and current_user.role in STAFF:
        return True
    return document.entry.is_public and not document.entry.is_exempt


@bp.get("/<int:document_id>/<path:filename>")
@public
def download(document_id: int, filename: str):
    document = db.session.get(Document, document_id)
    # The same 404 for "no such document" and "not for you": the public learns nothing about exempt files.
    if document is None or not _may_download(document):
        abort(404)
    path = services.path_of(document)
    if not path.is_file():
        abort(404)
    response = send_file(
        path, mimetype=document.mimetype, as_attachment=document.mimetype != "application/pdf",
        download_name=document.filename, conditional=True, etag=document.sha256, max_age=3600,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    if document.mimetype == "text/html":
        # An uploaded HTML page is shown as a download, never run in the portal's origin.
        response.headers["Content-Security-Policy"] = "sandbox"
    if document.entry.is_exempt or not document.entry.is_public:
        response.headers["Cache-Control"] = "private, no-store"
    return response
