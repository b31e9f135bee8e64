"""Fault runs of bench/load.py: no submission lost or stored twice when a worker dies or PostgreSQL restarts.

    .venv/bin/python bench/load.py kill-worker [--backend sqlite|postgresql|both] [--clients 8] [--faults 5]
    .venv/bin/python bench/load.py restart-postgres [--clients 8] [--faults 2] [--outage 3]

Each run starts a fresh instance (init-db and one PPID Utama) under gunicorn with deploy/gunicorn.conf.py and 2
workers, and keeps ``--clients`` threads submitting (``POST /api/v1/requests``, one after another) until 6 s after
the last fault, each submission with its own marker in the requested information. Meanwhile it SIGKILLs a busy
gunicorn worker (gunicorn forks a new one), or restarts the PostgreSQL server (``scripts/postgres restart``, down
``--outage`` seconds) while a thread polls ``/healthz``. Every attempt ends as a success (its register number) or
an error (connection reset, 5xx). Then, in the database: every success is stored exactly once under its own
number; no marker has two rows; errors whose request was stored all the same are counted; each stored request has
its receipt. Then every errored attempt is sent again (a citizen pressing "kirim" again): the portal's
double-submission check must answer with the stored request rather than file a second one. After a restart, new
submissions must succeed again and /healthz must say "ok" — also after one last restart while the workers sit idle
on pooled connections that the restart killed.
"""
from __future__ import annotations

import concurrent.futures
import json
import os
import random
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(__file__).resolve().parent.parent / ".venv" / "bin"


def _body(marker: str) -> dict:
    return {"requester_type": "perorangan", "name": "Pemohon Uji Gangguan", "nik": "3509121507800001",
            "address": "Jl. Mastrip 12, Jember", "phone": "081234567890", "email": "gangguan@contoh.id",
            "occupation": "Peneliti", "information": f"Data penerima bantuan sosial lansia [{marker}]",
            "purpose": "Uji gangguan", "obtain_method": "salinan_softcopy", "delivery_method": "email"}


