"""gunicorn settings for the portal: ``gunicorn -c deploy/gunicorn.conf.py wsgi:app`` (see deploy/README.md).

Logs: gunicorn's error log, its access log and the portal's own logs all go to stdout as JSON lines (journald
keeps them under the unit's name), with NIK, phone numbers, e-mail addresses and tracking codes masked.
Environment variables KIP_BIND, KIP_WORKERS, KIP_THREADS, KIP_TIMEOUT, KIP_LOG_LEVEL and KIP_CONTROL_SOCKET
override the defaults; command-line options override both.
"""
from __future__ import annotations

import multiprocessing
import os
import traceback

from gunicorn.glogging import Logger

from kip_portal.logging import gunicorn_logconfig
from kip_portal.logging import redact_referer
from kip_portal.logging import redact_url

# nginx (deploy/nginx.conf) proxies to this address; never expose gunicorn itself.
bind = os.environ.get("KIP_BIND", "127.0.0.1:8000")
# Synchronous workers: the pages are short database reads; PDFs and uploads are the slow requests.
workers = int(os.environ.get("KIP_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8)))
threads = int(os.environ.get("KIP_THREADS", 1))
# A worker silent for this long is killed and replaced: generous enough for a PDF of the whole DIP table
# or a 32 MiB upload from a slow connection (nginx buffers the body first, so the worker only waits on disk).
timeout = int(os.environ.get("KIP_TIMEOUT", 60))
# On SIGTERM/SIGHUP (systemctl stop/reload), a worker finishes the request in hand for up to this long.
graceful_timeout = 30
keepalive = 5
# Load the app once in the master and fork: faster restarts, shared memory, errors found before forking.
preload_app = True
# Replace a worker after ~1,000 requests, so a slow leak cannot grow without bound.
max_requests = 1000
max_requests_jitter = 100
# gunicorn ≥ 25's control socket (``gunicornc``): off unless KIP_CONTROL_SOCKET names a path; the systemd unit
# puts it in its RuntimeDirectory, so two instances on one host never share $HOME/.gunicorn/gunicorn.ctl.
control_socket = os.environ.get("KIP_CONTROL_SOCKET", "")
control_socket_disable = not control_socket
# The X-Forwarded-Proto of nginx on this host decides http/https in generated links.
forwarded_allow_ips = "127.0.0.1,::1"
# Request-line and header limits well above what the portal needs (the search query is capped at 4,096).
limit_request_line = 8190

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("KIP_LOG_LEVEL", "info")
# The message of an access line. Only the path (%(U)s) — never the raw URI or the query string, which on
# /permohonan/lacak carries the requester's tracking code. The JSON line also has an "http" object with
# method, path, query (the tracking code's parameter redacted), status, bytes, duration_ms and user agent.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
logconfig_dict = gunicorn_logconfig(loglevel.upper())


class KipLogger(Logger):
    """gunicorn's logger with every URL atom (path, query, request line, Referer) redacted for the access log."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path, query = redact_url(environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""))
        uri = path + (f"?{query}" if query else "")
        referer = redact_referer(atoms.get("f", "-"))
        atoms.update({"U": path, "q": query, "r": f"{atoms['m']} {uri} {atoms['H']}", "f": referer,
                      "{referer}i": referer, "{raw_uri}e": uri, "{query_string}e": query, "{path_info}e": path})
        return atoms

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        atoms = self.atoms(resp, req, environ, request_time)
        status = str(atoms["s"])
        http = {"remote": atoms["h"], "method": atoms["m"], "path": atoms["U"], "query": atoms["q"],
                "status": int(status) if status.isdigit() else status, "bytes": atoms["B"],
                "duration_ms": round(atoms["D"] / 1000, 1), "referer": atoms["f"], "user_agent": atoms["a"]}
        try:
            self.access_log.info(self.cfg.access_log_format, self.atoms_wrapper_class(atoms), extra={"http": http})
        except Exception:
            self.error(traceback.format_exc())


logger_class = KipLogger
