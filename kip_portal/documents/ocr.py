"""Read scanned PDFs with Tesseract: PDFium renders each page, the ``tesseract`` program reads it.

OCR takes about a second per page, so callers run it outside the upload request, for documents whose
:func:`extract.extract` result has ``needs_ocr``.
"""
from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
from contextlib import closing
from typing import TYPE_CHECKING

from kip_portal.documents.extract import PAGE_BREAK
from kip_portal.documents.extract import PDFIUM_LOCK
from kip_portal.documents.extract import Extraction
from kip_portal.documents.extract import ExtractionFailed
from kip_portal.documents.extract import clean_text
from kip_portal.documents.extract import open_pdf

if TYPE_CHECKING:
    import pypdfium2

# A page is rendered at ``dpi`` unless that passes this many pixels (A4 at 200 dpi is 3.9 million); a
# hostile PDF can declare a page hundreds of metres wide.
MAX_PAGE_PIXELS = 25_000_000
# Tesseract's OpenMP threads fight each other on small machines: one thread read a 200 dpi A4 scan in
# 1.0 s, the default took 11 s on 2 cores (bench/README-extract.md). Parallelism belongs to the job runner.
_TESSERACT_ENV = {"OMP_THREAD_LIMIT": "1"}


def tesseract_available() -> bool:
    """Tell whether the ``tesseract`` program is on the PATH."""
    return shutil.which("tesseract") is not None


def ocr_pdf(data: bytes, *, lang: str = "ind", dpi: int = 200, max_pages: int | None = None,
            timeout: float = 120) -> Extraction:
    """Return the text Tesseract reads on the pages of a PDF; failures come back in ``error``, never raised.

    ``max_pages`` limits the work to the first pages (the text then ends with a note); ``timeout`` is in
    seconds per page.
    """
    binary = shutil.which("tesseract")
    if binary is None:
        return Extraction(text="", pages=None, method="ocr", error="Tesseract tidak terpasang")
    texts: list[str] = []
    failed: dict[str, list[int]] = {}  # reason -> page numbers
    try:
        with PDFIUM_LOCK:
            document = open_pdf(data)
            count = len(document)
        try:
            wanted = count if max_pages is None else min(count, max_pages)
            for index in range(wanted):
                try:
                    with PDFIUM_LOCK:
                        image = _render_png(document, index, dpi)
                    texts.append(_tesseract(binary, image, lang=lang, timeout=timeout))
                except ExtractionFailed as failure:
                    texts.append("")
                    failed.setdefault(str(failure), []).append(index + 1)
                    if index == 1 and not any(texts):
                        # Failing twice before any success is a missing language or a broken program.
                        break
        finally:
            with PDFIUM_LOCK:
                document.close()
    except ExtractionFailed as failure:
        return Extraction(text="", pages=None, method="ocr", error=str(failure))
    text = PAGE_BREAK.join(texts) if any(texts) else ""
    if text and wanted < count:
        text += f"\n\n[OCR hanya pada {wanted} halaman pertama dari {count}]"
    error = None
    if failed:
        error = "OCR gagal: " + "; ".join(
            f"halaman {', '.join(map(str, pages[:10]))}: {reason}" for reason, pages in failed.items()
        )
    return Extraction(text=text, pages=count, method="ocr", error=error)


def _render_png(document: pypdfium2.PdfDocument, index: int, dpi: int) -> bytes:
    import pypdfium2  # imported on first use: a web worker serving pages never needs PDFium

    try:
        with closing(document[index]) as page:
            width, height = page.get_size()
            scale = min(dpi / 72, math.sqrt(MAX_PAGE_PIXELS / max(width * height, 1)))
            with closing(page.render(scale=scale, grayscale=True)) as bitmap:
                out = io.BytesIO()
                # Fast compression: Tesseract reads the whole PNG anyway, and level 1 encodes in 20 ms.
                bitmap.to_pil().save(out, "PNG", compress_level=1)
    except pypdfium2.PdfiumError:
        raise ExtractionFailed("halaman tidak dapat dibaca") from None
    return out.getvalue()


def _tesseract(binary: str, image: bytes, *, lang: str, timeout: float) -> str:
    try:
        result = subprocess.run(
            [binary, "stdin", "stdout", "-l", lang, "--psm", "3"], input=image, capture_output=True,
            timeout=timeout, env={**os.environ, **_TESSERACT_ENV}, check=False,
        )
    except subprocess.TimeoutExpired:
        raise ExtractionFailed(f"batas waktu {timeout:g} detik terlampaui") from None
    except OSError as exc:
        raise ExtractionFailed(f"Tesseract tidak dapat dijalankan ({exc.strerror})") from None
    if result.returncode != 0:
        stderr = result.stderr.decode("utf-8", "replace")
        if "Failed loading language" in stderr:
            raise ExtractionFailed(f"model bahasa Tesseract '{lang}' tidak terpasang (paket tesseract-ocr-{lang})")
        last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
        raise ExtractionFailed(f"Tesseract gagal (kode {result.returncode}) {last[:200]}".strip())
    return clean_text(result.stdout.decode("utf-8", "replace"))
