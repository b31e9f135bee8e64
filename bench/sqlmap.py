"""SQL-injection scan of the public forms and the open API with sqlmap (batch, level 2, risk 1), on loopback.

    .venv/bin/python bench/sqlmap.py [--threads 4] [--keep]

Builds a fresh demo instance in a temporary directory (init-db + seed-demo), starts it with gunicorn on
127.0.0.1 (CSRF off and the request/login limits raised, so sqlmap's payloads reach the code rather than a 400 or
429), files one request to get a real tracking code, then runs Debian's sqlmap (installed with apt-get if missing)
against every target below. Prints, per target, whether sqlmap found an injection point and which HTTP error
codes the payloads provoked (a 500 is a bug even when nothing is injectable); writes the summary to
bench/sqlmap-summary.txt. Exits 1 if any target is injectable or answered 500.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import free_port  # noqa: E402  (bench/load.py: the same demo instance and gunicorn start)
from load import portal_env  # noqa: E402
from load import seed  # noqa: E402
from load import start_gunicorn  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = ROOT / "bench" / "sqlmap-summary.txt"
NIK = "3509121507800001"


def ensure_sqlmap() -> str:
    if not shutil.which("sqlmap"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        print("sqlmap is missing: apt-get install sqlmap", flush=True)
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "sqlmap"], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return shutil.which("sqlmap")


def scan_env(directory: Path) -> dict[str, str]:
    return {**portal_env(directory), "FLASK_WTF_CSRF_ENABLED": "false",
            "FLASK_LOGIN_RATE_LIMIT": "1000000 per minute", "FLASK_LOGIN_RATE_LIMIT_IP": "1000000 per minute",
            "FLASK_LOGIN_LOCKOUT_FAILURES": "1000000"}


def file_request(base: str, unit: str) -> str:
    body = {"requester_type": "perorangan", "name": "Pemohon Pindai", "nik": NIK, "address": "Jl. Mastrip 12",
            "phone": "081234567890", "email": "pindai@contoh.id", "occupation": "Peneliti",
            "information": "Data penerima bantuan sosial lansia untuk uji sqlmap", "purpose": "Uji keamanan",
            "obtain_method": "salinan_softcopy", "delivery_method": "email", "unit": unit}
    request = urllib.request.Request(f"{base}/api/v1/requests", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["tracking_code"]


def first_unit(base: str) -> str:
    with urllib.request.urlopen(f"{base}/api/v1/units", timeout=30) as response:
        units = json.load(response)
    items = units["items"] if isinstance(units, dict) else units
    return items[0]["code"]


def targets(base: str, code: str, unit: str) -> list[tuple[str, list[str]]]:
    form = urllib.parse.urlencode({
        "requester_type": "perorangan", "name": "Pemohon Pindai", "nik": NIK, "address": "Jl. Mastrip 12",
        "phone": "081234567890", "email": "pindai@contoh.id", "occupation": "Peneliti", "unit": unit,
        "information": "Data penerima bantuan sosial", "purpose": "Uji keamanan",
        "obtain_method": "salinan_softcopy", "delivery_method": "email"})
    objection = urllib.parse.urlencode({"kode": code, "grounds": "a", "case": "Permohonan tidak ditanggapi",
                                        "proxy_name": "", "proxy_address": "", "proxy_phone": ""})
    return [
        ("POST /permohonan/baru", ["-u", f"{base}/permohonan/baru", "--data", form]),
        ("GET /cari/?q=", ["-u", f"{base}/cari/?q=bantuan+sosial&category=berkala&year=2025"]),
        ("GET /permohonan/lacak?kode=", ["-u", f"{base}/permohonan/lacak?kode={code}"]),
        ("POST /keberatan/baru", ["-u", f"{base}/keberatan/baru", "--data", objection]),
        ("POST /masuk", ["-u", f"{base}/masuk", "--data", "email=admin%40contoh.id&password=salah"]),
        ("GET /api/v1/dip?category=", ["-u", f"{base}/api/v1/dip?category=berkala&unit={unit}&year=2025&page=1"]),
        ("GET /api/v1/search?q=", ["-u", f"{base}/api/v1/search?q=bantuan&category=berkala&year=2025"]),
        ("GET /api/v1/track/<code>", ["-u", f"{base}/api/v1/track/{code}*"]),
    ]


def run_sqlmap(sqlmap: str, args: list[str], output: Path, threads: int) -> dict:
    started = time.monotonic()
    completed = subprocess.run(
        [sqlmap, *args, "--batch", "--level", "2", "--risk", "1", "--threads", str(threads),
         "--output-dir", str(output), "--disable-coloring", "--flush-session", "--answers", "follow=N"],
        capture_output=True, text=True, timeout=3600)
    log = completed.stdout + completed.stderr
    injectable = "identified the following injection point" in log
    errors = re.findall(r"HTTP error codes detected during run:\s*\n?(.*)", log)
    requests = re.findall(r"(\d+) HTTP\(s\) requests", log)
    return {"injectable": injectable, "errors": errors[-1].strip() if errors else "",
            "not_injectable": "do not appear to be injectable" in log or "does not seem to be injectable" in log,
            "seconds": time.monotonic() - started, "requests": requests[-1] if requests else "", "log": log}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the temporary instance and sqlmap's output")
    options = parser.parse_args()
    sqlmap = ensure_sqlmap()
    version = subprocess.run([sqlmap, "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
    directory = Path(tempfile.mkdtemp(prefix="kip-sqlmap-"))
    env = scan_env(directory)
    seed(directory, env)
    port = free_port()
    server = start_gunicorn(env, port, directory / "gunicorn.log")
    lines = [f"sqlmap {version}, level 2, risk 1, batch; portal on 127.0.0.1 (gunicorn, demo data)"]
    failed = False
    try:
        base = f"http://127.0.0.1:{port}"
        unit = first_unit(base)
        code = file_request(base, unit)
        for label, args in targets(base, code, unit):
            result = run_sqlmap(sqlmap, args, directory / "sqlmap", options.threads)
            (directory / f"sqlmap-{re.sub(r'[^a-z0-9]+', '-', label.lower())}.log").write_text(result["log"])
            verdict = "INJECTABLE" if result["injectable"] else (
                "not injectable" if result["not_injectable"] else "inconclusive (see log)")
            errors = result["errors"] or "none"
            failed |= result["injectable"] or "500" in errors
            line = f"{label:32} {verdict:24} HTTP errors: {errors}; {result['seconds']:.0f} s"
            print(line, flush=True)
            lines.append(line)
    finally:
        server.terminate()
        server.wait(timeout=30)
        if not options.keep:
            shutil.rmtree(directory, ignore_errors=True)
        else:
            print(f"kept {directory}")
    SUMMARY.write_text("\n".join(lines) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
