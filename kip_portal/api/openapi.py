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


def _json(schema_ref: str) -> dict:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}}


def _error(description: str) -> dict:
    return {"description": description, **_json("Error")}


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
            "schemas": {"Entry": _ENTRY, "Document": _DOCUMENT, "Unit": _UNIT, "Error": _ERROR, "Hit": _HIT,
                        "SimilarList": _SIMILAR},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "Token from `flask --app wsgi api-token EMAIL`"}},
        },
    }
