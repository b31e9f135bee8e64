"""The current time, in one place, so views pass ``now`` to services and tests can fix it."""
from __future__ import annotations

from datetime import datetime

from kip_portal.core.models import utcnow


def now() -> datetime:
    return utcnow()
