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
