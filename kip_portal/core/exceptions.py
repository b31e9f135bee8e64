"""Domain errors: services raise them, views and the API turn them into messages and status codes."""
from __future__ import annotations


class DomainError(Exception):
    """A rule of the portal refused the action; ``str(error)`` is a message a person can act on."""

    status_code = 422

    def __init__(self, message: str, fields: dict[str, str] | None = None, *, status_code: int | None = None):
        super().__init__(message)
        self.message = message
        self.fields = fields or {}
        if status_code is not None:
            self.status_code = status_code


class NotAllowed(DomainError):
    status_code = 403


class NotFound(DomainError):
    status_code = 404


class Conflict(DomainError):
    status_code = 409


class InvalidFile(DomainError):
    """An uploaded file was refused: empty, too big, of an unsupported or disguised type."""

    status_code = 422


class FileTooLarge(InvalidFile):
    status_code = 413
