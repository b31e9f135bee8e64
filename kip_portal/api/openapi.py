"""The OpenAPI 3.1 description of /api/v1, kept next to the endpoints it describes."""
from __future__ import annotations

from kip_portal.dip.models import Category

_ERROR = {
    "type": "object",
    "required": ["error", "fields"],
    "properties": {
        "error": {"type": "string"},
        "fields": {"type": "object", "additionalProperties": {"type": "string"}},
    },
}
_DOCUMENT = {
    "type": "object",
    "required": ["filename", "url"],
    "properties": {
        "filename": {"type": "string"}, "url": {"type": "string", "format": "uri"},
        "mimetype": {"type": "string"}, "size": {"type": "integer"}, "sha256": {"type": "string"},
    },
}
_ENTRY = {
    "type": "object",
    "required": ["id", "title", "summary", "category", "unit", "year", "documents"],
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "summary": {"type": "string"},
        "category": {"type": "string", "enum": [c.value for c in Category]},
        "unit": {"type": "string", "description": "unit code"},
        "unit_name": {"type": "string"},
        "year": {"type": ["integer", "null"]},
        "holder": {"type": "string", "description": "pejabat/unit yang menguasai informasi"},
        "responsible": {"type": "string", "description": "penanggung jawab pembuatan/penerbitan"},
        "produced_at": {"type": ["string", "null"], "format": "date"},
        "produced_place": {"type": "string"},
        "formats": {"type": "array", "items": {"type": "string", "enum": ["softcopy", "hardcopy"]}},
        "retention": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "external_id": {"type": "string"},
        "legal_basis": {"type": "string"},
        "consequence_test": {"type": "string"},
        "exempt_until": {"type": ["string", "null"], "format": "date"},
        "documents": {"type": "array", "items": {"$ref": "#/components/schemas/Document"},
                      "description": "always empty for dikecualikan entries"},
    },
}
_UNIT = {
    "type": "object",
    "required": ["code", "name", "kind", "parent"],
    "properties": {
        "code": {"type": "string"}, "name": {"type": "string"},
        "kind": {"type": "string", "enum": ["utama", "pelaksana"]}, "parent": {"type": ["string", "null"]},
    },
}

_HIT = {
    "type": "object",
    "required": ["id", "title", "category", "snippet", "url", "score"],
    "properties": {
        "id": {"type": "integer"}, "title": {"type": "string"},
        "category": {"type": "string", "enum": [c.value for c in Category]},
        "unit": {"type": "string"}, "year": {"type": ["integer", "null"]},
        "snippet": {"type": "string", "description": "HTML: escaped text with <mark> around matching words"},
        "url": {"type": "string", "format": "uri"}, "score": {"type": "number"},
    },
}
_SIMILAR = {
    "type": "object",
    "required": ["items"],
    "properties": {"items": {"type": "array", "items": {
        "type": "object", "required": ["id", "title", "category", "url"],
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "category": {"type": "string"},
                       "unit": {"type": "string"}, "url": {"type": "string", "format": "uri"}},
    }}},
}

_AUDIT_EVENT = {
    "type": "object",
    "required": ["id", "at", "actor", "action", "object_type", "object_id", "before", "after", "prev_hash", "hash"],
    "properties": {
        "id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"},
        "actor": {"type": "string", "description": "the actor's e-mail, or \"sistem\""},
        "action": {"type": "string"}, "object_type": {"type": "string", "description": "table name"},
        "object_id": {"type": "integer"},
        "before": {"description": "state before the change (personal data masked), or null"},
        "after": {"description": "state after the change (personal data masked), or null"},
        "prev_hash": {"type": "string", "description": "hash of the previous event (64 zeros for the first)"},
        "hash": {"type": "string", "description": "SHA-256 of this event's content and prev_hash"},
    },
}

