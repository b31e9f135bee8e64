"""Mail fixtures: a real SMTP server (aiosmtpd) on a free local port, and an app that sends to it."""
from __future__ import annotations

import email
import email.policy
import socket
import ssl

import pytest
from aiosmtpd.controller import Controller

from kip_portal.extensions import db

# A self-signed certificate for 127.0.0.1 (valid until 2126), for the STARTTLS test; made with
# openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 -subj /CN=127.0.0.1
#     -addext subjectAltName=IP:127.0.0.1
CERTIFICATE = """\
-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUIhj7ReOCNGzA9Hn8cCXcMvTG2SEwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEzMDA2MjIzNFoYDzIxMjYxMTA2
MDYyMjM0WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARbx1zYscSfWvvMczhWZZjwzzzASLQQAj0Fm0SXoTkR/a7G+DJRdviA
4l0++GwSYxRe+RedWbhldO7dROJ02z5po2QwYjAdBgNVHQ4EFgQUJJxfFzfqx3o0
TvMCiWBoXL+DmfQwHwYDVR0jBBgwFoAUJJxfFzfqx3o0TvMCiWBoXL+DmfQwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
IQC89q1xPKFdz9/3EN8Ul62/BmSk2uFIUeAKX3AAEh3KhAIgQ5rVKEjLBRkS8gyi
cOH4mNl9BFLKQZMuP/JMdwfMSHA=
-----END CERTIFICATE-----
"""
PRIVATE_KEY = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgNQfF9Lx3thicb1RQ
ygIgeUq7CDdAiwym0aTJ6mj5NjuhRANCAARbx1zYscSfWvvMczhWZZjwzzzASLQQ
Aj0Fm0SXoTkR/a7G+DJRdviA4l0++GwSYxRe+RedWbhldO7dROJ02z5p
-----END PRIVATE KEY-----
"""


class MailServer:
    """A real SMTP server on 127.0.0.1 that keeps every mail it accepts; it runs only once started."""

    def __init__(self, port: int):
        self.port = port
        self.envelopes = []
        # Recipients the server rejects with a 550 that quotes the address, as real servers do.
        self.refused: set[str] = set()
        self.controller: Controller | None = None

    def start(self, **options) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, **options)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: no mailbox {address.partition('@')[0]}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[email.message.EmailMessage]:
        """Parse what arrived, with the line ends a mailbox file would have (the wire has CRLF)."""
        return [email.message_from_bytes(envelope.content.replace(b"\r\n", b"\n"), policy=email.policy.default)
                for envelope in self.envelopes]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_server():
    """A mail server on a port nothing listens on until the test calls ``start()``."""
    server = MailServer(free_port())
    yield server
    server.stop()


@pytest.fixture
def smtp(mail_server):
    """A running mail server."""
    mail_server.start()
    return mail_server


@pytest.fixture
def tls_context(tmp_path, monkeypatch):
    """Server side of STARTTLS; the client trusts the test certificate through SSL_CERT_FILE."""
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    certificate.write_text(CERTIFICATE)
    key.write_text(PRIVATE_KEY)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate, key)
    return context


@pytest.fixture
def mail_config():
    """Extra settings for the app; a test overrides it by parametrizing ``mail_config``."""
    return {}


@pytest.fixture
def app(make_app, mail_server, mail_config):
    app = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=mail_server.port, **mail_config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
