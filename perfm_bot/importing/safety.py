"""Which hosts an import may reach.

The operator running ``perfm-bot import`` may point it anywhere, their own machine included. An
import started from chat must not become a way to probe the bot's network (a router's admin page,
a cloud metadata address), so that path refuses loopback, link-local and private addresses, by
name and by what the name resolves to.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable

Resolver = Callable[[str], Iterable[str]]

_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


def is_private_address(host: str) -> bool:
    """Whether ``host`` (an IP literal or a name, no DNS lookup) is loopback, link-local, private,
    unspecified, reserved or multicast, or a name that always means this machine."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
        or address.is_reserved
        or address.is_multicast
    )


def resolve_host(host: str) -> list[str]:
    """The addresses ``host`` resolves to (the network effect, passed in so tests need no DNS)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return []  # an unknown name: the request itself then fails with a clear message
    return sorted({str(info[4][0]) for info in infos})


def private_host_problem(host: str, resolve: Resolver = resolve_host) -> str | None:
    """Why ``host`` must not be reached when private addresses are refused, or None."""
    if is_private_address(host):
        return f"{host} is a loopback, link-local or private address, which this import refuses"
    for address in resolve(host):
        if is_private_address(address):
            return f"{host} resolves to {address}, a loopback, link-local or private address, which this import refuses"
    return None
