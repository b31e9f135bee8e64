"""Time PDF text extraction with pypdf, pdfminer.six and pypdfium2, OCR with Tesseract, and DOCX/ODT parsers.

Usage: python bench/extract.py [--pdf-dir ../shared/data/pdf-samples] [--all] [--skip-ocr] [--skip-office]

pypdf and pdfminer.six are only needed here (pip install pypdf pdfminer.six); the portal uses pypdfium2.
Results are written up in bench/README-extract.md.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import io
import logging
import os
import statistics
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kip_portal.documents import extract as extraction  # noqa: E402
from kip_portal.documents import ocr  # noqa: E402

SHARED = ROOT.parent / "shared"
BIG_PDF = "Perba 5 Tahun 2025"
SCANNED_PDF = "PP 46 Tahun 2009"
BIG_PAGES_PREFIX = 50


def page_count(data: bytes) -> int:
    with closing(pypdfium2.PdfDocument(data)) as document:
        return len(document)


def with_pypdfium2(data: bytes, max_pages: int | None = None) -> int:
    chars = 0
    with closing(pypdfium2.PdfDocument(data)) as document:
        for index in range(min(len(document), max_pages or len(document))):
            with closing(document[index]) as page, closing(page.get_textpage()) as textpage:
                chars += len(textpage.get_text_range())
    return chars


def with_pypdf(data: bytes, max_pages: int | None = None) -> int:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return sum(len(page.extract_text() or "") for page in reader.pages[:max_pages])


def with_pdfminer(data: bytes, max_pages: int | None = None) -> int:
    from pdfminer.high_level import extract_text

    return len(extract_text(io.BytesIO(data), maxpages=max_pages or 0))


def with_portal(data: bytes, max_pages: int | None = None) -> int:
    return len(extraction.extract(data, extraction.filetypes.PDF.mimetype).text)


LIBRARIES = {
    "pypdfium2": with_pypdfium2,
    "kip extract() (pypdfium2 + cleaning)": with_portal,
    "pypdf": with_pypdf,
    "pdfminer.six": with_pdfminer,
}
ONLY_SMALL = {"pypdf", "pdfminer.six"}


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def bench_pdfs(pdf_dir: Path, run_all: bool) -> None:
    files = sorted(pdf_dir.glob("*.pdf"))
    print(f"\n## PDF text layer: {len(files)} files in {pdf_dir}")
    print("pypdf and pdfminer.six skip files over 100 pages" + (" (--all: not skipped)" if run_all else ""))
    print("| library | files | pages | chars | seconds | ms/page | failures |\n|---|---|---|---|---|---|---|")
    samples = [(path, path.read_bytes()) for path in files]
    pages = {path: page_count(data) for path, data in samples}
    for name, function in LIBRARIES.items():
        total_seconds = total_pages = total_chars = done = 0
        failures = []
        for path, data in samples:
            if name in ONLY_SMALL and not run_all and pages[path] > 100:
                continue
            try:
                chars, seconds = timed(function, data)
            except Exception as exc:  # noqa: BLE001 - a failure is a result here
                failures.append(f"{path.name[:30]}: {type(exc).__name__}")
                continue
            done += 1
            total_seconds += seconds
            total_pages += pages[path]
            total_chars += chars
        per_page = 1000 * total_seconds / max(total_pages, 1)
        print(f"| {name} | {done} | {total_pages} | {total_chars:,} | {total_seconds:.2f} | {per_page:.1f} | "
              f"{len(failures)} {'; '.join(failures)} |")


def bench_big_pdf(pdf_dir: Path) -> None:
    path = next(pdf_dir.glob(f"{BIG_PDF}*.pdf"), None)
    if path is None:
        print(f"\n({BIG_PDF} not found in {pdf_dir})")
        return
    data = path.read_bytes()
    pages = page_count(data)
    print(f"\n## {path.name[:60]}… ({pages} pages, {len(data) / 1e6:.1f} MB)")
    _, seconds = timed(with_pypdfium2, data)
    print(f"pypdfium2, all pages: {seconds:.2f} s ({1000 * seconds / pages:.1f} ms/page)")
    result, seconds = timed(extraction.extract, data, extraction.filetypes.PDF.mimetype)
    print(f"kip extract(), all pages: {seconds:.2f} s, {len(result.text):,} chars, needs_ocr={result.needs_ocr}")
    for name in ("pypdf", "pdfminer.six"):
        _, seconds = timed(LIBRARIES[name], data, max_pages=BIG_PAGES_PREFIX)
        print(f"{name}, first {BIG_PAGES_PREFIX} pages: {seconds:.2f} s "
              f"→ all {pages} pages ≈ {seconds * pages / BIG_PAGES_PREFIX:.0f} s (extrapolated)")


def bench_ocr(pdf_dir: Path, ocr_pages: int) -> None:
    path = next(pdf_dir.glob(f"{SCANNED_PDF}*.pdf"), None)
    if path is None or not ocr.tesseract_available():
        print(f"\n(OCR skipped: {SCANNED_PDF} missing or tesseract not installed)")
        return
    data = path.read_bytes()
    version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    print(f"\n## OCR: {path.name[:60]}… ({version}, lang ind, {os.cpu_count()} CPUs)")
    detected = extraction.extract(data, extraction.filetypes.PDF.mimetype)
    print(f"text layer: {len(detected.text)} chars on {detected.pages} pages, needs_ocr={detected.needs_ocr}")
    samples = {}
    for dpi in (150, 200, 300):
        result, seconds = timed(ocr.ocr_pdf, data, dpi=dpi, max_pages=ocr_pages)
        samples[dpi] = " ".join(result.text.split()[:40])
        print(f"ocr_pdf dpi={dpi}, first {ocr_pages} pages: {seconds:.2f} s ({seconds / ocr_pages:.2f} s/page), "
              f"{len(result.text):,} chars, error={result.error}")
    print(f"first words at 200 dpi: {samples[200]}")
    # The evidence for OMP_THREAD_LIMIT=1 in ocr.py: one page, default OpenMP threads against one thread.
    with closing(pypdfium2.PdfDocument(data)) as document:
        image = ocr._render_png(document, 0, 200)
    for label, env in (("OpenMP default", {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}),
                       ("OMP_THREAD_LIMIT=1", {**os.environ, "OMP_THREAD_LIMIT": "1"})):
        _, seconds = timed(subprocess.run, ["tesseract", "stdin", "stdout", "-l", "ind", "--psm", "3"],
                           input=image, capture_output=True, env=env, check=True)
        print(f"tesseract one page at 200 dpi, {label}: {seconds:.2f} s")


def bench_office(paragraphs: int = 20_000) -> None:
    import docx
    from odf import teletype
    from odf.opendocument import OpenDocumentText
    from odf.opendocument import load
    from odf.text import H
    from odf.text import P

    print(f"\n## DOCX and ODT: generated documents of {paragraphs:,} paragraphs")
    line = "Pejabat Pengelola Informasi dan Dokumentasi wajib menyediakan informasi publik secara berkala {}."
    document = docx.Document()
    for number in range(paragraphs):
        document.add_paragraph(line.format(number))
    table = document.add_table(rows=500, cols=4)
    for row in table.rows:
        for cell in row.cells:
            cell.text = "sel tabel"
    out = io.BytesIO()
    document.save(out)
    docx_data = out.getvalue()

    def python_docx(data: bytes) -> int:
        parsed = docx.Document(io.BytesIO(data))
        texts = [paragraph.text for paragraph in parsed.paragraphs]
        texts += [cell.text for table in parsed.tables for row in table.rows for cell in row.cells]
        return len("\n".join(texts))

    odt = OpenDocumentText()
    for number in range(paragraphs):
        odt.text.addElement((H(outlinelevel=2, text="Bab") if number % 50 == 0 else P(text=line.format(number))))
    out = io.BytesIO()
    odt.save(out)
    odt_data = out.getvalue()

    def odfpy(data: bytes) -> int:
        parsed = load(io.BytesIO(data))
        texts = [teletype.extractText(element) for kind in (H, P) for element in parsed.getElementsByType(kind)]
        return len("\n".join(texts))

    def portal(filetype):
        return lambda data: len(extraction.extract(data, filetype.mimetype).text)

    print("| parser | size | chars | seconds |\n|---|---|---|---|")
    for name, function, data in (
        ("python-docx (paragraphs + table cells)", python_docx, docx_data),
        ("kip extract() DOCX (streamed XML)", portal(extraction.filetypes.DOCX), docx_data),
        ("odfpy load + teletype.extractText", odfpy, odt_data),
        ("kip extract() ODT (streamed XML)", portal(extraction.filetypes.ODT), odt_data),
    ):
        runs = [timed(function, data) for _ in range(3)]
        seconds = statistics.median(seconds for _, seconds in runs)
        print(f"| {name} | {len(data) / 1e6:.1f} MB | {runs[0][0]:,} | {seconds:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf-dir", type=Path, default=SHARED / "data" / "pdf-samples")
    parser.add_argument("--all", action="store_true", help="run pypdf and pdfminer.six on files over 100 pages")
    parser.add_argument("--ocr-pages", type=int, default=2)
    parser.add_argument("--skip-ocr", action="store_true")
    parser.add_argument("--skip-office", action="store_true")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    versions = {name: importlib.metadata.version(name) for name in ("pypdf", "pdfminer.six", "python-docx", "odfpy")}
    print(", ".join(f"{name} {version}" for name, version in versions.items()))
    print(f"Python {sys.version.split()[0]}, pypdfium2 {pypdfium2.PYPDFIUM_INFO} (PDFium {pypdfium2.PDFIUM_INFO}), "
          f"{os.cpu_count()} CPUs")
    bench_pdfs(args.pdf_dir, args.all)
    bench_big_pdf(args.pdf_dir)
    if not args.skip_ocr:
        bench_ocr(args.pdf_dir, args.ocr_pages)
    if not args.skip_office:
        bench_office()


if __name__ == "__main__":
    main()
