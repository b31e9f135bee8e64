"""The citizen's front door: home page and how to request information."""
