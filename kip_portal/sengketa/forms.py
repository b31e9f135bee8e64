"""Forms of the sengketa record: its registration at the KI, a new stage, and the outcome."""
from __future__ import annotations

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


class RecordForm(PortalForm):
    commission = StringField("Komisi Informasi", default=DEFAULT_COMMISSION,
                             validators=[validators.InputRequired(), validators.Length(max=200)])
    case_number = StringField("Nomor registrasi sengketa di Komisi Informasi (bila sudah ada)",
                              validators=[validators.Optional(), validators.Length(max=100)])
    filed_on = DateField("Tanggal permohonan penyelesaian sengketa diterima Komisi Informasi",
                         validators=[validators.InputRequired()])


class StageForm(PortalForm):
    stage = SelectField("Tahap berikutnya", choices=[SelectChoice(s.value, s.label) for s in Stage
                                                   if s != Stage.REGISTRASI])
    on = DateField("Tanggal dimulai", validators=[validators.InputRequired()])

    def forward_of(self, current: Stage) -> None:
        """Offer only the stages after ``current``: a dispute does not go back."""
        stages = list(Stage)
        self.stage.choices = [SelectChoice(s.value, s.label) for s in stages[stages.index(current) + 1:]]


class OutcomeForm(PortalForm):
    outcome = SelectField("Hasil", choices=[SelectChoice(o.value, o.label) for o in DisputeOutcome])
    ruling_on = DateField("Tanggal putusan / kesepakatan", validators=[validators.InputRequired()])
    note = TextAreaField("Catatan (amar putusan, isi kesepakatan, tindak lanjut)",
                         validators=[validators.Optional(), validators.Length(max=4000)])
