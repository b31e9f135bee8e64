"""Default settings; ``instance/config.py`` and ``FLASK_*`` environment variables override them."""
from __future__ import annotations


class DefaultConfig:
    """Every setting the portal reads, with its default. Paths left as None are derived in create_app."""

    # Signs sessions and CSRF tokens; when unset, a random key is kept in instance/secret_key.
    SECRET_KEY: str | None = None
    # Fernet keys encrypting NIK, address, phone and identity files at rest: a list, or one string separated by
    # commas; the first encrypts, all decrypt (rotate-encryption-key). Unset: one is kept in instance/encryption_key.
    # Production: set FLASK_ENCRYPTION_KEYS from a secret store and keep a copy apart from the backups.
    ENCRYPTION_KEYS: str | list[str] | None = None
    # Embedded SQLite in instance/ by default; PostgreSQL via postgresql+psycopg://…
    SQLALCHEMY_DATABASE_URI: str | None = None
    # Test a pooled connection before each use (one round trip): after a database restart a worker reconnects
    # instead of failing the first request on its dead connection (bench/load.py restart-postgres).
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    # Content-addressed store of uploaded documents (default: <project>/documents).
    DOCUMENTS_DIR: str | None = None
    # Whoosh index directory (default: instance/search-index).
    INDEX_DIR: str | None = None
    # Outgoing mail: receipts, notices and reminders.
    MAIL_SERVER = "localhost"
    MAIL_PORT = 25
    MAIL_SENDER = "PPID Dinas Sosial Provinsi Jawa Timur <ppid@localhost>"
    # The portal's address in links sent by mail from jobs that run outside a web request (cron).
    PUBLIC_URL = "http://127.0.0.1:5000"
    MAIL_USE_TLS = False  # STARTTLS after connecting
    MAIL_USERNAME: str | None = None  # log in when set
    MAIL_PASSWORD: str | None = None
    # Largest accepted upload in bytes; a bigger request gets the 413 page.
    MAX_CONTENT_LENGTH = 32 * 1024 * 1024
    # Password hashing (Werkzeug method string); scrypt with Werkzeug's default cost.
    PASSWORD_HASH_METHOD = "scrypt"
    # OCR of scanned PDFs after upload: "thread" (in the background of the web worker), "sync" (before the
    # response; tests), or "off" (left for `flask extract-text`, e.g. from cron).
    OCR_MODE = "thread"
    # Deadlines (Perki 1/2021 Pasal 1 angka 22: "hari" is a working day). No KIP text settles these two:
    # whether cuti bersama days count as working days (default: they do not), and whether day 1 is the first
    # working day after receipt ("next_working_day", default) or the day of receipt ("receipt_day").
    CUTI_BERSAMA_IS_WORKING_DAY = False
    DEADLINE_DAY_ONE = "next_working_day"
    # Nomor pendaftaran of a request: {sequence} restarts each year; also {month_roman}, {month}, {year}.
    REGISTER_NUMBER_FORMAT = "{sequence:03d}/PPID/{month_roman}/{year}"
    # Letter numbers, one sequence per year for all kinds; {kind_code} is TB, KTL, PT, PWP or SKP.
    LETTER_NUMBER_FORMAT = "{sequence:03d}/{kind_code}/PPID/{month_roman}/{year}"
    # Nomor registrasi keberatan (Perki 1/2021 Pasal 41–42), one sequence per year; same placeholders.
    KEBERATAN_NUMBER_FORMAT = "{sequence:03d}/KEB/PPID/{month_roman}/{year}"
    # Requests one address may file on the public form and API (Flask-Limiter syntax); storage is in memory
    # per worker unless RATELIMIT_STORAGE_URI names a shared one (e.g. redis://localhost:6379).
    REQUEST_RATE_LIMIT = "10 per minute;50 per day"
    RATELIMIT_STORAGE_URI = "memory://"
    # Largest identity document (KTP scan, akta, surat kuasa) a requester may upload, in bytes.
    IDENTITY_MAX_BYTES = 5 * 1024 * 1024
    # Level of the JSON log lines (personal data masked; see kip_portal/logging.py).
    LOG_LEVEL = "INFO"
    # Proxies in front of gunicorn whose X-Forwarded-For to trust (1 behind deploy/nginx.conf); 0 trusts none,
    # so a client cannot pick its own address for the request rate limit.
    PROXY_FIX_X_FOR = 0
    # Rows per page on lists and in the API.
    PER_PAGE = 20
    # The public body whose PPID runs this portal (letterhead, page titles).
    BODY_NAME = "Dinas Sosial Provinsi Jawa Timur"
    BODY_ADDRESS = "Jl. Gayung Kebonsari No. 56B, Surabaya 60235"
    # The city printed before a letter's date; None takes it from BODY_ADDRESS.
    LETTER_PLACE: str | None = None
    # Local time zone for dates shown to people and printed on documents.
    TIMEZONE = "Asia/Jakarta"
    # A session cookie the browser sends only over the same site.
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_HTTPONLY = True
    # CSRF tokens do not expire while the session lives: a long form is never lost to a timeout.
    WTF_CSRF_TIME_LIMIT = None
    # Send the session cookie over HTTPS only: set True behind TLS (False lets http://127.0.0.1 work).
    SESSION_COOKIE_SECURE = False
    # A staff session ends this many seconds after login (8 hours), active or not; logging out ends it at once.
    PERMANENT_SESSION_LIFETIME = 8 * 60 * 60
    # Strict-Transport-Security max-age sent on HTTPS requests (0 sends none).
    HSTS_SECONDS = 365 * 24 * 60 * 60
    # Failed logins allowed per account (the email typed, known or not) and per address; then 429 (Flask-Limiter).
    LOGIN_RATE_LIMIT = "5 per minute;20 per hour"
    LOGIN_RATE_LIMIT_IP = "20 per minute;100 per hour"
    # After this many failed logins within LOGIN_LOCKOUT_MINUTES the account is locked for that many minutes;
    # counted in the rate limiter's storage (see RATELIMIT_STORAGE_URI), not the database.
    LOGIN_LOCKOUT_FAILURES = 10
    LOGIN_LOCKOUT_MINUTES = 15
