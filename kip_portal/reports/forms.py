"""The narrative form of the annual report (Perki 1/2021 Pasal 57 huruf a, b, e and f)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import TextAreaField
from wtforms import validators

from kip_portal.core.forms import PortalForm

_LIMIT = [validators.Optional(), validators.Length(max=20000)]


class NarrativeForm(PortalForm):
    policy = TextAreaField(_l("a. Gambaran umum kebijakan pelayanan informasi publik"), validators=_LIMIT)
    facilities = TextAreaField(_l("b.1 Sarana dan prasarana"), validators=_LIMIT)
    staffing = TextAreaField(_l("b.2 Sumber daya manusia dan kualifikasinya"), validators=_LIMIT)
    budget = TextAreaField(_l("b.3 Anggaran pelayanan informasi dan penggunaannya"), validators=_LIMIT)
    obstacles_internal = TextAreaField(_l("e.1 Kendala internal"), validators=_LIMIT)
    obstacles_external = TextAreaField(_l("e.2 Kendala eksternal"), validators=_LIMIT)
    recommendations = TextAreaField(_l("f. Rekomendasi dan rencana tindak lanjut"), validators=_LIMIT)

    def values(self) -> dict[str, str]:
        return {name: self[name].data or "" for name in (
            "policy", "facilities", "staffing", "budget", "obstacles_internal", "obstacles_external",
            "recommendations")}
