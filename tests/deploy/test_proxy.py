"""Behind nginx every request comes from 127.0.0.1: with PROXY_FIX_X_FOR=1 the portal takes the client's address
from X-Forwarded-For, so one citizen's rate limit is not everyone's; without it, the header is ignored."""
from __future__ import annotations


def statuses(app, addresses):
    client = app.test_client()
    return [client.post("/api/v1/requests", json={}, headers={"X-Forwarded-For": address},
                        environ_base={"REMOTE_ADDR": "127.0.0.1"}).status_code for address in addresses]


def test_behind_nginx_each_client_has_its_own_limit(make_app):
    app = make_app(PROXY_FIX_X_FOR=1, REQUEST_RATE_LIMIT="1 per minute")
    first, again, other = statuses(app, ["203.0.113.7", "203.0.113.7", "198.51.100.9"])
    assert first != 429 and again == 429 and other != 429


def test_without_a_trusted_proxy_the_header_is_ignored(make_app):
    app = make_app(REQUEST_RATE_LIMIT="1 per minute")
    first, spoofed = statuses(app, ["203.0.113.7", "198.51.100.9"])
    assert first != 429 and spoofed == 429
