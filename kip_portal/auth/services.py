"""Create users, check passwords and issue API tokens."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext
from werkzeug.security import check_password_hash
from werkzeug.security import generate_password_hash

from kip_portal.auth import throttle
from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.units.models import Unit

LOGIN_FAILED = N_("Email atau kata sandi salah.")  # the login page shows it with gettext
# OWASP ASVS 2.1: at least 12 characters, not a known common password, not the account's own name.
MIN_PASSWORD_LENGTH = 12
COMMON_PASSWORDS_FILE = Path(__file__).parent / "data" / "common-passwords.txt"
# Digits and symbols people add around a common word ("bismillah123!", "password2026").
_DECORATION = "0123456789!@#$%^&*()_+-=.,?~ "


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


@cache
def _dummy_hash(method: str) -> str:
    """A hash to check against when the email is unknown, so that costs as much time as a wrong password."""
    return generate_password_hash("not-a-real-password", method=method)


@cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def _is_common(password: str) -> bool:
    lower = password.lower()
    cores = {lower, lower.strip(_DECORATION), lower.rstrip(_DECORATION), lower.lstrip(_DECORATION)}
    # Only digits and symbols ("123456789012") leave an empty core: as guessable as a listed word.
    return "" in cores or bool(cores & common_passwords()) or len(set(lower)) <= 3


def _email_names(email: str) -> list[str]:
    """The local part of the email and its pieces (budi.santoso → budi.santoso, budi, santoso)."""
    local = normalise_email(email).split("@", 1)[0]
    pieces = [p for p in local.replace("_", ".").replace("-", ".").replace("+", ".").split(".") if len(p) >= 4]
    return ([local] if len(local) >= 3 else []) + pieces


def check_password_policy(password: str, *, email: str = "") -> None:
    """Refuse a short, common or guessable password, with the reason in Indonesian."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(
            gettext("Kata sandi minimal %(n)s karakter.", n=MIN_PASSWORD_LENGTH),
            {"password": gettext("Minimal %(n)s karakter.", n=MIN_PASSWORD_LENGTH)},
        )
    if _is_common(password):
        raise DomainError(
            gettext("Kata sandi terlalu umum dan mudah ditebak. Pilih kalimat sandi lain, misalnya beberapa kata "
                    "acak."),
            {"password": gettext("Kata sandi terlalu umum.")},
        )
    if any(name in password.lower() for name in _email_names(email)):
        raise DomainError(
            gettext("Kata sandi tidak boleh memuat nama akun pada alamat email (bagian sebelum @)."),
            {"password": gettext("Jangan memuat nama akun email.")},
        )


def normalise_email(email: str) -> str:
    return email.strip().lower()


def get_by_email(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def authenticate(email: str, password: str) -> User:
    """Return the active user with these credentials.

    A locked account (too many failures, see :mod:`kip_portal.auth.throttle`) is refused even with the right
    password, and the password is checked all the same, so a lock costs the same time as a wrong password.

    :raises DomainError: with one message for every failure, so it does not tell which accounts exist or are locked.
    """
    email = normalise_email(email)
    user = get_by_email(email)
    locked = throttle.is_locked(email)
    if user is None or not user.active:
        check_password_hash(_dummy_hash(current_app.config["PASSWORD_HASH_METHOD"]), password)
        right = False
    else:
        right = check_password_hash(user.password_hash, password)
    if locked or not right:
        if not locked:
            throttle.record_failure(email)
        raise DomainError(LOGIN_FAILED)
    throttle.clear_failures(email)
    return user


def _check_role_unit(role: Role, unit: Unit | None) -> None:
    if role == Role.PPID and unit is None:
        raise DomainError(gettext("Petugas PPID harus terdaftar pada satu unit."),
                          {"unit_id": gettext("Pilih unit petugas.")})


def _snapshot(user: User) -> dict[str, Any]:
    return {"email": user.email, "name": user.name, "role": user.role, "unit_id": user.unit_id, "active": user.active}


def create_user(
    *, email: str, name: str, password: str, role: Role, unit: Unit | None, actor, now: datetime,
    is_demo: bool = False,
) -> User:
    """Create a staff account after checking the unique email, the unit and the password policy."""
    email = normalise_email(email)
    if get_by_email(email) is not None:
        raise Conflict(gettext("Email %(email)s sudah terdaftar.", email=email),
                       {"email": gettext("Email sudah terdaftar.")})
    _check_role_unit(role, unit)
    check_password_policy(password, email=email)
    user = User(email=email, name=name, password_hash=hash_password(password), role=role, unit=unit,
                is_demo=is_demo)
    db.session.add(user)
    record_event(actor=actor, action=AuditAction.CREATED, obj=user, now=now, after=_snapshot(user))
    db.session.commit()
    return user


def update_user(
    user: User, *, name: str, role: Role, unit: Unit | None, active: bool, password: str | None, actor,
    now: datetime,
) -> User:
    """Change a staff account; an empty password keeps the current one."""
    _check_role_unit(role, unit)
    if actor is not None and actor.id == user.id and (not active or role != Role.ADMIN):
        raise DomainError(gettext("Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri."))
    before = _snapshot(user)
    user.name, user.role, user.unit, user.active = name, role, unit, active
    if password:
        check_password_policy(password, email=user.email)
        user.password_hash = hash_password(password)
    after = _snapshot(user) | {"password_changed": bool(password)}
    record_event(actor=actor, action=AuditAction.UPDATED, obj=user, now=now, before=before, after=after)
    db.session.commit()
    return user


def record_login(user: User, *, now: datetime) -> None:
    user.last_login_at = now
    db.session.commit()


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(user: User, *, actor, now: datetime) -> str:
    """Return a new bearer token for ``user``; the previous one stops working."""
    token = secrets.token_urlsafe(32)
    user.api_token_hash = _token_digest(token)
    record_event(actor=actor, action=AuditAction.TOKEN_ISSUED, obj=user, now=now)
    db.session.commit()
    return token


def user_for_token(token: str) -> User | None:
    if not token:
        return None
    user = db.session.scalar(sa.select(User).where(User.api_token_hash == _token_digest(token)))
    return user if user is not None and user.active else None
