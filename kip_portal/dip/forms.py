"""Staff forms for DIP entries and their documents."""
from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
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
from kip_portal.dip import legal_items
from kip_portal.dip.models import Category
from kip_portal.dip.models import InfoFormat
from kip_portal.dip.services import EntryData
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.units.models import Unit

optional = validators.Optional()
# (option prefix, optgroup) per kind of mandatory item.
GROUPS = {"berkala": (_l("Berkala"), _l("Informasi berkala (Perki 1/2021 Pasal 14 ayat 2)")),
          "setiap_saat": (_l("Setiap saat"), _l("Informasi setiap saat (Perki 1/2021 Pasal 21 ayat 1)"))}


def legal_item_choices() -> list[SelectChoice]:
    """The mandatory items in the page's language (built per request: the labels are translated)."""
    return [SelectChoice("", _("\u2014 Bukan butir informasi wajib \u2014"))] + [
        SelectChoice(item.key, _("%(group)s huruf %(letter)s \u2014 %(label)s", group=str(GROUPS[item.category][0]),
                                 letter=item.letter, label=_(item.label)),
                     optgroup=str(GROUPS[item.category][1]))
        for item in legal_items.ALL
    ]


def _optional_id(value) -> int | None:
    return int(value) if value not in (None, "", "None") else None


class CheckboxesField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class EntryForm(PortalForm):
    unit_id = SelectField(_l("Unit (PPID) pemilik informasi"), coerce=int)
    category = SelectField(
        _l("Kategori"), choices=[SelectChoice(c.value, _l(c.label)) for c in Category],
        validators=[validators.InputRequired()],
    )
    title = StringField(_l("Judul informasi"), validators=[validators.InputRequired(), validators.Length(max=500)])
    summary = TextAreaField(_l("Ringkasan isi informasi"), validators=[validators.Length(max=5000)])
    holder = StringField(_l("Pejabat/unit/satker yang menguasai informasi"), validators=[validators.Length(max=300)])
    responsible = StringField(
        _l("Penanggung jawab pembuatan/penerbitan informasi"), validators=[validators.Length(max=300)]
    )
    produced_at = DateField(_l("Waktu pembuatan"), validators=[optional])
    produced_place = StringField(_l("Tempat pembuatan"), validators=[validators.Length(max=200)])
    formats = CheckboxesField(
        _l("Bentuk informasi yang tersedia"),
        choices=[SelectChoice(f.value, f.value.title()) for f in InfoFormat],
        default=[InfoFormat.SOFTCOPY.value],
    )
    retention = StringField(_l("Jangka waktu penyimpanan / retensi arsip"), validators=[validators.Length(max=200)])
    year = IntegerField(_l("Tahun"), validators=[optional, validators.NumberRange(1945, 2100)])
    legal_basis = TextAreaField(_l("Dasar hukum pengecualian (Pasal 17 UU 14/2008 dan/atau undang-undang lain)"))
    consequence_test = TextAreaField(_l("Ringkasan uji konsekuensi (akibat bila dibuka dan bila ditutup)"))
    exempt_until = DateField(_l("Dikecualikan sampai tanggal"), validators=[optional])
    # The service checks the test (approved, in force, of the entry's unit): a choice list cannot say why not.
    consequence_test_id = SelectField(_l("Uji konsekuensi yang disetujui (register uji konsekuensi)"),
                                      coerce=_optional_id, validate_choice=False)
    legal_item = SelectField(_l("Butir informasi wajib yang dipenuhi (Perki 1/2021)"), default="")
    external_id = StringField(_l("ID eksternal (opsional)"), validators=[validators.Length(max=200)])

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.legal_item.choices = legal_item_choices()

    def set_units(self, units: list[Unit], tests: list[ConsequenceTest] = ()) -> None:
        """Offer ``units`` and the approved tests in force of those units (each labelled with its unit)."""
        self.unit_id.choices = [SelectChoice(u.id, u.name) for u in units]
        several = len(units) > 1
        none = SelectChoice("", _("\u2014 Tanpa uji konsekuensi dari register \u2014"))
        self.consequence_test_id.choices = [none] + [
            SelectChoice(t.id, f"{t.number} \u2014 {t.information[:80]}" + (f" ({t.unit.name})" if several else ""))
            for t in tests
        ]

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
            legal_item=self.legal_item.data or "",
            consequence_test_id=self.consequence_test_id.data,
        )


class UploadForm(PortalForm):
    file = FileField(_l("Berkas (PDF, DOCX, ODT, XLSX, HTML atau TXT)"), validators=[FileRequired(_l("Pilih berkas."))])
