"""The only WeasyPrint importer: HTML in, PDF bytes out, so callers and tests work on HTML."""
from __future__ import annotations

import weasyprint
from weasyprint.urls import URLFetcher


def html_to_pdf(html: str, *, base_url: str) -> bytes:
    """Render ``html`` to PDF; ``base_url`` (a local directory) resolves its stylesheets and images.

    Only ``file:`` URLs are fetched, so a rendered page never reaches the network, and a missing
    stylesheet fails the rendering instead of producing an unstyled document.
    """
    fetcher = URLFetcher(allowed_protocols={"file"}, fail_on_errors=True)
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf()