# The annual report's figures (UU 14/2008 Pasal 12; Perki 1/2021 Pasal 57 huruf c-d), see kip_portal/reports.
_REPORT_COUNTS = {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}
_REPORT_DAYS = {"type": ["number", "null"], "description": "working days; null when no request was answered"}
_REPORT_STATS = {
    "type": "object", "required": ["count", "median", "mean", "p90", "max"],
    "properties": {"count": {"type": "integer"}, "median": _REPORT_DAYS, "mean": _REPORT_DAYS, "p90": _REPORT_DAYS,
                   "max": _REPORT_DAYS},
}
_ANNUAL_FIGURES = {
    "type": "object",
    "required": ["year", "due_date", "requests_received", "by_channel", "by_unit", "by_month", "granted_full",
                 "granted_partial", "refused", "not_held", "undocumented", "still_open", "closed_incomplete",
                 "refusals_by_basis", "answered", "median_working_days", "p90_working_days", "mean_working_days",
                 "max_working_days", "working_days_by_classification", "working_days_distribution", "on_time",
                 "late", "on_time_rate", "extended", "objections", "disputes"],
    "properties": {
        "year": {"type": "integer"},
        "due_date": {"type": "string", "format": "date", "description": "31 March of the next year (Pasal 56)"},
        "requests_received": {"type": "integer", "description": "requests received in the year (local time)"},
        "by_channel": _REPORT_COUNTS,
        "by_unit": {**_REPORT_COUNTS, "description": "unit code -> requests"},
        "by_month": {"type": "array", "items": {"type": "integer"}, "minItems": 12, "maxItems": 12},
        "granted_full": {"type": "integer"}, "granted_partial": {"type": "integer"},
        "refused": {"type": "integer", "description": "refusals approved by the Atasan PPID"},
        "not_held": {"type": "integer"}, "undocumented": {"type": "integer"}, "still_open": {"type": "integer"},
        "closed_incomplete": {"type": "integer"},
        "refusals_by_basis": {**_REPORT_COUNTS, "description": "Pasal 17 letter (e.g. 17h) or lainnya -> refusals"},
        "answered": {"type": "integer", "description": "requests whose written notice went out"},
        "median_working_days": _REPORT_DAYS, "p90_working_days": _REPORT_DAYS, "mean_working_days": _REPORT_DAYS,
        "max_working_days": _REPORT_DAYS,
        "working_days_by_classification": {"type": "object", "additionalProperties": _REPORT_STATS},
        "working_days_distribution": _REPORT_COUNTS,
        "on_time": {"type": "integer", "description": "answered by the (extended) due date"},
        "late": {"type": "integer"},
        "on_time_rate": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
        "extended": {"type": "integer"},
        "objections": {"type": "object", "required": ["filed", "by_outcome", "by_ground", "answered_late"],
                       "properties": {"filed": {"type": "integer"}, "by_outcome": _REPORT_COUNTS,
                                      "by_ground": _REPORT_COUNTS, "answered_late": {"type": "integer"}}},
        "disputes": {"type": "object", "required": ["filed", "by_stage", "by_outcome"],
                     "properties": {"filed": {"type": "integer"}, "by_stage": _REPORT_COUNTS,
                                    "by_outcome": _REPORT_COUNTS}},
    },
}


_REGISTER = {
    "type": "object",
    "required": ["year", "columns", "rows"],
    "properties": {
        "year": {"type": "integer"}, "unit": {"type": ["string", "null"]}, "status": {"type": ["string", "null"]},
        "columns": {"type": "array", "description": "the register's columns in the Lampiran's order",
                    "items": {"type": "object", "required": ["key", "header"],
                              "properties": {"key": {"type": "string"}, "header": {"type": "string"}}}},
        "rows": {"type": "array", "description": "one object per row, keyed by the columns' keys; dates ISO",
                 "items": {"type": "object", "additionalProperties": {"type": ["string", "integer", "null"]}}},
    },
}


