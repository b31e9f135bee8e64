"""Documents attached to DIP entries: content-addressed storage, type checks and downloads."""
