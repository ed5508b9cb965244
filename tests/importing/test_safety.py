"""The address check a chat-started import must keep: loopback, link-local and private refused."""

from __future__ import annotations

import pytest

from perfm_bot.importing.safety import is_private_address, private_host_problem


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.8.9.10", "localhost", "LOCALHOST.", "db.localhost", "::1", "[::1]", "10.0.0.5", "172.16.3.4",
     "192.168.1.1", "169.254.169.254", "fe80::1%eth0", "fc00::1", "0.0.0.0", "::ffff:127.0.0.1", "224.0.0.1"],
)
def test_private_hosts(host: str):
    assert is_private_address(host)


@pytest.mark.parametrize("host", ["8.8.8.8", "2606:4700:4700::1111", "example.org", "172.32.0.1", "mechinterpworkshop.com"])
def test_public_hosts(host: str):
    assert not is_private_address(host)


def test_a_name_is_judged_by_what_it_resolves_to():
    resolves = {"intranet.example.org": ["10.1.2.3"], "site.example.org": ["93.184.215.14"]}
    assert "resolves to 10.1.2.3" in (private_host_problem("intranet.example.org", lambda h: resolves[h]) or "")
    assert private_host_problem("site.example.org", lambda h: resolves[h]) is None


def test_a_redirect_to_a_private_address_is_refused_before_it_is_asked():
    """A public site whose page redirects into the bot's own network: each hop is checked."""
    import httpx

    from perfm_bot.importing.crawl import CrawlOptions, crawl
    from perfm_bot.importing.fetch import FetchOptions, Fetcher
    from perfm_bot.importing.records import BadSource

    asked: list[str] = []

    def site(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    options = FetchOptions(delay=0, allow_private=False)
    fetcher = Fetcher(options, client=httpx.Client(transport=httpx.MockTransport(site)), resolve=lambda host: ["93.184.215.14"])
    with pytest.raises(BadSource, match="169.254.169.254 is a loopback, link-local or private address"):
        crawl("https://ws.example.org/", CrawlOptions(fetch=options), fetcher=fetcher)
    assert asked == ["https://ws.example.org/robots.txt", "https://ws.example.org/"]


def test_the_importer_imports_neither_discord_nor_the_rest_of_the_bot():
    """One module one job: the importer is reachable from a future Discord command, never the reverse."""
    import ast
    from pathlib import Path

    import perfm_bot.importing as package

    allowed = ("perfm_bot.core", "perfm_bot.sources", "perfm_bot.importing")
    modules = sorted(Path(package.__file__).parent.glob("*.py"))
    assert len(modules) >= 5  # site_folder, crawl, fetch, discover, write, safety...
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert not name.startswith("discord"), f"{path.name} imports {name}"
                if name.startswith("perfm_bot"):
                    assert name.startswith(allowed), f"{path.name} imports {name}"