def _register_path(summary: str, operation_id: str, statuses: str) -> dict:
    """A register (requests: Lampiran VIII; objections: Lampiran XI); personal data masked for auditors."""
    return {"get": {
        "summary": summary,
        "operationId": operation_id,
        "security": [{"bearer": []}],
        "parameters": [
            {"name": "year", "in": "query", "description": "received/filed year, local time; default this year",
             "schema": {"type": "integer", "minimum": 2000, "maximum": 2999}},
            {"name": "unit", "in": "query", "description": "a unit code the token's user may see",
             "schema": {"type": "string"}},
            {"name": "status", "in": "query", "description": statuses, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {"description": "The register's rows in order", **_json("Register")},
            "401": _error("No token, or an invalid one"),
            "403": _error("No staff role, or a unit outside the user's units"),
            "404": _error("Unknown unit"),
            "422": _error("A malformed year or status"),
        },
    }}


def _json(schema_ref: str) -> dict:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}}


def _error(description: str) -> dict:
    return {"description": description, **_json("Error")}


# Keberatan (UU 14/2008 Pasal 35–36): filed by the requester (tracking_code) or by staff (request_id).
_OBJECTION = {
    "type": "object",
    "required": ["id", "objection_number", "register_number", "grounds", "filed_at", "due_date", "status"],
    "properties": {
        "id": {"type": "integer"}, "objection_number": {"type": "string"}, "register_number": {"type": "string"},
        "grounds": {"type": "array", "items": {"type": "string", "enum": list("abcdefg")}},
        "filed_at": {"type": "string", "format": "date-time"},
        "window_start": {"type": "string", "format": "date"}, "window_end": {"type": "string", "format": "date"},
        "due_date": {"type": "string", "format": "date", "description": "the Atasan PPID's 30-working-day deadline"},
        "status": {"type": "string", "enum": ["open", "answered"]},
        "outcome": {"type": ["string", "null"], "enum": ["dikuatkan", "dibatalkan", None]},
        "reasons": {"type": ["string", "null"]}, "answer_number": {"type": ["string", "null"]},
        "answered_at": {"type": ["string", "null"], "format": "date-time"},
        "letters": {"type": "array", "items": {"type": "object", "required": ["kind", "number", "url"], "properties": {
            "kind": {"type": "string"}, "number": {"type": "string"}, "issued_at": {"type": "string"},
            "url": {"type": "string", "format": "uri"}}}},
        "case": {"type": "string", "description": "staff only: kasus posisi"},
        "request_id": {"type": "integer"}, "unit": {"type": "string"}, "channel": {"type": "string"},
    },
}
_OBJECTION_CREATED = {
    "type": "object", "required": ["id", "objection_number", "filed_at", "due_date", "status"],
    "properties": {"id": {"type": "integer"}, "objection_number": {"type": "string"},
                   "filed_at": {"type": "string", "format": "date-time"},
                   "due_date": {"type": "string", "format": "date"},
                   "status": {"type": "string", "enum": ["open", "answered"]}},
}
_OBJECTION_SCHEMAS = {"Objection": _OBJECTION, "ObjectionCreated": _OBJECTION_CREATED}
_OBJECTION_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
_OBJECTION_PATHS = {
    "/objections": {"post": {
        "summary": "File a keberatan on a request (requester: tracking_code; PPID token: request_id, filed_at)",
        "operationId": "createObjection",
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["grounds", "case"],
            "properties": {
                "tracking_code": {"type": "string"}, "request_id": {"type": "integer"},
                "filed_at": {"type": "string", "description": "ISO date or datetime (staff only)"},
                "channel": {"type": "string", "enum": ["langsung", "pos", "email"]},
                "grounds": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": list("abcdefg")}},
                "case": {"type": "string", "description": "kasus posisi"},
                "proxy_name": {"type": "string"}, "proxy_address": {"type": "string"},
                "proxy_phone": {"type": "string"},
            }}}}},
        "responses": {
            "201": {"description": "Registered, with its number and the receipt letter", **_json("ObjectionCreated")},
            "400": _error("The body is not a JSON object"),
            "401": _error("An invalid token"),
            "403": _error("A requester sent staff-only fields, or the token's user is not the unit's PPID"),
            "404": _error("Unknown tracking code or request"),
            "409": _error("An open keberatan on the request already has one of these grounds"),
            "422": _error("A missing item, or outside the 30-working-day filing window (its dates named)"),
        },
    }},
    "/objections/{id}": {"get": {
        "summary": "One keberatan: whole for staff tokens; without personal data for ?tracking_code=",
        "operationId": "getObjection",
        "parameters": [_OBJECTION_ID, {"name": "tracking_code", "in": "query", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The keberatan", **_json("Objection")},
                      "401": _error("Neither a token nor a tracking code"),
                      "403": _error("Another unit's keberatan"),
                      "404": _error("No such keberatan for this tracking code")},
    }},
    "/objections/{id}/respond": {"post": {
        "summary": "The Atasan PPID's written answer (UU 14/2008 Pasal 36; Perki 1/2021 Pasal 44)",
        "operationId": "respondObjection",
        "security": [{"bearer": []}],
        "parameters": [_OBJECTION_ID],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["outcome", "reasons"],
            "properties": {"outcome": {"type": "string", "enum": ["dikuatkan", "dibatalkan"]},
                           "reasons": {"type": "string"}}}}}},
        "responses": {"200": {"description": "The answered keberatan", **_json("Objection")},
                      "401": _error("No token, or an invalid one"),
                      "403": _error("The token's user is not an Atasan PPID"),
                      "404": _error("No such keberatan"),
                      "409": _error("Already answered"),
                      "422": _error("No outcome or no written reasons")},
    }},
}


