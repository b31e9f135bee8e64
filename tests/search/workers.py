"""Code run in child processes by the concurrency tests (spawned, so it must be importable)."""
from __future__ import annotations

import time

from kip_portal import create_app
from kip_portal.core.models import utcnow
from kip_portal.dip import services
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.extensions import db
from kip_portal.search import services as search
from kip_portal.units.models import Unit


def publish_entries(config: dict, instance_path: str, prefix: str, count: int) -> None:
    """Publish ``count`` entries one commit at a time, as a busy gunicorn worker would."""
    app = create_app(config, instance_path=instance_path)
    with app.app_context():
        unit = db.session.query(Unit).first()
        for n in range(count):
            data = services.EntryData(unit=unit, category=Category.BERKALA, title=f"{prefix} nomor {n}")
            services.create_entry(data, actor=None, now=utcnow(), status=EntryStatus.PUBLISHED)
        db.engine.dispose()


def hold_the_write_lock(config: dict, instance_path: str) -> None:
    """Take the index's write lock and never let go (the test kills this process with SIGKILL)."""
    app = create_app(config, instance_path=instance_path)
    with app.app_context():
        def load_forever():
            print("locked", flush=True)
            time.sleep(3600)
            return [], []

        search.search_index().write(load_forever)
