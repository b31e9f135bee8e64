"""A DIP entry: one row of the Daftar Informasi Publik (Perki 1/2021 Lampiran I)."""
from __future__ import annotations

import enum
from datetime import date
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import UTCDateTime
from kip_portal.core.models import enum_column
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.units.models import Unit


class Category(enum.StrEnum):
    """The statutory categories of public information (UU 14/2008 Pasal 9, 10, 11 and 17)."""

    BERKALA = "berkala"
    SERTA_MERTA = "serta_merta"
    SETIAP_SAAT = "setiap_saat"
    DIKECUALIKAN = "dikecualikan"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self][0]

    @property
    def article(self) -> str:
        return CATEGORY_LABELS[self][1]

    @property
    def description(self) -> str:
        return CATEGORY_LABELS[self][2]

    @property
    def slug(self) -> str:
        return self.value.replace("_", "-")

    @classmethod
    def from_slug(cls, slug: str) -> Category | None:
        try:
            return cls(slug.replace("-", "_"))
        except ValueError:
            return None


# Marked with N_ (also in exports, the API and printed tables); a page shows them with _(category.label).
CATEGORY_LABELS = {
    Category.BERKALA: (
        N_("Informasi Berkala"), N_("UU 14/2008 Pasal 9"),
        N_("Informasi yang wajib disediakan dan diumumkan secara berkala, paling sedikit setiap 6 bulan sekali."),
    ),
    Category.SERTA_MERTA: (
        N_("Informasi Serta Merta"), N_("UU 14/2008 Pasal 10"),
        N_("Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum, diumumkan tanpa "
           "penundaan."),
    ),
    Category.SETIAP_SAAT: (
        N_("Informasi Tersedia Setiap Saat"), N_("UU 14/2008 Pasal 11"),
        N_("Informasi yang wajib tersedia setiap saat dan dapat diminta oleh setiap orang."),
    ),
    Category.DIKECUALIKAN: (
        N_("Informasi yang Dikecualikan"), N_("UU 14/2008 Pasal 17"),
        N_("Informasi yang ditutup berdasarkan uji konsekuensi; isinya tidak dibuka, hanya keberadaan dan "
           "alasannya."),
    ),
}


class EntryStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return {"draft": N_("Draf"), "published": N_("Terbit"), "retired": N_("Ditarik")}[self.value]


class InfoFormat(enum.StrEnum):
    """Bentuk informasi yang tersedia (Lampiran I)."""

    SOFTCOPY = "softcopy"
    HARDCOPY = "hardcopy"


class InformationEntry(TimestampMixin, db.Model):
    __tablename__ = "dip_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), nullable=False, index=True)
    category: Mapped[Category] = mapped_column(enum_column(Category, name="dip_category"), nullable=False)
    status: Mapped[EntryStatus] = mapped_column(
        enum_column(EntryStatus, name="dip_status"), nullable=False, default=EntryStatus.DRAFT
    )
    title: Mapped[str] = mapped_column(sa.String(500), nullable=False)
    # Lampiran I columns.
    summary: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)  # ringkasan isi informasi
    holder: Mapped[str] = mapped_column(sa.String(300), default="", nullable=False)  # pejabat/unit yang menguasai
    responsible: Mapped[str] = mapped_column(sa.String(300), default="", nullable=False)  # penanggung jawab
    produced_at: Mapped[date | None] = mapped_column(sa.Date)  # waktu pembuatan
    produced_place: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)  # tempat pembuatan
    formats: Mapped[str] = mapped_column(sa.String(40), default="softcopy", nullable=False)  # ";"-separated
    retention: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)  # jangka waktu penyimpanan
    year: Mapped[int | None] = mapped_column(index=True)
    # Dikecualikan only: the basis in law, the consequence test and how long the exemption lasts.
    legal_basis: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    consequence_test: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    exempt_until: Mapped[date | None] = mapped_column(sa.Date)
    consequence_test_id: Mapped[int | None] = mapped_column(sa.ForeignKey("consequence_tests.id"), index=True)
    # The mandatory item this entry fulfils, e.g. "berkala:e" (Perki 1/2021 Pasal 14 ayat 2 huruf e) or
    # "setiap_saat:a" (Pasal 21 ayat 1 huruf a); the auditor's DIP completeness is counted from it.
    legal_item: Mapped[str] = mapped_column(sa.String(20), default="", nullable=False, index=True)
    # A stable key from an imported source; a second import with the same key updates the entry.
    external_id: Mapped[str | None] = mapped_column(sa.String(200), unique=True)
    # Full text given directly (imports of regulations without a file).
    text: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_demo: Mapped[bool] = mapped_column(default=False, nullable=False)

    unit: Mapped[Unit] = relationship()
    documents: Mapped[list["Document"]] = relationship(  # noqa: F821
        back_populates="entry", order_by="Document.id", cascade="all, delete-orphan"
    )

    __table_args__ = (sa.Index("ix_dip_entries_status_category", "status", "category"),)

    @property
    def is_exempt(self) -> bool:
        return self.category == Category.DIKECUALIKAN

    @property
    def is_public(self) -> bool:
        return self.status == EntryStatus.PUBLISHED

    @property
    def format_list(self) -> list[InfoFormat]:
        return [InfoFormat(f) for f in self.formats.split(";") if f]

    def __repr__(self) -> str:
        return f"<InformationEntry {self.id} {self.category} {self.title[:30]!r}>"
