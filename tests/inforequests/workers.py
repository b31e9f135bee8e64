"""Run in spawned processes by the concurrency test: many citizens submitting at once."""
from __future__ import annotations

from kip_portal import create_app
from kip_portal.core.models import utcnow
from kip_portal.extensions import db
from kip_portal.inforequests import services
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.validation import RequestData


def submit_many(config: dict, instance_path: str, worker: int, count: int) -> list[str]:
    app = create_app(config, instance_path=instance_path)
    codes = []
    with app.app_context():
        for n in range(count):
            data = RequestData.from_mapping({
                "requester_type": "perorangan", "name": f"Pemohon {worker}-{n}", "nik": "3509121507800001",
                "address": "Jember", "email": f"p{worker}{n}@contoh.id", "information": f"Informasi {worker}-{n}",
                "purpose": "Uji", "obtain_method": "melihat", "delivery_method": "email"})
            now = utcnow()
            codes.append(services.submit(data, channel=Channel.WEB, received_at=now, actor=None, now=now).tracking_code)
        db.engine.dispose()
    return codes