def submit(port: int, marker: str, timeout: float = 120) -> dict:
    """One attempt as a client sees it: ``{"marker", "status", "number", "error"}`` (status 0: no answer)."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/requests",
                                     data=json.dumps(_body(marker)).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    result = {"marker": marker, "status": 0, "number": None, "error": None, "start": time.monotonic()}
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            result.update(status=response.status, number=json.load(response)["register_number"])
    except urllib.error.HTTPError as error:
        result.update(status=error.code, error=f"HTTP {error.code}")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        result["error"] = type(reason).__name__ if not isinstance(reason, str) else reason
    result["end"] = time.monotonic()
    return result


def health(port: int) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as response:
            return json.load(response)["checks"]["database"]
    except urllib.error.HTTPError as error:
        return json.load(error)["checks"]["database"]
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return "no answer"


class Postgres:
    """A PostgreSQL cluster of our own (scripts/postgres with its own directory: the test suite's is not touched)."""

    def __init__(self, directory: Path):
        self.env = {**os.environ, "KIP_POSTGRES_DIR": str(directory / "postgres")}
        directory.chmod(0o755)  # the server runs as `postgres` when we are root: it must reach its directory
        server = subprocess.run([str(ROOT / "scripts" / "postgres"), "start"], env=self.env, check=True,
                                capture_output=True, text=True).stdout.strip()
        subprocess.run([str(VENV_BIN / "python"), "-c", "import sqlalchemy as sa, sys; "
                        "e = sa.create_engine(sys.argv[1], isolation_level='AUTOCOMMIT'); "
                        "e.connect().exec_driver_sql('CREATE DATABASE kip_faults')", server], check=True)
        self.url = server.rsplit("/", 1)[0] + "/kip_faults"

    def restart(self, outage: float) -> None:
        subprocess.run([str(ROOT / "scripts" / "postgres"), "restart", str(outage)], env=self.env, check=True,
                       stdout=subprocess.DEVNULL)

    def stop(self) -> None:
        subprocess.run([str(ROOT / "scripts" / "postgres"), "stop"], env=self.env, check=False)


def instance(directory: Path, database_url: str) -> dict[str, str]:
    """init-db, an empty search index and a PPID Utama (where a request without a unit goes): all a submission
    needs."""
    env = {**os.environ, "FLASK_SQLALCHEMY_DATABASE_URI": database_url,
           "FLASK_DOCUMENTS_DIR": str(directory / "documents"), "FLASK_INDEX_DIR": str(directory / "index"),
           "FLASK_SECRET_KEY": "bench-faults-secret", "FLASK_OCR_MODE": "off",
           "FLASK_REQUEST_RATE_LIMIT": "1000000 per minute", "KIP_LOG_LEVEL": "warning"}
    (directory / "documents").mkdir()
    for command in ("init-db", "reindex"):
        subprocess.run([str(VENV_BIN / "flask"), "--app", "wsgi", command], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([str(VENV_BIN / "python"), "-c", """
from wsgi import app
from kip_portal.extensions import db
from kip_portal.units.models import Unit, UnitKind
with app.app_context():
    db.session.add(Unit(code="DINSOS", name="Dinas Sosial Provinsi Jawa Timur", kind=UnitKind.UTAMA))
    db.session.commit()
"""], cwd=ROOT, env=env, check=True)
    return env


def stored(env: dict[str, str]) -> tuple[dict[str, list[str]], set[str]]:
    """{marker: [register numbers]} of the stored requests, and the numbers that have their receipt letter.
    Read through the app's models, so fields the portal encrypts are read as the portal reads them."""
    script = """
import json, re
from wsgi import app
from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest
from kip_portal.letters.models import Letter, LetterKind
with app.app_context():
    rows = {}
    for number, information in db.session.execute(db.select(InfoRequest.register_number, InfoRequest.information)):
        found = re.search(r"\\[(f-[^\\]]+)\\]", information)
        if found:
            rows.setdefault(found.group(1), []).append(number)
    receipts = db.session.scalars(db.select(InfoRequest.register_number).join(Letter, Letter.info_request_id
                                  == InfoRequest.id).where(Letter.kind == LetterKind.RECEIPT)).all()
    print(json.dumps({"rows": rows, "receipts": receipts}))
"""
    output = subprocess.run([str(VENV_BIN / "python"), "-c", script], cwd=ROOT, env=env, check=True,
                            capture_output=True, text=True).stdout
    data = json.loads(output.strip().splitlines()[-1])
    return data["rows"], set(data["receipts"])


def fire(port: int, kind: str, clients: int, limit: int, stop: threading.Event) -> list[dict]:
    """``clients`` threads submitting one after another until ``stop`` (or ``limit`` attempts in all)."""
    numbers = iter(range(limit))
    lock = threading.Lock()

    def client() -> list[dict]:
        mine = []
        while not stop.is_set():
            with lock:
                index = next(numbers, None)
            if index is None:
                break
            mine.append(submit(port, f"f-{kind}-{index:04d}"))
            if mine[-1]["error"]:
                time.sleep(0.5)  # as a browser or client would, rather than hammer a portal that is down
        return mine

    with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
        return [result for results in pool.map(lambda _: client(), range(clients)) for result in results]


def run(kind: str, backend: str, *, attempts: int, clients: int, faults: int, outage: float,
        start_gunicorn, workers_of, keep: bool = False) -> dict:
    directory = Path(tempfile.mkdtemp(prefix=f"kip-faults-{backend}-"))
    postgres = Postgres(directory) if backend == "postgresql" else None
    gunicorn = None
    try:
        env = instance(directory, postgres.url if postgres else f"sqlite:///{directory / 'kip.sqlite'}")
        port = _free_port()
        gunicorn = start_gunicorn(env, port, directory / "gunicorn.log")
        done = threading.Event()
        timeline: list[tuple[float, str]] = []
        outages: list[tuple[float, float]] = []  # (down, up) of each fault, monotonic
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as side:
            answers = side.submit(fire, port, kind, clients, attempts, done)
            if kind == "restart-postgres":
                poller = side.submit(_poll_health, port, done, timeline, started)
            time.sleep(3)
            for index in range(faults):
                if kind == "kill-worker":
                    pid = random.choice(workers_of(gunicorn.pid))
                    outages.append((time.monotonic(), time.monotonic()))
                    os.kill(pid, signal.SIGKILL)
                    print(f"  {time.monotonic() - started:5.1f} s: SIGKILL worker {pid}", flush=True)
                    time.sleep(random.uniform(2, 4))
                else:
                    print(f"  {time.monotonic() - started:5.1f} s: PostgreSQL down for {outage:g} s", flush=True)
                    down = time.monotonic()
                    postgres.restart(outage)
                    outages.append((down, time.monotonic()))
                    print(f"  {time.monotonic() - started:5.1f} s: PostgreSQL up again", flush=True)
                    time.sleep(6)
            time.sleep(6)  # submissions go on a while after the last fault: the portal must serve them
            done.set()
            results = answers.result()
            if kind == "restart-postgres":
                poller.result()
        elapsed = time.monotonic() - started
        if kind == "restart-postgres":
            # One more restart while no request runs: each worker's pooled connection is dead when traffic
            # comes back, and the first request on it must not fail (pool_pre_ping).
            postgres.restart(0)
        # After the faults: new submissions must succeed (the workers reconnect) and the database be healthy.
        after = [submit(port, f"f-{kind}-after-{index:02d}") for index in range(10)]
        health_after = health(port)
        rows, receipts = stored(env)
        with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
            retried = list(pool.map(lambda result: submit(port, result["marker"]),
                                    [result for result in results if result["status"] not in (200, 201)]))
        rows_after_retry, receipts_after_retry = stored(env)
        report = _report(kind, backend, results, rows, receipts, after, health_after, retried, rows_after_retry,
                         receipts_after_retry, timeline, elapsed)
        # An error of a request that overlapped no fault: the portal failing after it should have recovered.
        report["errors_outside_faults"] = sum(
            1 for r in results if r["error"] and not any(r["start"] <= up and r["end"] >= down for down, up in outages))
        report["workers"] = len(workers_of(gunicorn.pid))
        return report
    finally:
        if gunicorn:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=60)
        if postgres:
            postgres.stop()
        if keep:
            print(f"  instance kept in {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _poll_health(port: int, done: threading.Event, timeline: list, started: float) -> None:
    while not done.is_set():
        state = health(port)
        if not timeline or timeline[-1][1] != state:
            timeline.append((time.monotonic() - started, state))
        time.sleep(0.2)


def _report(kind, backend, results, rows, receipts, after, health_after, retried, rows_after_retry,
            receipts_after_retry, timeline, elapsed) -> dict:
    successes = [r for r in results if r["status"] in (200, 201)]
    errors = [r for r in results if r["status"] not in (200, 201)]
    stored_markers = [r["marker"] for r in results if rows.get(r["marker"])]
    lost = [r for r in successes if rows.get(r["marker"]) != [r["number"]]]
    duplicates = [marker for marker, numbers in rows.items() if len(numbers) > 1]
    numbers = [number for numbers in rows.values() for number in numbers]
    errors_stored = [r for r in errors if rows.get(r["marker"])]
    without_receipt = [marker for marker, found in rows.items() if any(n not in receipts for n in found)]
    retry_same = sum(1 for r in retried if r["status"] == 200 and rows.get(r["marker"]) == [r["number"]])
    retry_new = sum(1 for r in retried if r["status"] == 201)
    retry_failed = sum(1 for r in retried if r["status"] not in (200, 201))
    final_duplicates = [m for m, found in rows_after_retry.items() if len(found) > 1]
    final_missing = [r["marker"] for r in results if len(rows_after_retry.get(r["marker"], [])) != 1]
    without_receipt_after = [m for m, found in rows_after_retry.items()
                             if any(n not in receipts_after_retry for n in found)]
    after_ok = sum(1 for r in after if r["status"] == 201)
    ok = (not lost and not duplicates and len(numbers) == len(set(numbers)) and not final_duplicates
          and not final_missing and after_ok == len(after) and health_after == "ok")
    return {"kind": kind, "backend": backend, "attempts": len(results), "successes": len(successes),
            "errors": len(errors), "error_kinds": dict(Counter(r["error"] for r in errors)),
            "stored": len(stored_markers), "duplicates": len(duplicates), "lost": len(lost),
            "errors_stored": len(errors_stored), "without_receipt": len(without_receipt),
            "retried": len(retried), "retry_same": retry_same, "retry_new": retry_new, "retry_failed": retry_failed,
            "final_duplicates": len(final_duplicates), "final_missing": len(final_missing),
            "without_receipt_after_retry": len(without_receipt_after),
            "after_ok": f"{after_ok}/{len(after)}", "health_after": health_after,
            "health_timeline": [(round(t, 1), state) for t, state in timeline], "seconds": round(elapsed, 1),
            "result": "PASS" if ok else "FAIL"}


COLUMNS = ("backend", "attempts", "successes", "errors", "errors_outside_faults", "stored", "errors_stored",
           "duplicates", "lost",
           "retried", "retry_same", "retry_new", "final_missing", "without_receipt", "without_receipt_after_retry",
           "after_ok", "health_after", "result")


def print_table(reports: list[dict]) -> None:
    print("\n| fault | " + " | ".join(COLUMNS) + " |")
    print("| --- " * (len(COLUMNS) + 1) + "|")
    for report in reports:
        print(f"| {report['kind']} | " + " | ".join(str(report[column]) for column in COLUMNS) + " |")
    for report in reports:
        print(f"{report['kind']} on {report['backend']}: {report['seconds']} s; errors {report['error_kinds']}"
              + f"; gunicorn workers at the end: {report['workers']}"
              + (f"; /healthz database: {report['health_timeline']}" if report["health_timeline"] else ""))
