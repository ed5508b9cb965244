"""A real HTTP server on 127.0.0.1 serving a folder, for the importer's tests (no internet).

Extensionless paths find their ``.html`` file, as on GitHub Pages. ``routes`` override single paths with a handler function (redirects, loops, huge or slow pages,
errors); every request's path is logged so a test can assert what was never asked for.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


Route = Callable[[SimpleHTTPRequestHandler], None]


class SiteServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                if route is not None:
                    try:
                        route(self)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the client stopped reading (a size cap): expected
                    return
                super().do_GET()

            def translate_path(self, path: str) -> str:
                """``/travel-awards`` serves ``travel-awards.html``, as GitHub Pages does."""
                local = super().translate_path(path)
                if not Path(local).exists() and Path(local + ".html").is_file():
                    return local + ".html"
                return local

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def asked(self, path: str) -> bool:
        return any(r.split("?")[0] == path for r in self.requests)


def redirect(to: str, status: int = 302) -> Route:
    def route(handler: SimpleHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Location", to)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def respond(body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200, declared: int | None = None) -> Route:
    def route(handler: SimpleHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body) if declared is None else declared))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def endless(chunk: bytes = b"<p>" + b"x" * 65533 + b"\n", limit: int = 50 * 1024 * 1024) -> Route:
    """An HTML page of ``limit`` bytes with no Content-Length: only the streamed cap can stop it."""

    def route(handler: SimpleHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        sent = 0
        while sent < limit:
            handler.wfile.write(chunk)
            sent += len(chunk)

    return route


def slow(seconds: float) -> Route:
    def route(handler: SimpleHTTPRequestHandler) -> None:
        time.sleep(seconds)
        respond(b"<html><body>late</body></html>")(handler)

    return route


def page(title: str, body: str = "", links: tuple[str, ...] = ()) -> str:
    anchors = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p><ul>{anchors}</ul></body></html>\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: equal snapshots mean nothing was changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def free_port() -> int:
    """A port nothing listens on (bound, then released): connecting to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sample_site(slug: str) -> Path:
    """A real workshop site's files as published (``tests/eval/sites/<slug>/site``; never its questions)."""
    site = Path(__file__).resolve().parents[1] / "eval" / "sites" / slug / "site"
    assert site.is_dir(), f"the sample site {slug} is missing from tests/eval/sites/"
    return site
