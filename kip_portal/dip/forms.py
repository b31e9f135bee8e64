"""Staff forms for DIP entries and their documents."""
from __future__ import annotations

from flask_wtf.file import FileField
from flask_wtf.file import FileRequired
from wtforms import DateField
from wtforms import IntegerField
from wtforms import SelectField
from wtforms import SelectMultipleField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms import validators
from wtforms import widgets
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.dip.models import Category
from kip_portal.dip.models import InfoFormat
from kip_portal.dip.services import EntryData
from kip_portal.units.models import Unit

optional = validators.Optional()


class CheckboxesField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class EntryForm(PortalForm):
    unit_id = SelectField("Unit (PPID) pemilik informasi", coerce=int)
    category = SelectField(
        "Kategori", choices=[SelectChoice(c.value, c.label) for c in Category], validators=[validators.InputRequired()]
    )
    title = StringField("Judul informasi", validators=[validators.InputRequired(), validators.Length(max=500)])
    summary = TextAreaField("Ringkasan isi informasi", validators=[validators.Length(max=5000)])
    holder = StringField("Pejabat/unit/satker yang menguasai informasi", validators=[validators.Length(max=300)])
    responsible = StringField(
        "Penanggung jawab pembuatan/penerbitan informasi", validators=[validators.Length(max=300)]
    )
    produced_at = DateField("Waktu pembuatan", validators=[optional])
    produced_place = StringField("Tempat pembuatan", validators=[validators.Length(max=200)])
    formats = CheckboxesField(
        "Bentuk informasi yang tersedia",
        choices=[SelectChoice(f.value, f.value.title()) for f in InfoFormat],
        default=[InfoFormat.SOFTCOPY.value],
    )
    retention = StringField("Jangka waktu penyimpanan / retensi arsip", validators=[validators.Length(max=200)])
    year = IntegerField("Tahun", validators=[optional, validators.NumberRange(1945, 2100)])
    legal_basis = TextAreaField("Dasar hukum pengecualian (Pasal 17 UU 14/2008 dan/atau undang-undang lain)")
    consequence_test = TextAreaField("Ringkasan uji konsekuensi (akibat bila dibuka dan bila ditutup)")
    exempt_until = DateField("Dikecualikan sampai tanggal", validators=[optional])
    external_id = StringField("ID eksternal (opsional)", validators=[validators.Length(max=200)])

    def set_units(self, units: list[Unit]) -> None:
        self.unit_id.choices = [SelectChoice(u.id, u.name) for u in units]

    def to_data(self, units: list[Unit], *, text: str = "") -> EntryData:
        """Build the entry's data; ``text`` carries over a full text that the form does not show."""
        unit = next(u for u in units if u.id == self.unit_id.data)
        return EntryData(
            unit=unit,
            category=Category(self.category.data),
            title=self.title.data or "",
            summary=self.summary.data or "",
            holder=self.holder.data or "",
            responsible=self.responsible.data or "",
            produced_at=self.produced_at.data,
            produced_place=self.produced_place.data or "",
            formats=tuple(InfoFormat(f) for f in self.formats.data or []),
            retention=self.retention.data or "",
            year=self.year.data,
            legal_basis=self.legal_basis.data or "",
            consequence_test=self.consequence_test.data or "",
            exempt_until=self.exempt_until.data,
            external_id=(self.external_id.data or "").strip() or None,
            text=text,
        )


class UploadForm(PortalForm):
    file = FileField("Berkas (PDF, DOCX, ODT, XLSX, HTML atau TXT)", validators=[FileRequired("Pilih berkas.")])
