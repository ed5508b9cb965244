"""Fetching one URL politely and safely: a delay between requests, timeouts, a size cap read
while the body streams in (a 50 MB page is never held whole), redirects followed by hand so each
hop is checked against the site's prefix and a loop is named, and only the content types asked for.

Every failure is a ``FetchProblem`` value with a sentence for the operator, and a kind that says
what it means for an earlier copy: ``missing`` (404/410: the page is gone), ``transient`` (a
timeout, a 5xx, nothing listening: keep the old copy) or ``refused`` (not a page we take).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from perfm_bot.importing.safety import Resolver, private_host_problem, resolve_host

USER_AGENT = "perfm-bot-importer/0.1 (a workshop Q&A bot reading its own workshop's site)"
MAX_REDIRECTS = 10
HTML_TYPES = ("text/html", "application/xhtml+xml")
MARKDOWN_TYPES = ("text/markdown", "text/x-markdown", "text/plain")


@dataclass(frozen=True)
class FetchOptions:
    delay: float = 0.5  # seconds between two requests to the site
    timeout: float = 15.0  # seconds to connect, and for the whole body to arrive
    max_bytes: int = 5 * 1024 * 1024
    # Refused unless allowed: the operator's CLI allows them (their own machine is a fair source);
    # anything a chat user can start must leave this False.
    allow_private: bool = False
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str  # lower case, without parameters
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class FetchProblem:
    url: str
    reason: str
    kind: str  # "missing", "transient" or "refused"


def media_type(header: str) -> tuple[str, str | None]:
    """``text/html; charset=UTF-8`` -> (``text/html``, ``utf-8``)."""
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip('"').lower()
    return kind.strip().lower(), charset


class Fetcher:
    """One site's HTTP access. ``client``, ``sleep``, ``monotonic`` and ``resolve`` are the
    effects, passed in so a test can run it against a local server without waiting."""

    def __init__(
        self,
        options: FetchOptions,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        resolve: Resolver = resolve_host,
    ) -> None:
        self.options = options
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(options.timeout),
            follow_redirects=False,
            headers={"User-Agent": options.user_agent},
        )
        self.sleep, self.monotonic, self.resolve = sleep, monotonic, resolve
        self.delay = options.delay
        self._last: float | None = None
        self._checked_hosts: dict[str, str | None] = {}

    def close(self) -> None:
        self.client.close()

    def get(
        self,
        url: str,
        accept: Iterable[str] | None = HTML_TYPES,
        in_scope: Callable[[str], bool] = lambda _: True,
        max_bytes: int | None = None,
    ) -> Fetched | FetchProblem:
        """GET ``url``, following redirects that stay ``in_scope``; ``accept=None`` takes any type."""
        chain = [url]
        current = url
        while True:
            result = self._once(current, max_bytes or self.options.max_bytes, accept)
            if not isinstance(result, str):
                return result
            target = urljoin(current, result).split("#", 1)[0]
            if target in chain:
                loop = " -> ".join([*chain[chain.index(target) :], target])
                return FetchProblem(url, f"redirect loop: {loop}", "refused")
            if len(chain) > MAX_REDIRECTS:
                return FetchProblem(url, f"more than {MAX_REDIRECTS} redirects (last: {target})", "refused")
            if not in_scope(target):
                return FetchProblem(url, f"redirects outside the site, to {target}", "refused")
            chain.append(target)
            current = target

    def _once(self, url: str, max_bytes: int, accept: Iterable[str] | None) -> Fetched | FetchProblem | str:
        """One request: the response, a problem, or the Location of a redirect (a str)."""
        host = urlsplit(url).hostname or ""
        if not self.options.allow_private:
            if host not in self._checked_hosts:
                self._checked_hosts[host] = private_host_problem(host, self.resolve)
            if self._checked_hosts[host]:
                return FetchProblem(url, self._checked_hosts[host] or "", "refused")
        self._wait()
        started = self.monotonic()
        try:
            with self.client.stream("GET", url) as response:
                if response.is_redirect and response.headers.get("location"):
                    return response.headers["location"]
                if response.status_code in (404, 410):
                    return FetchProblem(url, f"not found (HTTP {response.status_code})", "missing")
                if response.status_code >= 400:
                    kind = "transient" if response.status_code >= 500 or response.status_code == 429 else "refused"
                    return FetchProblem(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip(), kind)
                content_type, charset = media_type(response.headers.get("content-type", ""))
                if accept is not None and content_type not in accept:
                    return FetchProblem(url, f"not an HTML page (it is {content_type or 'of no stated type'})", "refused")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    return FetchProblem(url, f"too large ({_size(int(declared))}; the cap is {_size(max_bytes)})", "refused")
                body = bytearray()
                for chunk in response.iter_raw() if _is_identity(response) else response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        return FetchProblem(url, f"too large (over the cap of {_size(max_bytes)})", "refused")
                    if self.monotonic() - started > self.options.timeout:
                        return FetchProblem(url, f"timed out after {self.options.timeout:g} s", "transient")
                return Fetched(str(response.url), response.status_code, content_type, charset, bytes(body))
        except httpx.TimeoutException:
            return FetchProblem(url, f"timed out after {self.options.timeout:g} s", "transient")
        except httpx.ConnectError as exc:
            return FetchProblem(url, f"cannot connect to {_origin(url)} ({_connect_reason(exc)})", "transient")
        except httpx.HTTPError as exc:  # a broken response, a dropped connection, a bad URL
            return FetchProblem(url, f"the request failed ({type(exc).__name__}: {exc})", "transient")
        finally:
            self._last = self.monotonic()

    def _wait(self) -> None:
        if self._last is not None and self.delay > 0:
            remaining = self.delay - (self.monotonic() - self._last)
            if remaining > 0:
                self.sleep(remaining)


def _is_identity(response: httpx.Response) -> bool:
    """No Content-Encoding: read raw, so the cap counts exactly the bytes kept."""
    return response.headers.get("content-encoding", "identity").lower() in ("", "identity")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _connect_reason(exc: Exception) -> str:
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused: is the site running, and is the address right?"
    if "name or service not known" in text.lower() or "nodename nor servname" in text.lower() or "getaddrinfo" in text.lower():
        return "no such host"
    return text or type(exc).__name__


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
