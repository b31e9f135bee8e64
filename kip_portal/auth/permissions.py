"""Who may do what: ``can_*`` predicates and the decorators that give every route an explicit access rule.

Each view function carries an ``access`` attribute (``"public"`` or a tuple of roles); a test checks that no
route lacks one, so a new route cannot silently be left open.
"""
from __future__ import annotations

from functools import wraps
from typing import Callable

from flask import abort
from flask import g
from flask import request
from flask_login import current_user

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core.exceptions import NotAllowed
from kip_portal.extensions import db
from kip_portal.units.models import Unit
from kip_portal.units.services import list_units

STAFF = (Role.ADMIN, Role.PPID, Role.ATASAN, Role.AUDITOR)


def public(view: Callable) -> Callable:
    """Mark a route as open to everyone, citizens included."""
    view.access = "public"
    return view


def require_role(*roles: Role) -> Callable[[Callable], Callable]:
    """Send anonymous visitors to the login page and answer 403 to users of another role."""

    def decorator(view: Callable) -> Callable:
        from kip_portal.extensions import login_manager

        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        wrapped.access = tuple(roles)
        return wrapped

    return decorator


def optional_token(view: Callable) -> Callable:
    """Open to everyone; a valid staff bearer token adds rights (``g.api_user``). A bad token is refused."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        g.api_user = _bearer_user()
        return view(*args, **kwargs)

    wrapped.access = "public"
    return wrapped


def require_token(*roles: Role) -> Callable[[Callable], Callable]:
    """API routes for staff: a bearer token from ``flask api-token`` of a user with one of ``roles``."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            g.api_user = _bearer_user()
            if g.api_user is None:
                raise NotAllowed("Token API diperlukan (Authorization: Bearer …).", status_code=401)
            if g.api_user.role not in roles:
                raise NotAllowed("Peran akun ini tidak berhak memakai layanan ini.")
            return view(*args, **kwargs)

        wrapped.access = tuple(roles)
        return wrapped

    return decorator


# Logging in and out changes only the session, never the records.
_SESSION_ENDPOINTS = {"auth.login", "auth.logout"}


def auditors_write_nothing():
    """An auditor reads everything and changes nothing: any write by an auditor's session or token is refused,
    whatever the route, so a route that forgets to check the role still cannot be used to write."""
    if request.method in ("GET", "HEAD", "OPTIONS") or request.endpoint in _SESSION_ENDPOINTS:
        return None
    auditor = current_user.is_authenticated and current_user.role == Role.AUDITOR
    if not auditor and request.headers.get("Authorization", "").lower().startswith("bearer "):
        from kip_portal.auth.services import user_for_token

        token_user = user_for_token(request.headers["Authorization"][7:].strip())
        auditor = token_user is not None and token_user.role == Role.AUDITOR
    if not auditor:
        return None
    if request.blueprint == "api":
        raise NotAllowed("Akun auditor hanya dapat membaca; perubahan data ditolak.")
    abort(403)


def _bearer_user() -> User | None:
    """The user of the request's bearer token, None without one.

    :raises NotAllowed: (401) for a token that is present but unknown or revoked.
    """
    from kip_portal.auth.services import user_for_token

    header = request.headers.get("Authorization", "")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    user = user_for_token(token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise NotAllowed("Token API tidak valid atau sudah dicabut.", status_code=401)
    return user


def can_handle_request(user: User, unit: Unit) -> bool:
    """PPID officers handle their unit's requests; the PPID Utama's officers handle every unit's."""
    return can_manage_entries_of(user, unit)


def can_manage_entries_of(user: User, unit: Unit) -> bool:
    """PPID officers edit the DIP of their own unit; the PPID Utama's officers edit every unit's."""
    if not user.is_authenticated or user.role != Role.PPID:
        return False
    return user.acts_for_all_units or user.unit_id == unit.id


def can_see_exempt_documents(user: User) -> bool:
    """Documents of excluded information are for staff only (UU 14/2008 Pasal 17)."""
    return user.is_authenticated and user.role in STAFF


def visible_units(user: User, units: list[Unit]) -> list[Unit]:
    """The units whose DIP entries and requests a staff user sees: an officer of a PPID Pelaksana only their
    own; the PPID Utama's officers, the atasan, the admin and the auditor every unit."""
    if user.role == Role.PPID and not user.acts_for_all_units:
        return [u for u in units if u.id == user.unit_id]
    return units


def editable_units(user: User, units: list[Unit]) -> list[Unit]:
    return [u for u in units if can_manage_entries_of(user, u)]


def load_visible(model, object_id: int):
    """The ``model`` row (a DIP entry, an uji konsekuensi: anything with a ``unit``) of a unit the current user
    sees, or 404/403."""
    found = db.session.get(model, object_id) or abort(404)
    if found.unit_id not in {unit.id for unit in visible_units(current_user, list_units())}:
        abort(403)
    return found


def load_manageable(model, object_id: int):
    """The ``model`` row of a unit whose DIP the current officer manages, or 404/403."""
    found = db.session.get(model, object_id) or abort(404)
    if not can_manage_entries_of(current_user, found.unit):
        abort(403)
    return found
