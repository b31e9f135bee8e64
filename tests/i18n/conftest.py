"""Shared setup of the language tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def english(client):
    """The visitor chose English with the switch."""
    response = client.get("/bahasa/en?next=/tentang")
    assert response.status_code == 302 and response.headers["Location"] == "/tentang"
    return client
