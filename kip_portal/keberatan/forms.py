"""The keberatan forms: the requester's Lampiran X, the officer's off-line entry, the atasan's answer, the
requester's reaction. The rules themselves live in keberatan.services, shared with the API."""
from __future__ import annotations

from flask_babel import LazyString
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from wtforms import DateTimeLocalField
from wtforms import RadioField
from wtforms import SelectField
from wtforms import StringField
from wtforms import TelField
from wtforms import TextAreaField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.dip.forms import CheckboxesField
from kip_portal.i18n import N_
from kip_portal.inforequests.models import Channel
from kip_portal.keberatan.models import Ground
from kip_portal.keberatan.models import Outcome

optional = validators.Optional()


def _ground_choice(ground: Ground) -> SelectChoice:
    """"a. Permohonan informasi ditolak …", its text in the page's language when the form is shown."""
    return SelectChoice(ground.value, LazyString(lambda: f"{ground.value}. {gettext(ground.label)}"))


class KeberatanForm(PortalForm):
    """Pernyataan keberatan (Perki 1/2021 Lampiran X); the grounds and kasus posisi are checked by the service."""

    grounds = CheckboxesField(_l("Alasan keberatan (UU 14/2008 Pasal 35 ayat 1)"),
                              choices=[_ground_choice(g) for g in Ground], validators=[optional])
    case = TextAreaField(_l("Kasus posisi: uraikan apa yang terjadi dan mengapa Anda keberatan"),
                         validators=[optional, validators.Length(max=10000)])
    proxy_name = StringField(_l("Nama kuasa pemohon (bila diajukan oleh kuasa dengan surat kuasa khusus)"),
                             validators=[optional, validators.Length(max=200)])
    proxy_address = TextAreaField(_l("Alamat kuasa pemohon"), validators=[optional, validators.Length(max=500)])
    proxy_phone = TelField(_l("Nomor telepon kuasa pemohon"), validators=[optional, validators.Length(max=30)])

    def proxy(self) -> dict[str, str]:
        return {name: self[name].data or "" for name in ("proxy_name", "proxy_address", "proxy_phone")}


class PublicKeberatanForm(KeberatanForm):
    """Filed online by the requester, who proves the request is theirs with its tracking code."""

    kode = StringField(_l("Kode pelacakan permohonan"), validators=[validators.InputRequired(),
                                                                validators.Length(max=40)])


class StaffKeberatanForm(KeberatanForm):
    """A keberatan received in person, by post or by e-mail, entered by the officer with its real date."""

    filed_at = DateTimeLocalField(_l("Tanggal dan jam keberatan diterima"), format="%Y-%m-%dT%H:%M",
                                  validators=[validators.InputRequired()])
    channel = SelectField(_l("Diterima melalui"), choices=[
        SelectChoice(Channel.LANGSUNG.value, _l("Datang langsung")), SelectChoice(Channel.POS.value, _l("Pos")),
        SelectChoice(Channel.EMAIL.value, _l("Email")),
    ])


class RespondForm(PortalForm):
    """The Atasan PPID's answer (UU 14/2008 Pasal 36; Perki 1/2021 Pasal 44)."""

    outcome = RadioField(_l("Tanggapan"), choices=[SelectChoice(o.value, _l(o.label)) for o in Outcome],
                         validators=[validators.InputRequired()])
    reasons = TextAreaField(_l("Alasan tertulis (bantahan atau pertimbangan; dikirim kepada pemohon)"),
                            validators=[validators.InputRequired(), validators.Length(max=10000)])


# Stored as written (Indonesian) in the register; the form shows them in the page's language.
REACTIONS = {
    "menerima": N_("Menerima tanggapan Atasan PPID"),
    "tidak_menerima": N_("Tidak menerima tanggapan Atasan PPID; akan mengajukan sengketa informasi ke Komisi "
                         "Informasi"),
}


class ReactionForm(PortalForm):
    """Tanggapan Pemohon (Perki 1/2021 Lampiran XI), as the requester told the officer."""

    reaction = RadioField(_l("Tanggapan pemohon atas jawaban Atasan PPID"),
                          choices=[SelectChoice(k, _l(v)) for k, v in REACTIONS.items()],
                          validators=[validators.InputRequired()])
    note = TextAreaField(_l("Catatan (opsional)"), validators=[optional, validators.Length(max=1500)])

    def text(self) -> str:
        label = REACTIONS.get(self.reaction.data or "", "")
        note = (self.note.data or "").strip()
        return f"{label}. {note}" if label and note else label or note
