"""Login throttling and account lockout (OWASP ASVS 2.2.1), kept in Flask-Limiter's storage.

Two layers. Flask-Limiter answers 429 once an address or an account (the email typed, whether it exists or not)
has too many *failed* logins (LOGIN_RATE_LIMIT_IP, LOGIN_RATE_LIMIT; successful logins do not count). Behind that,
LOGIN_LOCKOUT_FAILURES failures within LOGIN_LOCKOUT_MINUTES lock the account for LOGIN_LOCKOUT_MINUTES: even the
right password then gets the same "Email atau kata sandi salah." as a wrong one, so nobody learns of the lock.

No database column (the schema is final): counters live where the rate limits live. With the default
``memory://`` storage they are per worker process and a restart forgets them, so with N gunicorn workers an
attacker gets up to N times the attempts; set RATELIMIT_STORAGE_URI to Redis or Memcached to share them.
"""
from __future__ import annotations

from flask import current_app
from flask import request
from flask.wrappers import Response
from limits import RateLimitItemPerMinute
from limits.strategies import FixedWindowRateLimiter

from kip_portal.extensions import limiter

FAILURES = "login-failures"
LOCKED = "login-locked"


def account_key() -> str:
    """Flask-Limiter key of the account a login form names (the email as typed, normalised)."""
    return "login:" + request.form.get("email", "").strip().lower()[:200]


def failed(response: Response) -> bool:
    """Only a failed login counts against the limits: success redirects, failure shows the form again."""
    return response.status_code != 302


def _strategy() -> FixedWindowRateLimiter | None:
    if not (limiter.enabled and limiter.initialized):  # RATELIMIT_ENABLED = False turns the lockout off too
        return None
    return FixedWindowRateLimiter(limiter.storage)


def _failures_item() -> RateLimitItemPerMinute:
    return RateLimitItemPerMinute(current_app.config["LOGIN_LOCKOUT_FAILURES"],
                                  current_app.config["LOGIN_LOCKOUT_MINUTES"])


def _lock_item() -> RateLimitItemPerMinute:
    # One "hit" uses it up: the key is locked until the window ends, LOGIN_LOCKOUT_MINUTES after the lock.
    return RateLimitItemPerMinute(1, current_app.config["LOGIN_LOCKOUT_MINUTES"])


def is_locked(email: str) -> bool:
    strategy = _strategy()
    return strategy is not None and not strategy.test(_lock_item(), LOCKED, email)


def record_failure(email: str) -> bool:
    """Count a failed login for ``email``; return True when that failure locks the account."""
    strategy = _strategy()
    if strategy is None:
        return False
    item = _failures_item()
    strategy.hit(item, FAILURES, email)
    if strategy.test(item, FAILURES, email):
        return False
    strategy.hit(_lock_item(), LOCKED, email)
    strategy.clear(item, FAILURES, email)
    current_app.logger.warning("login locked for %s minutes after %s failed attempts",
                               current_app.config["LOGIN_LOCKOUT_MINUTES"], item.amount)
    return True


def clear_failures(email: str) -> None:
    """A successful login starts the count again."""
    strategy = _strategy()
    if strategy is not None:
        strategy.clear(_failures_item(), FAILURES, email)
