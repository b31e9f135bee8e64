"""WSGI entry point: ``gunicorn wsgi:app`` and ``flask --app wsgi``."""
from kip_portal import create_app

app = create_app()
