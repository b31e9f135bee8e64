"""Forms of the sengketa record: its registration at the KI, a new stage, and the outcome."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import DateField
from wtforms import SelectField
from wtforms import StringField
from wtforms import TextAreaField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.sengketa.models import DisputeOutcome
from kip_portal.sengketa.models import Stage

# Perki 1/2013 Pasal 6 ayat 2: the KI Provinsi hears disputes over provincial public bodies.
DEFAULT_COMMISSION = "Komisi Informasi Provinsi Jawa Timur"


def _stage_choice(stage: Stage) -> SelectChoice:
    """A stage under its label in the page's language (the stored value stays the enum's)."""
    return SelectChoice(stage.value, _l(stage.label))


class RecordForm(PortalForm):
    commission = StringField(_l("Komisi Informasi"), default=DEFAULT_COMMISSION,
                             validators=[validators.InputRequired(), validators.Length(max=200)])
    case_number = StringField(_l("Nomor registrasi sengketa di Komisi Informasi (bila sudah ada)"),
                              validators=[validators.Optional(), validators.Length(max=100)])
    filed_on = DateField(_l("Tanggal permohonan penyelesaian sengketa diterima Komisi Informasi"),
                         validators=[validators.InputRequired()])


class StageForm(PortalForm):
    stage = SelectField(_l("Tahap berikutnya"), choices=[_stage_choice(s) for s in Stage if s != Stage.REGISTRASI])
    on = DateField(_l("Tanggal dimulai"), validators=[validators.InputRequired()])

    def forward_of(self, current: Stage) -> None:
        """Offer only the stages after ``current``: a dispute does not go back."""
        stages = list(Stage)
        self.stage.choices = [_stage_choice(s) for s in stages[stages.index(current) + 1:]]


class OutcomeForm(PortalForm):
    outcome = SelectField(_l("Hasil"), choices=[SelectChoice(o.value, _l(o.label)) for o in DisputeOutcome])
    ruling_on = DateField(_l("Tanggal putusan / kesepakatan"), validators=[validators.InputRequired()])
    note = TextAreaField(_l("Catatan (amar putusan, isi kesepakatan, tindak lanjut)"),
                         validators=[validators.Optional(), validators.Length(max=4000)])
