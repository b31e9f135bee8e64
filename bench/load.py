"""Load benchmark: the portal as deployed (gunicorn, deploy/gunicorn.conf.py, 2 workers) on the demo data.

    .venv/bin/python bench/load.py [--duration 10] [--connections 50] [--race 500]
    .venv/bin/python bench/load.py kill-worker [--backend both]     # faults: see bench/faults.py
    .venv/bin/python bench/load.py restart-postgres

Builds a fresh demo instance in a temporary directory (init-db + seed-demo, about a minute), starts gunicorn,
then measures with wrk (installed with apt-get if missing): the home page, a DIP category page, a search, an
entry page and request submission (POST /api/v1/requests, a new request each time); then the four pages again
through deploy/nginx.conf (TLS left out) with its micro-cache. Prints requests/s, p50, p99, errors and the
workers' RSS against the targets; then fires concurrent submissions at once and checks that every successful
one got its own register number, stored exactly once.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
NIK = "3509121507800001"
TARGET_RPS = 1000  # cached public pages
TARGET_P99_MS = 100
TARGET_RSS_MB = 150
# In every submitted text: a rerun on a kept instance (--instance) must file new requests, not resend old ones
# (the double-submission check would answer those from the database within 30 minutes).
RUN = time.strftime("%H%M%S")

SUBMIT_LUA = """
local counter = 0
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
request = function()
  counter = counter + 1
  local body = string.format('{"requester_type": "perorangan", "name": "Pemohon Beban %d-%d", "nik": "%s", '
    .. '"address": "Jl. Mastrip 12, Jember", "phone": "081234567890", "email": "beban@contoh.id", '
    .. '"occupation": "Peneliti", "information": "Data penerima bantuan sosial lansia, uji beban {run} %d-%d", '
    .. '"purpose": "Uji beban", "obtain_method": "salinan_softcopy", "delivery_method": "email", '
    .. '"unit": "%s"}', tid, counter, "{nik}", tid, counter, "{unit}")
  return wrk.format("POST", "/api/v1/requests", {["Content-Type"] = "application/json"}, body)
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_wrk() -> str:
    if not shutil.which("wrk"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        print("wrk is missing: apt-get install wrk", flush=True)
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return shutil.which("wrk")


def portal_env(directory: Path) -> dict[str, str]:
    return {**os.environ, "FLASK_SQLALCHEMY_DATABASE_URI": f"sqlite:///{directory / 'kip.sqlite'}",
            "FLASK_DOCUMENTS_DIR": str(directory / "documents"), "FLASK_INDEX_DIR": str(directory / "index"),
            "FLASK_SECRET_KEY": "bench-load-secret", "FLASK_OCR_MODE": "off",
            "FLASK_REQUEST_RATE_LIMIT": "1000000 per minute", "KIP_LOG_LEVEL": "warning"}


def seed(directory: Path, env: dict[str, str]) -> None:
    for command in ("init-db", "seed-demo"):
        started = time.monotonic()
        subprocess.run([str(VENV_BIN / "flask"), "--app", "wsgi", command], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"{command}: {time.monotonic() - started:.0f} s", flush=True)


def start_gunicorn(env: dict[str, str], port: int, log_path: Path) -> subprocess.Popen:
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py", "--workers", "2",
             # no recycling during the bench: it would reset the RSS and lose the workers' CPU counters
             "--max-requests", "0", "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null", "wsgi:app"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                assert json.load(response)["status"] == "ok"
            return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit("gunicorn did not start:\n" + log_path.read_text())
            time.sleep(0.3)


def start_nginx(directory: Path, gunicorn_port: int) -> tuple[subprocess.Popen, int] | None:
    """deploy/nginx.conf as shipped, minus TLS and the port-80 redirect, in front of our gunicorn."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        print("nginx is not installed (scripts/install-system-deps installs it): no micro-cache figures")
        return None
    port = free_port()
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    site = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", site, count=1, flags=re.S)
    site = re.sub(r"\n\s*listen \[::\]:443 ssl http2;", "", site)
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port};")
    site = re.sub(r"\n\s*ssl_[a-z_]+ [^;]+;", "", site)
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{gunicorn_port};")
    site = site.replace("/var/log/nginx/", f"{directory}/").replace("/var/cache/nginx/", f"{directory}/cache/")
    site = site.replace("/srv/kip/static/", f"{ROOT / 'static'}/")
    (directory / "cache").mkdir(exist_ok=True)
    (directory / "site.conf").write_text(site)
    temp = " ".join(f"{kind}_temp_path {directory / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                            "scgi"))
    user = "user root root;\n" if os.geteuid() == 0 else ""
    (directory / "nginx-main.conf").write_text(
        f"{user}worker_processes 1;\npid {directory / 'nginx.pid'};\nerror_log {directory / 'nginx-error.log'};\n"
        f"daemon off;\nevents {{ worker_connections 1024; }}\nhttp {{\n include /etc/nginx/mime.types;\n {temp}\n"
        f" include {directory / 'site.conf'};\n}}\n")
    process = subprocess.Popen([nginx, "-c", str(directory / "nginx-main.conf"), "-p", str(directory)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).close()
            return process, port
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    process.kill()
    raise SystemExit("nginx did not start: " + (directory / "nginx-error.log").read_text())


def workers_of(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    if children.exists():
        return [int(pid) for pid in children.read_text().split()]
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
            and re.search(rf"^PPid:\s+{master}$", (p / "status").read_text(), re.M)]


def cpu_seconds(master: int) -> float:
    """CPU time (user + system) the workers have used: divided by the requests served, the cost of one request,
    whatever else the machine is busy with."""
    total = 0
    for pid in workers_of(master):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> tuple[float, float, float, float]:
    """(RSS, peak RSS, PSS, USS) of a process in MB. RSS counts every page the worker maps, the ones it shares with
    the preloaded master (copy-on-write) too; PSS splits shared pages between the processes that map them, USS
    (private pages only) is what the worker alone holds: what one more worker really costs."""
    status = Path(f"/proc/{pid}/status").read_text()
    value = {key: int(re.search(rf"^{key}:\s+(\d+) kB", status, re.M).group(1)) / 1024 for key in ("VmRSS", "VmHWM")}
    rollup = Path(f"/proc/{pid}/smaps_rollup")
    text = rollup.read_text() if rollup.exists() else ""
    field = {key: int(found.group(1)) / 1024 if (found := re.search(rf"^{key}:\s+(\d+) kB", text, re.M)) else 0.0
             for key in ("Pss", "Private_Clean", "Private_Dirty")}
    return value["VmRSS"], value["VmHWM"], field["Pss"], field["Private_Clean"] + field["Private_Dirty"]


def to_ms(text: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(wrk: str, url: str, *, duration: int, connections: int, script: Path | None = None,
            timeout: int = 10) -> dict:
    command = [wrk, "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", f"{timeout}s"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "requests": int(re.search(r"(\d+) requests in", output).group(1)),
            "p50": to_ms(latency["50"]), "p99": to_ms(latency["99"]),
            "errors": (int(errors.group(1)) if errors else 0)
            + (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0)}


def submission(port: int, index: int, unit: str) -> tuple[int, str | None]:
    body = {"requester_type": "perorangan", "name": f"Pemohon Serentak {index}", "nik": NIK,
            "address": "Jl. Mastrip 12, Jember", "phone": "081234567890", "email": "serentak@contoh.id",
            "occupation": "Peneliti",
            "information": f"Data penerima bantuan sosial, permohonan serentak {RUN} {index}",
            "purpose": "Uji serentak", "obtain_method": "salinan_softcopy", "delivery_method": "email", "unit": unit}
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/requests", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=3600) as response:
            return response.status, json.load(response)["register_number"]
    except urllib.error.HTTPError as error:
        return error.code, None
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, None


def race(port: int, database: Path, unit: str, count: int) -> bool:
    """``count`` submissions released at the same moment; every success must have its own, stored number."""
    before = _quiet_rows(database)
    start = threading.Barrier(count)

    def one(index: int) -> tuple[int, str | None]:
        start.wait()
        return submission(port, index, unit)

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=count) as pool:
        results = list(pool.map(one, range(count)))
    elapsed = time.monotonic() - started
    successes = [number for status, number in results if status in (200, 201)]
    rows = _rows(database)
    new_rows = [number for number in rows if number not in set(before)]
    duplicates = {number for number in successes if successes.count(number) > 1}
    stored_once = all(rows.count(number) == 1 for number in successes)
    statuses = {status: sum(1 for s, _ in results if s == status) for status, _ in results}
    ok = stored_once and not duplicates and len(new_rows) == len(successes)
    print(f"\nRace: {count} submissions at once in {elapsed:.1f} s — answers {dict(sorted(statuses.items()))}; "
          f"{len(successes)} successes, {len(set(successes))} distinct register numbers, {len(new_rows)} new rows, "
          f"each number stored once: {stored_once} → {'PASS' if ok else 'FAIL'}")
    return ok


def _quiet_rows(database: Path) -> list[str]:
    """The rows once the workers have finished the submissions wrk left queued (wrk stops, gunicorn goes on)."""
    rows = _rows(database)
    while True:
        time.sleep(3)
        again = _rows(database)
        if len(again) == len(rows):
            return again
        rows = again


def _rows(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute("SELECT register_number FROM info_requests")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog="kill-worker: SIGKILL a busy gunicorn worker several times while "
                                     "submissions are in flight; restart-postgres: restart the PostgreSQL server "
                                     "meanwhile (scripts/postgres restart). Both then check that every success is "
                                     "stored exactly once, count errors that were stored all the same, resend the "
                                     "errored attempts and check recovery (bench/faults.py).")
    parser.add_argument("scenario", nargs="?", default="load", choices=("load", "kill-worker", "restart-postgres"),
                        help="load figures and the race (default), or a fault run")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both",
                        help="database of kill-worker (restart-postgres is always PostgreSQL)")
    parser.add_argument("--attempts", type=int, default=2000,
                        help="most submissions of a fault run (it stops 6 s after the last fault)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients of a fault run")
    parser.add_argument("--faults", type=int, default=0, help="kills (default 5) or restarts (default 2)")
    parser.add_argument("--outage", type=float, default=3, help="seconds PostgreSQL stays down per restart")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--race", type=int, default=500, help="concurrent submissions of the race check")
    parser.add_argument("--keep", action="store_true", help="keep the temporary instance")
    parser.add_argument("--instance", type=Path, help="reuse an instance kept by --keep (skips seeding)")
    args = parser.parse_args()
    if args.scenario != "load":
        return fault_runs(args)
    wrk = ensure_wrk()
    directory = args.instance or Path(tempfile.mkdtemp(prefix="kip-load-"))
    env = portal_env(directory)
    if not args.instance:
        seed(directory, env)
    port = free_port()
    gunicorn = start_gunicorn(env, port, directory / "gunicorn.log")
    try:
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/api/v1/dip?category=berkala", timeout=30) as response:
            listing = json.load(response)
        entry_id = listing["items"][0]["id"]
        unit = "UPT-PSTW-JEMBER"  # a demo unit (kip_portal/demo/catalog.py)
        script = directory / "submit.lua"
        script.write_text(SUBMIT_LUA.replace("{nik}", NIK).replace("{unit}", unit).replace("{run}", RUN))
        pages = [("home page /", "/"), ("DIP category /dip/berkala", "/dip/berkala"),
                 ("search /cari/?q=bantuan+sosial", "/cari/?q=bantuan+sosial"),
                 (f"entry /dip/entri/{entry_id}", f"/dip/entri/{entry_id}")]
        print(f"\nwrk: 2 threads, {args.connections} connections, {args.duration} s per URL; gunicorn 2 workers "
              f"on {os.cpu_count()} CPUs (wrk shares them); load average before: {os.getloadavg()[0]:.1f}\n",
              flush=True)
        rows = []

        def measure(label: str, url: str, script: Path | None = None, *, warm: bool = True, timeout: int = 10) -> None:
            if warm:
                run_wrk(wrk, url, duration=2, connections=args.connections, script=script)
            cpu = cpu_seconds(gunicorn.pid)
            result = run_wrk(wrk, url, duration=args.duration, connections=args.connections, script=script,
                             timeout=timeout)
            result["cpu_ms"] = (cpu_seconds(gunicorn.pid) - cpu) * 1000 / max(result["requests"], 1)
            rows.append((label, result))

        for label, path in pages:
            measure(label, base + path)
        nginx = start_nginx(directory, port)
        if nginx:
            try:
                for label, path in pages:
                    measure(f"{label} via nginx micro-cache", f"http://127.0.0.1:{nginx[1]}{path}")
            finally:
                nginx[0].terminate()
                nginx[0].wait(timeout=30)
        # No warm-up: the submissions it left queued would hold the measured run up. A submission takes most of
        # a second of CPU, so 50 connections wait long: wrk's timeout is raised to see them through.
        measure("submit POST /api/v1/requests", f"{base}/api/v1/requests", script, warm=False, timeout=60)
        rss = [rss_mb(pid) for pid in workers_of(gunicorn.pid)]
        print(f"| URL | req/s | p50 ms | p99 ms | errors | worker CPU ms/req | ceiling req/s, 2 free cores "
              f"| target req/s ≥ {TARGET_RPS} | target p99 ≤ {TARGET_P99_MS} |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
        for label, result in rows:
            rps_ok = "—" if "POST" in label else ("met" if result["rps"] >= TARGET_RPS else
                                                   f"missed ({result['rps'] / TARGET_RPS:.0%})")
            p99_ok = "met" if result["p99"] <= TARGET_P99_MS else f"missed (×{result['p99'] / TARGET_P99_MS:.1f})"
            if not result["requests"]:
                p99_ok = "missed (no answer within the run)"
            cached = "nginx" in label
            capacity = "—" if cached or not result["cpu_ms"] else f"{2000 / result['cpu_ms']:,.0f}"
            print(f"| {label} | {result['rps']:,.0f} | {result['p50']:.1f} | {result['p99']:.1f} | "
                  f"{result['errors']} | {result['cpu_ms']:.1f} | {capacity} | {rps_ok} | {p99_ok} |")
        worst = max(peak for _, peak, _, _ in rss)
        print("\nWorker RSS after the runs: " + ", ".join(f"{now:.0f} MB (peak {peak:.0f} MB, PSS {pss:.0f} MB, "
                                                       f"USS {uss:.0f} MB)" for now, peak, pss, uss in rss)
              + f"; master {rss_mb(gunicorn.pid)[0]:.0f} MB. Target ≤ {TARGET_RSS_MB} MB per worker: "
              + ("met" if worst <= TARGET_RSS_MB else f"missed by {worst - TARGET_RSS_MB:.0f} MB"))
        print(f"Load average after the wrk runs: {os.getloadavg()[0]:.1f}", flush=True)
        race_ok = race(port, directory / "kip.sqlite", unit, args.race)
        print("Worker RSS after the race (each worker rendered hundreds of receipts): "
              + ", ".join(f"{now:.0f} MB (peak {peak:.0f} MB, PSS {pss:.0f} MB, USS {uss:.0f} MB)"
                          for now, peak, pss, uss in (rss_mb(pid) for pid in workers_of(gunicorn.pid))), flush=True)
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        gunicorn.wait(timeout=60)
        if not (args.keep or args.instance):
            shutil.rmtree(directory, ignore_errors=True)
        else:
            print(f"instance kept in {directory}")
    return 0 if race_ok else 1


def fault_runs(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    import faults

    backends = ["postgresql"] if args.scenario == "restart-postgres" else (
        ["sqlite", "postgresql"] if args.backend == "both" else [args.backend])
    reports = []
    for backend in backends:
        print(f"\n{args.scenario} on {backend}: submissions from {args.clients} clients (at most {args.attempts}), "
              f"2 workers; load average {os.getloadavg()[0]:.1f}", flush=True)
        reports.append(faults.run(args.scenario, backend, attempts=args.attempts, clients=args.clients,
                                  faults=args.faults or (5 if args.scenario == "kill-worker" else 2),
                                  outage=args.outage, start_gunicorn=start_gunicorn, workers_of=workers_of,
                                  keep=args.keep))
    faults.print_table(reports)
    return 0 if all(report["result"] == "PASS" for report in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
