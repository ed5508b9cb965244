"""PERFM_DISCORD_API: point discord.py at a local Discord API double (a testing aid).

discord.py has no public setting for its endpoints, but both are class attributes read at use:
``Route.BASE`` for every REST call (interaction callbacks and webhooks included) and
``DiscordWebSocket.DEFAULT_GATEWAY`` for the gateway (a non-sharded client never asks
``GET /gateway/bot``; resumes use the URL READY gives). Set them before ``login``.
"""

from __future__ import annotations

import logging

import discord
import yarl

log = logging.getLogger(__name__)


def redirect(api_url: str) -> None:
    """REST to ``{api_url}/api/v10``, the gateway to ``ws(s)://…/gateway``."""
    base = api_url.rstrip("/")
    discord.http.Route.BASE = f"{base}/api/v10"
    scheme, _, rest = base.partition("://")
    ws = "wss" if scheme == "https" else "ws"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"{ws}://{rest}/gateway")
    log.warning("PERFM_DISCORD_API is set: talking to %s instead of Discord (testing only)", base)
