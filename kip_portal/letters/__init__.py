"""Documents the portal prints: letters and the DIP table, rendered from HTML to PDF."""
