"""The files of deploy/ work as shipped: gunicorn accepts its config, systemd its units, nginx its site,
cron its table — and they agree with each other and with the portal's settings."""
from __future__ import annotations

import configparser
import json
import re
import runpy
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from kip_portal.config import DefaultConfig
from tests.deploy.conftest import DEPLOY
from tests.deploy.conftest import ROOT
from tests.deploy.conftest import VENV_BIN
from tests.deploy.conftest import portal_env

UNITS = ("kip-portal.service", "kip-reminders.service", "kip-reminders.timer", "kip-exemptions.service",
         "kip-exemptions.timer")


def gunicorn_settings() -> dict:
    return runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(DEPLOY / name)
    return parser


def test_gunicorn_accepts_the_config_and_loads_the_app(app):
    result = subprocess.run([str(VENV_BIN / "gunicorn"), "--check-config", "-c", "deploy/gunicorn.conf.py",
                             "wsgi:app"], cwd=ROOT, env=portal_env(app), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_settings():
    settings = gunicorn_settings()
    assert settings["bind"] == "127.0.0.1:8000"
    assert settings["workers"] >= 2 and settings["preload_app"] is True
    assert settings["timeout"] >= 30 and 0 < settings["graceful_timeout"] <= settings["timeout"]
    assert settings["accesslog"] == "-" and settings["errorlog"] == "-"
    assert "%(U)s" in settings["access_log_format"]
    assert not {"%(r)s", "%(q)s", "%(f)s"} & set(re.findall(r"%\([^)]+\)s", settings["access_log_format"]))
    handlers = settings["logconfig_dict"]["handlers"]
    assert {h["stream"] for h in handlers.values()} == {"ext://sys.stdout"}


def _access_log_until(log_path, path: str, timeout: float = 10.0) -> list[dict]:
    """The access records, once the line for ``path`` is there: gunicorn logs a request after answering it."""
    deadline = time.monotonic() + timeout
    while True:
        records = [json.loads(line) for line in log_path.read_text().splitlines()]  # each line is one JSON object
        access = [r["http"] for r in records if r["logger"] == "gunicorn.access"]
        if any(a["path"] == path for a in access) or time.monotonic() > deadline:
            return access
        time.sleep(0.05)


def test_served_by_gunicorn_logs_are_json_lines_without_tracking_codes(gunicorn):
    base, log_path = gunicorn
    with urllib.request.urlopen(f"{base}/healthz", timeout=10) as response:
        assert response.status == 200
        assert json.load(response)["status"] == "ok"
    code = "ABCD-EFGH-2345-WXYZ"
    for url, referer in ((f"/permohonan/lacak?kode={code}", f"{base}/permohonan/lacak?kode={code}"),
                         (f"/api/v1/track/{code}", "-"), ("/cari/?q=bantuan+sosial", "-")):
        request = urllib.request.Request(base + url, headers={"Referer": referer})
        try:
            urllib.request.urlopen(request, timeout=10).close()
        except urllib.error.HTTPError as error:  # the unknown code: 404
            assert error.code == 404
    access = _access_log_until(log_path, "/cari/")
    assert {"path": "/cari/", "query": "q=bantuan+sosial", "status": 200} == \
        {k: v for k, v in access[-1].items() if k in ("path", "query", "status")}
    assert {a["path"] for a in access} >= {"/healthz", "/permohonan/lacak", "/api/v1/track/[kode]", "/cari/"}
    assert [a["query"] for a in access if a["path"] == "/permohonan/lacak"] == [""]
    for secret in (code, code.replace("-", ""), "kode=A"):
        assert secret not in log_path.read_text()


def test_systemd_units_parse(tmp_path):
    """``systemd-analyze verify`` where systemd is installed; the key checks below run everywhere."""
    if shutil.which("systemd-analyze"):
        # verify checks that ExecStart's program exists: point the copies at this checkout's venv.
        for name in UNITS:
            (tmp_path / name).write_text((DEPLOY / name).read_text().replace("/srv/kip/.venv/bin/", f"{VENV_BIN}/"))
        result = subprocess.run(["systemd-analyze", "verify", "--man=no", *UNITS], cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
    for name in UNITS:
        assert unit(name).sections(), name


def test_web_service_unit():
    service = unit("kip-portal.service")["Service"]
    assert service["ExecStart"] == "/srv/kip/.venv/bin/gunicorn -c deploy/gunicorn.conf.py wsgi:app"
    assert service["User"] == "kip" and service["WorkingDirectory"] == "/srv/kip"
    assert service["EnvironmentFile"] == "/etc/kip/env"
    assert service["NoNewPrivileges"] == "yes" and service["ProtectSystem"] == "strict"
    assert set(service["ReadWritePaths"].split()) == {"/srv/kip/instance", "/srv/kip/documents"}
    # systemd waits longer than gunicorn's graceful timeout before it kills the workers.
    assert int(service["TimeoutStopSec"]) > gunicorn_settings()["graceful_timeout"]


def test_timers_run_the_jobs():
    reminders, exemptions = unit("kip-reminders.service")["Service"], unit("kip-exemptions.service")["Service"]
    assert reminders["ExecStart"] == "/srv/kip/.venv/bin/flask --app wsgi send-reminders"
    assert exemptions["ExecStart"] == "/srv/kip/.venv/bin/flask --app wsgi expire-exemptions"
    for service in (reminders, exemptions):
        assert service["User"] == "kip" and service["WorkingDirectory"] == "/srv/kip"
        assert service["EnvironmentFile"] == "/etc/kip/env" and service["Type"] == "oneshot"
    assert unit("kip-reminders.timer")["Timer"]["OnCalendar"] == "*:0/5"
    assert unit("kip-reminders.timer")["Timer"]["Unit"] == "kip-reminders.service"
    assert unit("kip-exemptions.timer")["Timer"]["OnCalendar"].startswith("*-*-* 00:10:00")
    assert unit("kip-exemptions.timer")["Timer"]["Unit"] == "kip-exemptions.service"


def test_crontab_matches_the_timers_and_names_real_commands(app):
    jobs = {}
    for line in (DEPLOY / "crontab").read_text().splitlines():
        if line and not line.startswith("#") and "=" not in line.split()[0]:
            fields = line.split(None, 6)
            assert fields[5] == "kip", line
            command = re.search(r"flask --app wsgi ([a-z-]+)", fields[6]).group(1)
            jobs[command] = " ".join(fields[:5])
    assert jobs == {"send-reminders": "*/5 * * * *", "expire-exemptions": "10 0 * * *"}
    assert set(jobs) <= set(app.cli.commands)
    for name in ("kip-reminders.service", "kip-exemptions.service"):
        assert unit(name)["Service"]["ExecStart"].rsplit(" ", 1)[1] in app.cli.commands


def test_nginx_site_passes_nginx_t(tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    assert shutil.which("openssl") and Path(nginx).exists(), "nginx and openssl come from scripts/install-system-deps"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=portal.test", "-keyout", str(tmp_path / "key.pem"),
                    "-out", str(tmp_path / "cert.pem")],
                   check=True, capture_output=True, timeout=60)
    site = (DEPLOY / "nginx.conf").read_text()
    site = re.sub(r"ssl_certificate\s+\S+;", f"ssl_certificate {tmp_path / 'cert.pem'};", site)
    site = re.sub(r"ssl_certificate_key\s+\S+;", f"ssl_certificate_key {tmp_path / 'key.pem'};", site)
    site = site.replace("/var/log/nginx/", f"{tmp_path}/").replace("/var/cache/nginx/", f"{tmp_path}/cache/")
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "cache").mkdir()  # /var/cache/nginx, which the Debian package creates
    temp_paths = " ".join(f"{kind}_temp_path {tmp_path / kind};" for kind in ("client_body", "proxy", "fastcgi",
                                                                                 "uwsgi", "scgi"))
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path / 'nginx.pid'};\nerror_log {tmp_path / 'error.log'};\nevents {{}}\n"
        f"http {{\n include /etc/nginx/mime.types;\n access_log {tmp_path / 'access.log'};\n {temp_paths}\n"
        f" include {tmp_path / 'site.conf'};\n}}\n")
    result = subprocess.run([nginx, "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_nginx_site_agrees_with_gunicorn_and_the_portal():
    site = (DEPLOY / "nginx.conf").read_text()
    upstream = re.search(r"upstream kip_portal \{\s*server (\S+);", site).group(1)
    assert upstream == gunicorn_settings()["bind"]
    assert "proxy_pass http://kip_portal;" in site
    size = re.search(r"client_max_body_size (\d+)m;", site).group(1)
    assert int(size) * 1024 * 1024 == DefaultConfig.MAX_CONTENT_LENGTH
    assert re.search(r"location /static/ \{\s*alias /srv/kip/static/;", site)
    assert (ROOT / "static").is_dir()
    # No query strings or Referer in nginx's own access log either.
    log_format = re.search(r"log_format kip_portal (.*?);", site, re.S).group(1)
    assert "$request " not in log_format and "$args" not in log_format and "$http_referer" not in log_format
    assert "$request_uri" not in log_format
