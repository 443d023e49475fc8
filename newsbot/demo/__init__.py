"""The offline demo: a small news site written by the project and the loopback server that serves it."""

from newsbot.demo.server import SITE_DIR, SiteServer, serve_demo

__all__ = ["SITE_DIR", "SiteServer", "serve_demo"]
