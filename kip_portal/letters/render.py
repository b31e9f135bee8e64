"""The only WeasyPrint importer: HTML in, PDF bytes out, so callers and tests work on HTML."""
from __future__ import annotations

import threading

import weasyprint
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

# One font configuration per thread, reused: a new one per document leaks (~0.3 MB a receipt in a worker, 228 MB
# after 200 submissions; reused it stays at 165 MB — bench/README.md). Per thread, since Pango's objects are not
# shared across threads.
_fonts = threading.local()


def html_to_pdf(html: str, *, base_url: str) -> bytes:
    """Render ``html`` to PDF; ``base_url`` (a local directory) resolves its stylesheets and images.

    Only ``file:`` URLs are fetched, so a rendered page never reaches the network, and a missing
    stylesheet fails the rendering instead of producing an unstyled document.
    """
    fetcher = URLFetcher(allowed_protocols={"file"}, fail_on_errors=True)
    if not hasattr(_fonts, "config"):
        _fonts.config = FontConfiguration()
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(font_config=_fonts.config)
