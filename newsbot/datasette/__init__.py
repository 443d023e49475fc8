"""Datasette for newsbot databases: metadata, templates and the plugin `newsbot serve` loads."""