# Information requests (UU 14/2008 Pasal 22; Perki 1/2021 Pasal 29–38): filed by anyone, handled with a token.
_LETTER_LINK = {"type": "object", "required": ["kind", "number", "url"], "properties": {
    "kind": {"type": "string"}, "number": {"type": "string"}, "issued_at": {"type": "string", "format": "date-time"},
    "url": {"type": "string", "format": "uri"}}}
_REQUEST_BODY = {
    "type": "object",
    "required": ["requester_type", "name", "address", "information", "purpose", "obtain_method", "delivery_method"],
    "properties": {
        "requester_type": {"type": "string", "enum": ["perorangan", "badan_hukum", "kelompok"]},
        "name": {"type": "string"}, "nik": {"type": "string", "pattern": "^[0-9]{16}$"},
        "legal_entity_number": {"type": "string"}, "address": {"type": "string"}, "phone": {"type": "string"},
        "email": {"type": "string"}, "occupation": {"type": "string"},
        "information": {"type": "string", "description": "rincian informasi yang dibutuhkan"},
        "purpose": {"type": "string", "description": "tujuan penggunaan informasi"},
        "obtain_method": {"type": "string", "enum": ["melihat", "membaca", "mendengarkan", "mencatat",
                                                     "salinan_softcopy", "salinan_hardcopy"]},
        "delivery_method": {"type": "string", "enum": ["langsung", "kurir", "pos", "faksimili", "email"]},
        "unit": {"type": "string", "description": "unit code; default the PPID Utama"},
        "received_at": {"type": "string", "description": "staff only: ISO date or datetime of receipt"},
        "channel": {"type": "string", "enum": ["web", "langsung", "pos", "email", "telepon"],
                    "description": "staff only"},
    },
}
_REQUEST_CREATED = {
    "type": "object", "required": ["id", "register_number", "tracking_code", "received_at", "due_date", "status"],
    "properties": {"id": {"type": "integer"}, "register_number": {"type": "string"},
                   "tracking_code": {"type": "string", "description": "shown once; keep it to track the request"},
                   "received_at": {"type": "string", "format": "date-time"},
                   "due_date": {"type": "string", "format": "date"}, "status": {"type": "string"}},
}
_TRACKED = {
    "type": "object",
    "required": ["id", "register_number", "status", "received_at", "due_date", "extended_due_date", "decision",
                 "decision_date", "letters"],
    "properties": {
        "id": {"type": "integer"}, "register_number": {"type": "string"}, "status": {"type": "string"},
        "received_at": {"type": "string", "format": "date-time"}, "due_date": {"type": "string", "format": "date"},
        "extended_due_date": {"type": ["string", "null"], "format": "date"},
        "decision": {"type": ["string", "null"]}, "decision_date": {"type": ["string", "null"]},
        "letters": {"type": "array", "items": _LETTER_LINK},
    },
}
_STAFF_REQUEST = {
    "allOf": [{"$ref": "#/components/schemas/TrackedRequest"}, {"type": "object", "properties": {
        "unit": {"type": "string"}, "channel": {"type": "string"}, "nik": {"type": "string"},
        "proposed_decision": {"type": ["string", "null"]}, "awaiting_refusal_approval": {"type": "boolean"},
        "refusal_basis": {"type": "string"}, "consequence_test": {"type": "string"},
        "consequence_test_id": {"type": ["integer", "null"]},
        "fee_copy": {"type": "integer"}, "fee_delivery": {"type": "integer"},
        "fees": {"type": "array", "items": {"type": "object", "properties": {
            "item": {"type": ["integer", "null"]}, "name": {"type": "string"}, "per": {"type": "string"},
            "unit_price": {"type": "integer"}, "quantity": {"type": "integer"}, "amount": {"type": "integer"}}}},
        "payment_method": {"type": ["string", "null"]},
        "delivered_at": {"type": ["string", "null"], "format": "date-time"}}}],
}
_DECISION_BODY = {
    "type": "object", "required": ["decision"],
    "properties": {
        "decision": {"type": "string", "enum": ["dikabulkan_seluruhnya", "dikabulkan_sebagian", "ditolak",
                                                "tidak_dikuasai", "belum_didokumentasikan"]},
        "information_form": {"type": "string", "enum": ["softcopy", "hardcopy", "softcopy;hardcopy"]},
        "provision_days": {"type": "integer", "minimum": 0},
        "redaction_note": {"type": "string"}, "other_body": {"type": "string"},
        "undocumented_note": {"type": "string"}, "refusal_basis": {"type": "string"},
        "consequence_test_id": {"type": "integer", "description": "an approved uji konsekuensi (ditolak)"},
        "fees": {"type": "array", "description": "lines of the published fee table and their quantities",
                 "items": {"type": "object", "required": ["item", "quantity"], "properties": {
                     "item": {"type": "integer"}, "quantity": {"type": "integer", "minimum": 0}}}},
        "payment_method": {"type": "string", "enum": ["tunai", "transfer", "uang_elektronik"]},
    },
}
_REQUEST_SCHEMAS = {"RequestCreated": _REQUEST_CREATED, "TrackedRequest": _TRACKED, "StaffRequest": _STAFF_REQUEST}
_REQUEST_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
_STAFF_ERRORS = {"401": _error("No token, or an invalid one"), "403": _error("Another role or another unit"),
                 "404": _error("No such request")}
