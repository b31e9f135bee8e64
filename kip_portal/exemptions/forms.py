"""Forms of the uji konsekuensi register; the lembar's rules live in services.ConsequenceTestData.validate."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import DateField
from wtforms import SelectField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.exemptions.services import ConsequenceTestData
from kip_portal.units.models import Unit

optional = validators.Optional()


class ConsequenceTestForm(PortalForm):
    """Lampiran II: every column is required, but the service says so, in one message per column."""

    unit_id = SelectField(_l("Unit (PPID) yang melakukan uji konsekuensi"), coerce=int)
    number = StringField(_l("Nomor SK penetapan pengecualian (Lampiran III)"), validators=[validators.Length(max=100)])
    information = TextAreaField(_l("Informasi yang dikecualikan"))
    legal_basis = TextAreaField(_l("Dasar hukum (Pasal 17 UU 14/2008 dan/atau undang-undang lain)"))
    consequence_if_opened = TextAreaField(_l("Konsekuensi bila informasi dibuka"))
    consequence_if_closed = TextAreaField(_l("Konsekuensi bila informasi ditutup"))
    period = StringField(_l("Jangka waktu pengecualian (Perki 1/2021 Pasal 51)"),
                         validators=[validators.Length(max=300)])
    exempt_until = DateField(_l("Dikecualikan sampai tanggal (kosongkan bila \u201cselama diperlukan\u201d)"),
                             validators=[optional])
    tested_on = DateField(_l("Tanggal uji konsekuensi"), validators=[optional])
    tested_place = StringField(_l("Tempat uji konsekuensi"), validators=[validators.Length(max=200)])
    participants = TextAreaField(_l("Peserta (satu orang per baris: Nama; Jabatan; Unit)"))

    def set_units(self, units: list[Unit]) -> None:
        self.unit_id.choices = [SelectChoice(u.id, u.name) for u in units]

    def to_data(self, units: list[Unit]) -> ConsequenceTestData:
        unit = next(u for u in units if u.id == self.unit_id.data)
        return ConsequenceTestData(
            unit=unit, number=self.number.data or "", information=self.information.data or "",
            legal_basis=self.legal_basis.data or "", consequence_if_opened=self.consequence_if_opened.data or "",
            consequence_if_closed=self.consequence_if_closed.data or "", period=self.period.data or "",
            tested_on=self.tested_on.data, tested_place=self.tested_place.data or "",
            participants=self.participants.data or "", exempt_until=self.exempt_until.data,
        )


class ApprovalForm(PortalForm):
    """The head's approval; the service checks who records it and the date."""

    approved_by = StringField(_l("Nama dan jabatan pimpinan yang menyetujui"), validators=[validators.Length(max=200)])
    approved_on = DateField(_l("Tanggal persetujuan"), validators=[optional])
