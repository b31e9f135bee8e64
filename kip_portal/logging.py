"""Structured logs without personal data: JSON lines, and every record masked before any handler sees it.

UU 14/2008 Pasal 17 huruf h and the portal's own rule: a requester's NIK, phone number and e-mail address, and
the tracking code that opens their request, never reach a log. Masking is done where a record is *created*
(a wrapped ``logging`` record factory), so it covers our loggers, third-party ones (SQLAlchemy's echo of query
parameters, Werkzeug, gunicorn) and every handler (stdout, journald, pytest's caplog) alike.
"""
from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from datetime import datetime
from datetime import timezone
from typing import Any
from urllib.parse import parse_qsl
from urllib.parse import urlencode

from flask import Flask

MASKS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    # A NIK: 16 digits standing alone (not inside a hex digest or a longer number).
    (re.compile(r"(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])"), "[nik]"),
    # Indonesian mobile numbers: 08…, +62 8…, 62 8…, with optional spaces or hyphens between groups.
    (re.compile(r"(?<![\w+])(?:\+62|62|0)[\s-]?8\d{1,3}(?:[\s-]?\d{2,5}){2,3}(?!\w)"), "[telepon]"),
    # The tracking code of a request (XXXX-XXXX-XXXX-XXXX, base32), wherever it appears…
    (re.compile(r"(?<![0-9A-Za-z])[A-Z2-7]{4}(?:-[A-Z2-7]{4}){3}(?![0-9A-Za-z])", re.IGNORECASE), "[kode]"),
    # …and in the URLs that carry one, typed in any form (?kode=…, /api/v1/track/…).
    (re.compile(r"(?<=\bkode=)[^&\s\"']+"), "[kode]"),
    (re.compile(r"(?<=/track/)[^/?#\s\"']+"), "[kode]"),
)
SECRET_PARAMS = frozenset({"kode"})
# Chatty libraries whose INFO lines say nothing an operator needs (WeasyPrint logs each step of each PDF).
QUIET_LOGGERS = ("weasyprint", "fontTools", "alembic.runtime.plugins")


def mask(text: str) -> str:
    """``text`` with every NIK, phone number, e-mail address and tracking code replaced by a placeholder."""
    for pattern, placeholder in MASKS:
        text = pattern.sub(placeholder, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Mask personal data in a record's message, arguments, traceback and stack; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_kip_masked", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the record as logging would show it
            message = f"{record.msg!r} % {record.args!r}"
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        record._kip_masked = True
        return True


_FILTER = PersonalDataFilter()


def install_masking() -> None:
    """Mask every record this process creates from now on (idempotent; survives gunicorn's fork)."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, "_kip_masking", False):
        return

    def masked_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        _FILTER.filter(record)
        return record

    masked_record._kip_masking = True
    logging.setLogRecordFactory(masked_record)


_STANDARD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, process, the ``extra`` fields, traceback."""

    def format(self, record: logging.LogRecord) -> str:
        _FILTER.filter(record)  # a record made before install_masking(), or by another factory
        line = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage(),
                "pid": record.process}
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                line[key] = _masked(value)  # ``extra`` fields are added after the record factory ran
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["traceback"] = mask(record.exc_text)
        if record.stack_info:
            line["stack"] = mask(record.stack_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_masked(item) for item in value]
    return value


def init_app(app: Flask) -> None:
    """Mask all logs; outside gunicorn and tests, send them as JSON lines to stderr (stdout stays for output
    a command prints, such as ``api-token``). Under gunicorn, deploy/gunicorn.conf.py configures the handlers."""
    install_masking()
    root = logging.getLogger()
    if app.testing or root.handlers:
        return
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(_FILTER)
    root.addHandler(handler)
    root.setLevel(app.config["LOG_LEVEL"])


def gunicorn_logconfig(level: str = "INFO") -> dict:
    """gunicorn's ``logconfig_dict``: the error log, the access log and the app's logs as JSON lines on stdout."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout",
               "filters": ["personal_data"]}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"personal_data": {"()": PersonalDataFilter}},
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"json_stdout": handler},
        "root": {"level": level, "handlers": ["json_stdout"]},
        "loggers": {
            "gunicorn.error": {"level": level, "handlers": ["json_stdout"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["json_stdout"], "propagate": False},
            **{name: {"level": "WARNING"} for name in QUIET_LOGGERS},
        },
    }


def redact_url(path: str, query: str) -> tuple[str, str]:
    """A request's path and query string as they may be logged: no tracking code, no personal data."""
    if path.startswith("/api/v1/track/"):
        path = "/api/v1/track/[kode]"
    if path.startswith("/permohonan/lacak"):
        return path, ""  # the tracking page and its letter downloads: the query string is the secret
    pairs = parse_qsl(query, keep_blank_values=True)
    query = urlencode([(key, "[kode]" if key in SECRET_PARAMS else mask(value)) for key, value in pairs], safe="[]")
    return mask(path), query


def redact_referer(url: str) -> str:
    """A Referer header as it may be logged (the tracking page's address is the Referer of its links)."""
    if not url or url == "-":
        return url
    base, _, query = url.partition("?")
    origin, path = "", base
    if "://" in base:
        scheme, rest = base.split("://", 1)
        host, slash, path = rest.partition("/")
        origin, path = f"{scheme}://{host}", slash + path
    path, query = redact_url(path, query)
    return origin + path + (f"?{query}" if query else "")
