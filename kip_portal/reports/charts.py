"""The report's charts as inline SVG written by hand: the same markup shows in the browser and in the PDF.

No chart library: WeasyPrint draws inline SVG itself, so the PDF needs no image files and no JavaScript.
Every chart carries a <title> and a <desc> listing its numbers, so a screen reader reads the data.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_babel import gettext as _
from markupsafe import Markup
from markupsafe import escape

from kip_portal.i18n import N_
from kip_portal.inforequests.models import Decision

# Marked for the catalogue; a chart says them in the language it is drawn in (the PDF: Indonesian).
MONTH_ABBR = (N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("Mei"), N_("Jun"), N_("Jul"), N_("Agu"), N_("Sep"),
              N_("Okt"), N_("Nov"), N_("Des"))
BUCKET_LABELS = {"0-3": "0–3", "4-10": "4–10", "11-17": "11–17", "18+": "> 17"}
FONT = 'font-family="DejaVu Sans, Arial, sans-serif"'
COLOR = "#1f6f8b"
DECISION_COLORS = {
    Decision.DIKABULKAN_SELURUHNYA: "#2e7d32", Decision.DIKABULKAN_SEBAGIAN: "#7cb342", Decision.DITOLAK: "#c62828",
    Decision.TIDAK_DIKUASAI: "#6d6d6d", Decision.BELUM_DIDOKUMENTASIKAN: "#9e9e9e",
}


def _scale_top(values: Sequence[int]) -> tuple[int, int]:
    """A round top for the y axis and its step, so gridlines fall on whole numbers."""
    highest = max(values, default=0)
    step = max(1, -(-highest // 4))
    return step * 4, step


def _open(chart_id: str, title: str, rows: Sequence[tuple[str, int]], width: int, height: int) -> list[str]:
    desc = "; ".join(f"{label}: {value}" for label, value in rows)
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d">',
        f'<title id="{chart_id}-t">{escape(title)}</title><desc id="{chart_id}-d">{escape(desc)}</desc>',
        f'<text x="{width / 2:g}" y="16" text-anchor="middle" font-size="13" font-weight="bold" {FONT}>'
        f'{escape(title)}</text>',
    ]


def column_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int]], *, axis_label: str = "",
                 width: int = 640, height: int = 260, color: str = COLOR) -> Markup:
    """Vertical bars, one per (label, value), with the value written above each bar."""
    left, right, top, bottom = 40, 10, 34, 42
    plot_w, plot_h = width - left - right, height - top - bottom
    scale_top, step = _scale_top([v for _, v in rows])
    parts = _open(chart_id, title, rows, width, height)
    for tick in range(0, scale_top + 1, step):
        y = top + plot_h - plot_h * tick / scale_top
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#d0d0d0" '
                     f'stroke-width="1"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="10" {FONT}>{tick}</text>')
    slot = plot_w / max(len(rows), 1)
    bar_w = slot * 0.65
    for i, (label, value) in enumerate(rows):
        x = left + i * slot + (slot - bar_w) / 2
        bar_h = plot_h * value / scale_top
        y = top + plot_h - bar_h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{bar_h:.1f}" fill="{color}"/>')
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="10" {FONT}>'
                     f'{value}</text>')
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 15:.1f}" text-anchor="middle" '
                     f'font-size="10" {FONT}>{escape(label)}</text>')
    if axis_label:
        parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle" font-size="10" '
                     f'{FONT}>{escape(axis_label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int, str]], *, width: int = 640,
              label_width: int = 210) -> Markup:
    """Horizontal bars, one per (label, value, colour), for categories whose names are long."""
    row_h, top, right = 24, 30, 40
    height = top + row_h * max(len(rows), 1) + 8
    plot_w = width - label_width - right
    highest = max((v for _, v, _ in rows), default=0) or 1
    parts = _open(chart_id, title, [(label, value) for label, value, _ in rows], width, height)
    for i, (label, value, color) in enumerate(rows):
        y = top + i * row_h
        bar_w = plot_w * value / highest
        parts.append(f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" font-size="11" {FONT}>'
                     f'{escape(label)}</text>')
        parts.append(f'<rect x="{label_width}" y="{y + 4}" width="{bar_w:.1f}" height="{row_h - 8}" '
                     f'fill="{color}"/>')
        parts.append(f'<text x="{label_width + bar_w + 5:.1f}" y="{y + 15}" font-size="11" {FONT}>{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def monthly_chart(figures: dict[str, Any]) -> Markup:
    rows = list(zip([_(month) for month in MONTH_ABBR], figures["by_month"], strict=True))
    return column_chart("grafik-bulan", _("Permohonan per bulan, tahun %(tahun)s", tahun=figures["year"]), rows)


def decisions_chart(figures: dict[str, Any]) -> Markup:
    keys = {Decision.DIKABULKAN_SELURUHNYA: "granted_full", Decision.DIKABULKAN_SEBAGIAN: "granted_partial",
            Decision.DITOLAK: "refused", Decision.TIDAK_DIKUASAI: "not_held",
            Decision.BELUM_DIDOKUMENTASIKAN: "undocumented"}
    rows = [(_(d.label), figures[key], DECISION_COLORS[d]) for d, key in keys.items()]
    rows += [(_("Masih diproses"), figures["still_open"], "#f9a825"),
             (_("Ditutup (tidak lengkap)"), figures["closed_incomplete"], "#8d6e63")]
    return bar_chart("grafik-keputusan", _("Keputusan atas permohonan"), rows)


def days_chart(figures: dict[str, Any]) -> Markup:
    rows = [(BUCKET_LABELS[key], value) for key, value in figures["working_days_distribution"].items()]
    return column_chart("grafik-waktu", _("Waktu menjawab (hari kerja sejak diterima)"), rows,
                        axis_label=_("hari kerja sampai pemberitahuan tertulis"), width=480, height=240)


def all_charts(figures: dict[str, Any]) -> dict[str, Markup]:
    """The three charts of the report, by name, for the pages and the PDF."""
    return {"months": monthly_chart(figures), "decisions": decisions_chart(figures), "days": days_chart(figures)}
