"""The public request form (Perki 1/2021 Lampiran VI) and the officer's extension form."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import DateTimeLocalField
from wtforms import EmailField
from wtforms import RadioField
from wtforms import SelectField
from wtforms import StringField
from wtforms import TelField
from wtforms import TextAreaField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.core.forms import ServiceCheckedForm
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import DeliveryMethod
from kip_portal.inforequests.models import ObtainMethod
from kip_portal.inforequests.models import PaymentMethod
from kip_portal.inforequests.models import RequesterType
from kip_portal.inforequests.validation import RequestData


def _choices(enum_cls) -> list[SelectChoice]:
    return [SelectChoice(member.value, _l(member.label)) for member in enum_cls]


class RequestForm(ServiceCheckedForm):
    """Checked by RequestData.validate, like the API."""

    optional = ("requester_type", "obtain_method", "delivery_method", "unit")
    requester_type = RadioField(_l("Jenis pemohon"), choices=_choices(RequesterType),
                                default=RequesterType.PERORANGAN.value)
    name = StringField(_l("Nama lengkap (perorangan, badan hukum, atau kuasa)"))
    nik = StringField(_l("NIK (16 angka, untuk perorangan)"))
    legal_entity_number = StringField(
        _l("Nomor SK pengesahan badan hukum dari Kementerian Hukum (untuk badan hukum)"))
    address = TextAreaField(_l("Alamat"))
    phone = TelField(_l("Nomor telepon"))
    email = EmailField(_l("Email"))
    occupation = StringField(_l("Pekerjaan"))
    identity = MultipleFileField(_l("Salinan identitas: KTP, akta badan hukum yang disahkan Kementerian Hukum, "
                                    "atau surat kuasa (PDF, JPG atau PNG)"))
    unit = SelectField(_l("Unit PPID yang dituju"))
    information = TextAreaField(_l("Rincian informasi yang dibutuhkan"))
    purpose = TextAreaField(_l("Tujuan penggunaan informasi"))
    obtain_method = RadioField(_l("Cara memperoleh informasi"), choices=_choices(ObtainMethod),
                               default=ObtainMethod.MEMBACA.value)
    delivery_method = RadioField(_l("Cara mendapatkan salinan informasi"), choices=_choices(DeliveryMethod),
                                 default=DeliveryMethod.EMAIL.value)

    def set_units(self, units) -> None:
        self.unit.choices = [SelectChoice(u.code, u.name) for u in units]

    def identity_files(self) -> list[tuple[str, bytes]]:
        return [(upload.filename, upload.read()) for upload in self.identity.data or [] if upload and upload.filename]

    def to_data(self) -> RequestData:
        return RequestData.from_mapping({name: field.data for name, field in self._fields.items()})


class StaffIntakeForm(RequestForm):
    """A request received in person, by post, by e-mail or by telephone, entered by the officer (Pasal 22 (1)–(6))."""

    received_at = DateTimeLocalField(_l("Tanggal dan jam diterima"), format="%Y-%m-%dT%H:%M",
                                     validators=[validators.InputRequired()])
    channel = SelectField(_l("Diterima melalui"), choices=[
        SelectChoice(Channel.LANGSUNG.value, _l("Datang langsung")), SelectChoice(Channel.POS.value, _l("Pos")),
        SelectChoice(Channel.EMAIL.value, _l("Email")), SelectChoice(Channel.TELEPON.value, _l("Telepon / lisan")),
    ])


class ExtendForm(PortalForm):
    reason = TextAreaField(_l("Alasan perpanjangan (akan dikirim kepada pemohon)"),
                           validators=[validators.InputRequired(), validators.Length(max=2000)])


class DecisionForm(ServiceCheckedForm):
    """The written notice's items; which are required depends on the decision (DecisionData.validate)."""

    optional = ("decision", "information_form", "payment_method", "consequence_test_id")
    decision = RadioField(_l("Keputusan"), choices=_choices(Decision))
    information_form = SelectField(_l("Bentuk informasi"), choices=[
        SelectChoice("", "—"), SelectChoice("softcopy", _l("Softcopy")), SelectChoice("hardcopy", _l("Hardcopy")),
        SelectChoice("softcopy;hardcopy", _l("Softcopy dan hardcopy"))])
    provision_days = StringField(_l("Waktu penyediaan (hari kerja)"))
    redaction_note = TextAreaField(_l("Bagian yang dihitamkan dan alasannya (dikabulkan sebagian)"))
    other_body = StringField(_l("Badan publik yang menguasai informasi (bila tidak dikuasai)"))
    undocumented_note = TextAreaField(_l("Penjelasan bila informasi belum dikuasai/didokumentasikan"))
    refusal_basis = TextAreaField(_l("Dasar penolakan: Pasal 17 huruf … UU 14/2008 dan/atau undang-undang lain"))
    # Choices are the approved tests of the request's unit, set by the view.
    consequence_test_id = SelectField(_l("Uji konsekuensi yang mendasari penolakan"), choices=[],
                                      validate_choice=False)
    payment_method = SelectField(_l("Cara pembayaran"), choices=[SelectChoice("", "—")] + _choices(PaymentMethod))


class ReturnRefusalForm(PortalForm):
    reason = TextAreaField(_l("Alasan pengembalian kepada PPID"), validators=[validators.InputRequired()])
