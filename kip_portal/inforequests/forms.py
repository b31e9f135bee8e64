"""The public request form (Perki 1/2021 Lampiran VI) and the officer's extension form."""
from __future__ import annotations

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
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import DeliveryMethod
from kip_portal.inforequests.models import ObtainMethod
from kip_portal.inforequests.models import RequesterType
from kip_portal.inforequests.validation import RequestData


def _choices(enum_cls) -> list[SelectChoice]:
    return [SelectChoice(member.value, member.label) for member in enum_cls]


class RequestForm(PortalForm):
    requester_type = RadioField("Jenis pemohon", choices=_choices(RequesterType),
                                default=RequesterType.PERORANGAN.value)
    name = StringField("Nama lengkap (perorangan, badan hukum, atau kuasa)")
    nik = StringField("NIK (16 angka, untuk perorangan)")
    legal_entity_number = StringField("Nomor SK pengesahan badan hukum dari Kementerian Hukum (untuk badan hukum)")
    address = TextAreaField("Alamat")
    phone = TelField("Nomor telepon")
    email = EmailField("Email")
    occupation = StringField("Pekerjaan")
    unit = SelectField("Unit PPID yang dituju")
    information = TextAreaField("Rincian informasi yang dibutuhkan")
    purpose = TextAreaField("Tujuan penggunaan informasi")
    obtain_method = RadioField("Cara memperoleh informasi", choices=_choices(ObtainMethod),
                               default=ObtainMethod.MEMBACA.value)
    delivery_method = RadioField("Cara mendapatkan salinan informasi", choices=_choices(DeliveryMethod),
                                 default=DeliveryMethod.EMAIL.value)

    def set_units(self, units) -> None:
        self.unit.choices = [SelectChoice(u.code, u.name) for u in units]

    def to_data(self) -> RequestData:
        return RequestData.from_mapping({name: field.data for name, field in self._fields.items()})

    def validate(self, extra_validators=None) -> bool:
        # The rules live in RequestData.validate, shared with the API; the form only checks its own choices.
        for name in ("requester_type", "obtain_method", "delivery_method", "unit"):
            self[name].validators = [validators.Optional()]
        return super().validate(extra_validators)


class StaffIntakeForm(RequestForm):
    """A request received in person, by post, by e-mail or by telephone, entered by the officer (Pasal 22 (1)–(6))."""

    received_at = DateTimeLocalField("Tanggal dan jam diterima", format="%Y-%m-%dT%H:%M",
                                     validators=[validators.InputRequired()])
    channel = SelectField("Diterima melalui", choices=[
        SelectChoice(Channel.LANGSUNG.value, "Datang langsung"), SelectChoice(Channel.POS.value, "Pos"),
        SelectChoice(Channel.EMAIL.value, "Email"), SelectChoice(Channel.TELEPON.value, "Telepon / lisan"),
    ])


class ExtendForm(PortalForm):
    reason = TextAreaField("Alasan perpanjangan (akan dikirim kepada pemohon)",
                           validators=[validators.InputRequired(), validators.Length(max=2000)])