_REQUEST_PATHS = {
    "/requests": {"post": {
        "summary": "File an information request (staff tokens may add received_at and channel)",
        "operationId": "createRequest",
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": _REQUEST_BODY},
            "multipart/form-data": {"schema": {"allOf": [_REQUEST_BODY, {"type": "object", "properties": {
                "identity": {"type": "array", "items": {"type": "string", "format": "binary"}}}}]}}}},
        "responses": {
            "201": {"description": "Registered at once, with its number and tracking code", **_json("RequestCreated")},
            "200": {"description": "The same form sent twice: the first request", **_json("RequestCreated")},
            "400": _error("The body is not a JSON object"),
            "403": _error("A citizen sent staff-only fields"),
            "413": _error("An identity file too large"),
            "422": _error("A field is missing or invalid (named in fields)"),
            "429": _error("Too many requests from this address"),
        },
    }},
    "/track/{code}": {"get": {
        "summary": "Track a request with its secret code (never shows NIK, address or phone)",
        "operationId": "trackRequest",
        "parameters": [{"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The request as its requester sees it", **_json("TrackedRequest")},
                      "404": _error("Unknown tracking code")},
    }},
    "/requests/{id}": {"get": {
        "summary": "The whole request as staff see it", "operationId": "getRequest",
        "security": [{"bearer": []}], "parameters": [_REQUEST_ID],
        "responses": {"200": {"description": "The request", **_json("StaffRequest")}, **_STAFF_ERRORS},
    }},
    "/requests/{id}/extend": {"post": {
        "summary": "Extend once by 7 working days, with written reasons (UU 14/2008 Pasal 22 ayat 8)",
        "operationId": "extendRequest", "security": [{"bearer": []}], "parameters": [_REQUEST_ID],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["reason"], "properties": {"reason": {"type": "string"}}}}}},
        "responses": {"200": {"description": "The request with extended_due_date", **_json("StaffRequest")},
                      **_STAFF_ERRORS, "409": _error("Already extended, or no longer open"),
                      "422": _error("No reason given")},
    }},
    "/requests/{id}/decide": {"post": {
        "summary": "Decide and issue the written notice (a refusal waits for the Atasan PPID)",
        "operationId": "decideRequest", "security": [{"bearer": []}], "parameters": [_REQUEST_ID],
        "requestBody": {"required": True, "content": {"application/json": {"schema": _DECISION_BODY}}},
        "responses": {"200": {"description": "The request with its notice letter", **_json("StaffRequest")},
                      **_STAFF_ERRORS, "409": _error("Already decided"),
                      "422": _error("An item the notice needs is missing (named in fields)")},
    }},
    "/requests/{id}/approve-refusal": {"post": {
        "summary": "The Atasan PPID approves a proposed refusal (Perki 1/2021 Pasal 10 ayat 2)",
        "operationId": "approveRefusal", "security": [{"bearer": []}], "parameters": [_REQUEST_ID],
        "responses": {"200": {"description": "Decided; the SK penolakan and the notice are issued",
                              **_json("StaffRequest")},
                      **_STAFF_ERRORS, "409": _error("No refusal awaits approval")},
    }},
}


