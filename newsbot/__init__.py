"""newsbot: crawl Indonesian news portals into clean, structured, searchable records."""

__version__ = "0.1.0"
