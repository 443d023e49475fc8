"""A quiet static HTTP server on 127.0.0.1 for the demo site and for crawl tests.

Why not `python -m http.server`: its listen backlog of 5 drops connections under Scrapy's concurrency
(see ../shared/ecosystem-notes.md), its log lines go to stderr, and it guesses content types without
a charset. Special behaviours (redirects, slow pages, 500-then-200) are plugged in as `routes`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote, urlsplit

SITE_DIR = Path(__file__).resolve().parent / "site"
# Absolute URLs in the site's files (robots.txt Sitemap lines, sitemap <loc>, RSS <link>) are written
# with this base; the server answers with its own http://127.0.0.1:PORT in its place, so the files stay
# valid as they are and the crawler still gets URLs of the running server.
PLACEHOLDER_BASE_URL = "http://demo.newsbot.invalid"
TEXT_TYPES = ("text/", "application/xml", "application/json", "application/rss+xml")
# What a path escaping the root is mapped to: a name that never exists, so the answer is a 404.
FORBIDDEN = ".newsbot-forbidden-path"

# A route handler gets the live request handler; it returns True when it has answered the request,
# False to fall through to the static files.
RouteHandler = Callable[[SimpleHTTPRequestHandler], bool]

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
}


class _Server(ThreadingHTTPServer):
    """ThreadingHTTPServer with a listen backlog large enough for a 64-way concurrent crawler."""

    request_queue_size = 1024
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], root: Path, routes: Mapping[str, RouteHandler]):
        self.root = root
        self.routes = dict(routes)
        super().__init__(address, _Handler)
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(SimpleHTTPRequestHandler):
    """Static files from the server's root: exact content types, 404s (no listings), no access log."""

    server: _Server
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Set before the base class handles the request (it does so inside __init__).
        self.extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **CONTENT_TYPES}
        super().__init__(*args, directory=str(args[2].root), **kwargs)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and `newsbot demo` print their own summaries."""

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        handler = self.server.routes.get(urlsplit(self.path).path)
        if handler is not None and handler(self):
            return
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, "Not found")
            return
        content_type = self.guess_type(str(target))
        body = target.read_bytes()
        if content_type.startswith(TEXT_TYPES):
            body = body.replace(PLACEHOLDER_BASE_URL.encode(), self.server.base_url.encode())
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def translate_path(self, path: str) -> str:
        """Map a URL path inside the root only; anything escaping it maps to a name that 404s."""
        root = Path(self.directory).resolve()
        parts = [p for p in unquote(urlsplit(path).path).split("/") if p not in ("", ".")]
        if ".." in parts or any("\\" in p or "\x00" in p for p in parts):
            return str(root / FORBIDDEN)
        target = root.joinpath(*parts).resolve() if parts else root
        if target != root and root not in target.parents:
            return str(root / FORBIDDEN)
        return str(target)


class SiteServer:
    """Serve a directory on 127.0.0.1 in a background thread; use as a context manager.

    >>> with SiteServer() as site:          # doctest: +SKIP
    ...     site.url                        # "http://127.0.0.1:54321"
    """

    def __init__(
        self,
        root: str | Path = SITE_DIR,
        port: int = 0,
        routes: Mapping[str, RouteHandler] | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise FileNotFoundError(f"not a directory: {self.root}")
        self._httpd = _Server(("127.0.0.1", port), self.root, routes or {})
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def routes(self) -> dict[str, RouteHandler]:
        """Path -> handler; may be changed while the server runs."""
        return self._httpd.routes

    def start(self) -> Self:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, name=f"SiteServer:{self.port}", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve_demo(port: int = 0) -> SiteServer:
    """Start serving the packaged demo site (free port by default); the caller stops it."""
    return SiteServer(SITE_DIR, port=port).start()


# Small ready-made route behaviours for crawl tests.


def redirect_to(location: str, status: int = 301) -> RouteHandler:
    """A route answering with a redirect to `location` (absolute or site-relative)."""

    def handle(request: SimpleHTTPRequestHandler) -> bool:
        request.send_response(status)
        request.send_header("Location", location)
        request.send_header("Content-Length", "0")
        request.end_headers()
        return True

    return handle


def fail_first(times: int = 1, status: int = 500) -> RouteHandler:
    """A route that answers `status` for the first `times` requests, then falls through to the file."""
    remaining = [times]
    lock = threading.Lock()

    def handle(request: SimpleHTTPRequestHandler) -> bool:
        with lock:
            if remaining[0] <= 0:
                return False
            remaining[0] -= 1
        request.send_error(status)
        return True

    return handle


def delay(seconds: float) -> RouteHandler:
    """A route that waits `seconds` before serving the file (slow page)."""

    def handle(request: SimpleHTTPRequestHandler) -> bool:
        time.sleep(seconds)
        return False

    return handle