def openapi_document(*, server_url: str) -> dict:
    """Describe the API as served at ``server_url``."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Portal KIP API",
            "version": "1",
            "description": "Daftar Informasi Publik dan layanan informasi publik (UU 14/2008).",
        },
        "servers": [{"url": server_url}],
        "paths": {
            **_REQUEST_PATHS,
            **_OBJECTION_PATHS,
            "/dip": {"get": {
                "summary": "Published DIP entries, filtered and paginated",
                "operationId": "listDip",
                "parameters": [
                    {"name": "category", "in": "query",
                     "schema": {"type": "string", "enum": [c.value for c in Category]}},
                    {"name": "unit", "in": "query", "schema": {"type": "string"}},
                    {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                ],
                "responses": {
                    "200": {"description": "A page of entries", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["items", "total", "page"],
                        "properties": {
                            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}},
                            "total": {"type": "integer"}, "page": {"type": "integer"},
                            "per_page": {"type": "integer"}, "pages": {"type": "integer"},
                        }}}}},
                    "422": _error("A filter is malformed"),
                },
            }},
            "/dip/{id}": {"get": {
                "summary": "One published DIP entry",
                "operationId": "getDipEntry",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "The entry", **_json("Entry")}, "404": _error("No such entry")},
            }},
            "/search": {"get": {
                "summary": "Full-text search of the published DIP (entries and their documents' text)",
                "operationId": "search",
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 4096}},
                    {"name": "category", "in": "query",
                     "schema": {"type": "string", "enum": [c.value for c in Category]}},
                    {"name": "unit", "in": "query", "schema": {"type": "string"}},
                    {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                ],
                "responses": {
                    "200": {"description": "A page of hits", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["total", "hits", "suggestion"],
                        "properties": {
                            "total": {"type": "integer"}, "page": {"type": "integer"},
                            "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                            "suggestion": {"type": ["string", "null"]},
                            "facets": {"type": "object", "additionalProperties": {
                                "type": "object", "additionalProperties": {"type": "integer"}}},
                        }}}}},
                    "422": _error("A parameter is malformed or the query is too long"),
                },
            }},
            "/similar": {
                "get": {
                    "summary": "Published entries similar to a text (a request being typed)",
                    "operationId": "similarGet",
                    "parameters": [{"name": "text", "in": "query", "required": True,
                                    "schema": {"type": "string", "minLength": 1, "maxLength": 20000}}],
                    "responses": {"200": {"description": "Similar entries", **_json("SimilarList")},
                                  "422": _error("No text, or too long")},
                },
                "post": {
                    "summary": "Published entries similar to a long text",
                    "operationId": "similarPost",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "required": ["text"],
                        "properties": {"text": {"type": "string", "minLength": 1, "maxLength": 20000}}}}}},
                    "responses": {"200": {"description": "Similar entries", **_json("SimilarList")},
                                  "422": _error("No text, or too long")},
                },
            },
            "/audit": {"get": {
                "summary": "The audit trail, newest first (auditor and admin tokens)",
                "operationId": "listAuditEvents",
                "security": [{"bearer": []}],
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "object_type", "in": "query", "schema": {"type": "string"}},
                    {"name": "action", "in": "query", "schema": {"type": "string"}},
                    {"name": "actor", "in": "query", "schema": {"type": "string"}},
                    {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
                    {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
                ],
                "responses": {
                    "200": {"description": "A page of events", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["page", "per_page", "total", "events"],
                        "properties": {
                            "page": {"type": "integer"}, "per_page": {"type": "integer"},
                            "total": {"type": "integer"},
                            "events": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEvent"}},
                        }}}}},
                    "401": _error("No token, or an invalid one"),
                    "403": _error("The token's user is neither auditor nor admin"),
                    "422": _error("The page number is malformed"),
                },
            }},
            "/reports/annual/{year}": {"get": {
                "summary": "The annual report's figures of a year (staff and auditor tokens)",
                "operationId": "getAnnualReportFigures",
                "security": [{"bearer": []}],
                "parameters": [{"name": "year", "in": "path", "required": True,
                                "schema": {"type": "integer", "minimum": 2000, "maximum": 2100}}],
                "responses": {
                    "200": {"description": "The figures, counted from the registers", **_json("AnnualFigures")},
                    "401": _error("No token, or an invalid one"),
                    "403": _error("The token's user has no staff role"),
                    "404": _error("The year is outside 2000-2100"),
                },
            }},
            "/registers/requests": _register_path(
                "The request register (Perki 1/2021 Lampiran VIII) of a year; staff and auditor tokens",
                "getRequestRegister", "open, or a request status (received, decided, closed, ...)"),
            "/registers/objections": _register_path(
                "The keberatan register (Perki 1/2021 Lampiran XI) of a year; staff and auditor tokens",
                "getObjectionRegister", "open (awaiting the Atasan PPID) or answered"),
            "/units": {"get": {
                "summary": "The PPID units",
                "operationId": "listUnits",
                "responses": {"200": {"description": "All units", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["items"],
                    "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Unit"}}},
                }}}}},
            }},
        },
        "components": {
            "schemas": {**_REQUEST_SCHEMAS, **_OBJECTION_SCHEMAS,
                        "Entry": _ENTRY, "Document": _DOCUMENT, "Unit": _UNIT, "Error": _ERROR, "Hit": _HIT,
                        "SimilarList": _SIMILAR, "AuditEvent": _AUDIT_EVENT,
                        "AnnualFigures": _ANNUAL_FIGURES, "Register": _REGISTER},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "Token from `flask --app wsgi api-token EMAIL`"}},
        },
    }
