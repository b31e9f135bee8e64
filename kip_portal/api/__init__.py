"""The JSON API (/api/v1) over the same services as the HTML pages."""
