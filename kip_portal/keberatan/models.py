"""A keberatan: grounds, kasus posisi, its number and deadline, and the Atasan PPID's answer."""
from __future__ import annotations

import enum
from datetime import date
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import backref
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import UTCDateTime
from kip_portal.core.models import enum_column
from kip_portal.crypto.types import EncryptedText
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest


class Ground(enum.StrEnum):
    """The grounds of UU 14/2008 Pasal 35 ayat 1, by their letter."""

    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    G = "g"

    @property
    def label(self) -> str:
        return {
            "a": N_("Permohonan informasi ditolak atas alasan pengecualian (Pasal 17)"),
            "b": N_("Informasi berkala tidak disediakan (Pasal 9)"),
            "c": N_("Permohonan informasi tidak ditanggapi"),
            "d": N_("Permohonan informasi ditanggapi tidak sebagaimana yang diminta"),
            "e": N_("Permohonan informasi tidak dipenuhi"),
            "f": N_("Biaya yang dikenakan tidak wajar"),
            "g": N_("Informasi disampaikan melebihi jangka waktu yang diatur"),
        }[self.value]


class Outcome(enum.StrEnum):
    """The Atasan PPID's answer (Perki 1/2021 Pasal 44): uphold the PPID, or overturn the decision."""

    DIKUATKAN = "dikuatkan"
    DIBATALKAN = "dibatalkan"

    @property
    def label(self) -> str:
        return {"dikuatkan": N_("Menguatkan keputusan PPID"),
                "dibatalkan": N_("Membatalkan keputusan PPID")}[self.value]


class Keberatan(TimestampMixin, db.Model):
    __tablename__ = "keberatan"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Nomor registrasi keberatan, given at once (Perki 1/2021 Pasal 41–42): sequence per year.
    year: Mapped[int] = mapped_column(nullable=False)
    sequence: Mapped[int] = mapped_column(nullable=False)
    number: Mapped[str] = mapped_column(sa.String(60), unique=True, nullable=False)
    info_request_id: Mapped[int] = mapped_column(sa.ForeignKey("info_requests.id"), nullable=False, index=True)
    # Letters of Pasal 35 ayat 1, ";"-separated in alphabetical order, e.g. "a;e".
    grounds: Mapped[str] = mapped_column(sa.String(20), nullable=False)
    case: Mapped[str] = mapped_column(sa.Text, nullable=False)  # kasus posisi
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, name="request_channel"), nullable=False)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    filed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))  # staff entering it; None = online
    # A proxy with a surat kuasa khusus (Perki 1/2021 Pasal 40): personal data, staff only.
    proxy_name: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    proxy_address: Mapped[str] = mapped_column(EncryptedText, default="", nullable=False)  # encrypted at rest
    proxy_phone: Mapped[str] = mapped_column(EncryptedText, default="", nullable=False)
    # The filing window (30 working days from the ground, UU Pasal 36 ayat 1) as judged at registration.
    window_start: Mapped[date] = mapped_column(sa.Date, nullable=False)
    window_end: Mapped[date] = mapped_column(sa.Date, nullable=False)
    # The Atasan PPID's deadline: 30 working days from registration (Perki 1/2021 Pasal 44).
    due_date: Mapped[date] = mapped_column(sa.Date, nullable=False)
    # The answer: outcome, its written reasons (tanggapan), its number and date, who gave it.
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome, name="keberatan_outcome"))
    reasons: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    answer_number: Mapped[str | None] = mapped_column(sa.String(80), unique=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # Lampiran XI: "Nama dan posisi Atasan PPID", kept as printed on the answer.
    atasan_name: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    atasan_position: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    # Lampiran XI: "Tanggapan Pemohon" — does the requester accept the answer?
    requester_reaction: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    reaction_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    info_request: Mapped[InfoRequest] = relationship(backref=backref("keberatan", order_by="Keberatan.id"))

    __table_args__ = (sa.UniqueConstraint("year", "sequence", name="uq_keberatan_year_sequence"),)

    @property
    def ground_list(self) -> list[Ground]:
        return [Ground(g) for g in self.grounds.split(";") if g]

    @property
    def is_open(self) -> bool:
        return self.outcome is None
