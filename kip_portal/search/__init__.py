"""Full-text search of the DIP: Indonesian analysis, the Whoosh index and queries."""
