"""An information request: who asks, for what, and where it stands against its statutory deadlines."""
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
from kip_portal.crypto.types import EncryptedText
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.units.models import Unit


class RequesterType(enum.StrEnum):
    """Perki 1/2021 Pasal 27: an individual (NIK), a legal entity (Kemenkumham decree), a group (surat kuasa)."""

    PERORANGAN = "perorangan"
    BADAN_HUKUM = "badan_hukum"
    KELOMPOK = "kelompok"

    @property
    def label(self) -> str:
        return {"perorangan": N_("Perorangan"), "badan_hukum": N_("Badan hukum"),
                "kelompok": N_("Kelompok orang / kuasa")}[self.value]


class ObtainMethod(enum.StrEnum):
    """Cara memperoleh informasi (Lampiran VI)."""

    MELIHAT = "melihat"
    MEMBACA = "membaca"
    MENDENGARKAN = "mendengarkan"
    MENCATAT = "mencatat"
    SALINAN_SOFTCOPY = "salinan_softcopy"
    SALINAN_HARDCOPY = "salinan_hardcopy"

    @property
    def label(self) -> str:
        return {"melihat": N_("Melihat"), "membaca": N_("Membaca"), "mendengarkan": N_("Mendengarkan"),
                "mencatat": N_("Mencatat"), "salinan_softcopy": N_("Mendapatkan salinan (softcopy)"),
                "salinan_hardcopy": N_("Mendapatkan salinan (hardcopy)")}[self.value]


class DeliveryMethod(enum.StrEnum):
    """Cara mendapatkan salinan (Lampiran VI)."""

    LANGSUNG = "langsung"
    KURIR = "kurir"
    POS = "pos"
    FAKSIMILI = "faksimili"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return {"langsung": N_("Mengambil langsung"), "kurir": N_("Kurir"), "pos": N_("Pos"),
                "faksimili": N_("Faksimili"), "email": N_("Email")}[self.value]


class Channel(enum.StrEnum):
    """How the request reached the PPID (UU 14/2008 Pasal 22 ayat 1–6)."""

    WEB = "web"
    LANGSUNG = "langsung"
    POS = "pos"
    EMAIL = "email"
    TELEPON = "telepon"

    @property
    def label(self) -> str:
        """For pages (with ``_(label)``); the receipt names the channel with letters.services.CHANNEL_LABELS."""
        return {"web": N_("Portal (formulir daring)"), "langsung": N_("Datang langsung"), "pos": N_("Pos"),
                "email": N_("Email"), "telepon": N_("Telepon")}[self.value]


class RequestStatus(enum.StrEnum):
    RECEIVED = "received"
    INCOMPLETE = "incomplete"
    CLOSED_INCOMPLETE = "closed_incomplete"
    IN_PROCESS = "in_process"
    EXTENDED = "extended"
    DECIDED = "decided"
    DELIVERED = "delivered"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"received": N_("Diterima"), "incomplete": N_("Belum lengkap"),
                "closed_incomplete": N_("Ditutup (tidak lengkap)"), "in_process": N_("Diproses"),
                "extended": N_("Diperpanjang"), "decided": N_("Diputuskan"),
                "delivered": N_("Informasi diberikan"), "closed": N_("Selesai")}[self.value]

    @property
    def open(self) -> bool:
        return self in (RequestStatus.RECEIVED, RequestStatus.INCOMPLETE, RequestStatus.IN_PROCESS,
                        RequestStatus.EXTENDED)


class Decision(enum.StrEnum):
    """The answer of the written notice (UU 14/2008 Pasal 22 ayat 7; Perki 1/2021 Lampiran VII)."""

    DIKABULKAN_SELURUHNYA = "dikabulkan_seluruhnya"
    DIKABULKAN_SEBAGIAN = "dikabulkan_sebagian"
    DITOLAK = "ditolak"
    TIDAK_DIKUASAI = "tidak_dikuasai"
    BELUM_DIDOKUMENTASIKAN = "belum_didokumentasikan"

    @property
    def label(self) -> str:
        return {"dikabulkan_seluruhnya": N_("Dikabulkan seluruhnya"), "dikabulkan_sebagian": N_("Dikabulkan sebagian"),
                "ditolak": N_("Ditolak"), "tidak_dikuasai": N_("Informasi tidak dikuasai"),
                "belum_didokumentasikan": N_("Informasi belum didokumentasikan")}[self.value]


class PaymentMethod(enum.StrEnum):
    """Perki 1/2021 Pasal 38: cash, transfer to the official account, or electronic money."""

    TIDAK_ADA = "tidak_ada"
    TUNAI = "tunai"
    TRANSFER = "transfer"
    UANG_ELEKTRONIK = "uang_elektronik"

    @property
    def label(self) -> str:
        return {"tidak_ada": N_("Tanpa biaya"), "tunai": N_("Tunai"), "transfer": N_("Transfer ke rekening resmi"),
                "uang_elektronik": N_("Uang elektronik")}[self.value]


