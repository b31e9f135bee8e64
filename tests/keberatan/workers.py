"""Run in spawned processes by the numbering test: several requesters filing keberatan at the same moment."""
from __future__ import annotations

from datetime import datetime

from kip_portal import create_app
from kip_portal.extensions import db
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan import services


def file_many(config: dict, instance_path: str, request_id: int, grounds: str, moment: str) -> list[str]:
    app = create_app(config, instance_path=instance_path)
    now = datetime.fromisoformat(moment)
    numbers = []
    with app.app_context():
        for ground in grounds:
            info_request = db.session.get(InfoRequest, request_id)
            keberatan = services.file_keberatan(info_request, grounds=[ground], case=f"Keberatan {ground}",
                                                channel=Channel.WEB, filed_at=now, actor=None, now=now)
            numbers.append(keberatan.number)
        db.engine.dispose()
    return numbers
