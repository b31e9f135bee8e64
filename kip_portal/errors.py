"""Error pages in Indonesian (JSON under /api/), with a rollback so a failed request leaves nothing half-written."""
from __future__ import annotations

from flask import Flask
from flask import current_app
from flask import jsonify
from flask import render_template
from flask import request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException
from werkzeug.exceptions import InternalServerError

from kip_portal.documents.services import human_size
from kip_portal.extensions import db

MESSAGES = {
    400: ("Permintaan tidak valid", "Formulir tidak dapat diproses. Muat ulang halaman lalu kirim kembali."),
    403: ("Akses ditolak", "Akun Anda tidak memiliki hak untuk membuka halaman ini."),
    404: ("Halaman tidak ditemukan", "Halaman atau data yang Anda cari tidak ada, atau tidak dibuka untuk umum."),
    405: ("Metode tidak diizinkan", "Alamat ini tidak menerima permintaan dengan cara tersebut."),
    413: ("Berkas terlalu besar", "Berkas yang Anda kirim melebihi batas ukuran unggahan."),
    429: ("Terlalu banyak permintaan", "Tunggu sebentar lalu coba lagi."),
    500: ("Terjadi kesalahan", "Terjadi kesalahan pada server. Tidak ada data yang tersimpan setengah jalan; "
                               "silakan coba lagi."),
}


def _limit_text() -> str:
    return f"Batas ukuran unggahan adalah {human_size(current_app.config['MAX_CONTENT_LENGTH'])}."


def handle_http_error(error: HTTPException):
    code = error.code or 500
    if code >= 500:
        db.session.rollback()
    title, message = MESSAGES.get(code, (error.name, error.description))
    if code == 400 and error.description != type(error).description:
        message = error.description  # a view's own explanation of what is wrong
    if isinstance(error, CSRFError):
        message = ("Token keamanan formulir tidak ada atau sudah tidak berlaku. "
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