class InfoRequest(TimestampMixin, db.Model):
    __tablename__ = "info_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Nomor pendaftaran, given at once (UU 14/2008 Pasal 22 ayat 4): sequence per year, unique.
    year: Mapped[int] = mapped_column(nullable=False)
    sequence: Mapped[int] = mapped_column(nullable=False)
    register_number: Mapped[str] = mapped_column(sa.String(60), unique=True, nullable=False)
    # SHA-256 of the citizen's secret tracking code; the code itself is shown once and never stored.
    tracking_hash: Mapped[str] = mapped_column(sa.String(64), unique=True, nullable=False)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), nullable=False, index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, name="request_channel"), nullable=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    # The requester (personal data: shown to staff only, masked elsewhere; NIK, address, phone encrypted at rest).
    requester_type: Mapped[RequesterType] = mapped_column(enum_column(RequesterType, name="requester_type"),
                                                          nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    nik: Mapped[str] = mapped_column(EncryptedText, default="", nullable=False)
    legal_entity_number: Mapped[str] = mapped_column(sa.String(100), default="", nullable=False)
    address: Mapped[str] = mapped_column(EncryptedText, nullable=False)
    phone: Mapped[str] = mapped_column(EncryptedText, default="", nullable=False)
    email: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    occupation: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    # What is asked, why, and how the requester wants it (Perki 1/2021 Pasal 29 ayat 5; Lampiran VI).
    information: Mapped[str] = mapped_column(sa.Text, nullable=False)
    purpose: Mapped[str] = mapped_column(sa.Text, nullable=False)
    obtain_method: Mapped[ObtainMethod] = mapped_column(enum_column(ObtainMethod, name="obtain_method"),
                                                        nullable=False)
    delivery_method: Mapped[DeliveryMethod] = mapped_column(enum_column(DeliveryMethod, name="delivery_method"),
                                                            nullable=False)
    status: Mapped[RequestStatus] = mapped_column(enum_column(RequestStatus, name="request_status"),
                                                  default=RequestStatus.RECEIVED, nullable=False)
    # Deadlines are computed from received_at and the calendar; overdue and due-soon are derived, not stored.
    due_date: Mapped[date] = mapped_column(sa.Date, nullable=False)
    extended_due_date: Mapped[date | None] = mapped_column(sa.Date)
    extension_reason: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    # Completeness (Perki 1/2021 Pasal 31 and 33): what is missing, and until when it may be completed.
    completeness_note: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    completion_due_date: Mapped[date | None] = mapped_column(sa.Date)
    # The decision and what the written notice says about it (Lampiran VII items a–i; Lampiran IX).
    decision: Mapped[Decision | None] = mapped_column(enum_column(Decision, name="request_decision"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    information_form: Mapped[str] = mapped_column(sa.String(40), default="", nullable=False)  # softcopy/hardcopy
    provision_days: Mapped[int | None] = mapped_column()  # waktu penyediaan, working days
    redaction_note: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)  # what is blacked out, why
    other_body: Mapped[str] = mapped_column(sa.String(300), default="", nullable=False)  # holder, if not us
    undocumented_note: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)  # time needed etc.
    refusal_basis: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)  # Pasal 17 letter / other law
    consequence_test: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)  # uji konsekuensi reference
    # A refusal under Pasal 17 cites the registered uji konsekuensi behind it (Perki 1/2021 Pasal 34, 49).
    consequence_test_id: Mapped[int | None] = mapped_column(sa.ForeignKey("consequence_tests.id"))
    fee_copy: Mapped[int] = mapped_column(default=0, nullable=False)  # Rupiah: copying (Pasal 37)
    fee_delivery: Mapped[int] = mapped_column(default=0, nullable=False)  # Rupiah: delivery
    payment_method: Mapped[PaymentMethod | None] = mapped_column(enum_column(PaymentMethod, name="payment_method"))
    # A refusal needs the Atasan PPID's approval before it is issued (Perki 1/2021 Pasal 10 ayat 2).
    refusal_approved_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    refusal_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the information was given (viewed, collected or sent): Perki 1/2021 Lampiran VIII "tanggal pemberian".
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A hash of the submitted form, so a double submit within minutes returns the first request.
    submission_key: Mapped[str] = mapped_column(sa.String(64), default="", nullable=False, index=True)

    unit: Mapped[Unit] = relationship()

    __table_args__ = (sa.UniqueConstraint("year", "sequence", name="uq_info_requests_year_sequence"),)

    @property
    def awaiting_refusal_approval(self) -> bool:
        return self.decision == Decision.DITOLAK and self.refusal_approved_at is None

    @property
    def notified_at(self) -> datetime | None:
        """When the written notice went out: at the decision, or for a refusal at the atasan's approval."""
        if self.decision == Decision.DITOLAK:
            return self.refusal_approved_at
        return self.decided_at

    @property
    def fee_total(self) -> int:
        return self.fee_copy + self.fee_delivery

    @property
    def current_due_date(self) -> date:
        """The deadline that binds now: the extended one once the request is extended."""
        return self.extended_due_date or self.due_date


class IdentityDocument(TimestampMixin, db.Model):
    """A requester's identity document (Perki 1/2021 Pasal 27): personal data, served only to the unit's staff."""

    __tablename__ = "identity_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    info_request_id: Mapped[int] = mapped_column(sa.ForeignKey("info_requests.id"), nullable=False, index=True)
    # Digest of the stored (encrypted) blob: see kip_portal.crypto.files. ``size`` is the plaintext's.
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    mimetype: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    size: Mapped[int] = mapped_column(nullable=False)

    info_request: Mapped[InfoRequest] = relationship(backref=sa.orm.backref("identity_documents",
                                                                            order_by="IdentityDocument.id"))

    @property
    def filename(self) -> str:
        return f"identitas-{self.info_request.register_number.replace('/', '-')}-{self.id}.{self.extension}"

    @property
    def extension(self) -> str:
        return {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}[self.mimetype]
