"""Error pages in Indonesian (JSON under /api/), with a rollback so a failed request leaves nothing half-written."""
from __future__ import annotations

from flask import Flask
from flask import current_app
from flask import jsonify
from flask import render_template
from flask import request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException
from werkzeug.exceptions import InternalServerError

from kip_portal.documents.services import human_size
from kip_portal.extensions import db
from kip_portal.i18n import N_

# Marked with N_ and translated when shown: the JSON under /api/ stays Indonesian (the locale is "id" there).
MESSAGES = {
    400: (N_("Permintaan tidak valid"), N_("Formulir tidak dapat diproses. Muat ulang halaman lalu kirim kembali.")),
    403: (N_("Akses ditolak"), N_("Akun Anda tidak memiliki hak untuk membuka halaman ini.")),
    404: (N_("Halaman tidak ditemukan"),
          N_("Halaman atau data yang Anda cari tidak ada, atau tidak dibuka untuk umum.")),
    405: (N_("Metode tidak diizinkan"), N_("Alamat ini tidak menerima permintaan dengan cara tersebut.")),
    413: (N_("Berkas terlalu besar"), N_("Berkas yang Anda kirim melebihi batas ukuran unggahan.")),
    429: (N_("Terlalu banyak permintaan"), N_("Tunggu sebentar lalu coba lagi.")),
    500: (N_("Terjadi kesalahan"), N_("Terjadi kesalahan pada server. Tidak ada data yang tersimpan setengah "
                                      "jalan; silakan coba lagi.")),
}


def _limit_text() -> str:
    return _("Batas ukuran unggahan adalah %(size)s.", size=human_size(current_app.config["MAX_CONTENT_LENGTH"]))


def handle_http_error(error: HTTPException):
    code = error.code or 500
    if code >= 500:
        db.session.rollback()
    title, message = MESSAGES.get(code, (error.name, error.description))
    title, message = _(title), _(message)
    if code == 400 and error.description != type(error).description:
        message = error.description  # a view's own explanation of what is wrong
    if isinstance(error, CSRFError):
        message = _("Token keamanan formulir tidak ada atau sudah tidak berlaku. "
                    "Muat ulang halaman lalu kirim kembali formulir.")
    if code == 413:
        message = f"{message} {_limit_text()}"
    if request.path.startswith("/api/"):
        return jsonify({"error": message, "fields": {}}), code
    return render_template("errors/error.html", code=code, title=title, message=message), code


def handle_unexpected(error: Exception):
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return handle_http_error(InternalServerError())


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
