"""The Discord commands of ``perfm-bot``: run, sync-commands, invite-url.

Settings come from ``.env`` and the environment (the environment wins); a missing token stops
``run`` before anything heavy is imported, with a message that says what to set. The model is
loaded only when the bot really starts.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
from pathlib import Path

from perfm_bot.cli.options import add_clock_options, clock_from_args
from perfm_bot.core.settings import ENV_FILE, BotSettings, Settings, application_id_from_token, read_env

log = logging.getLogger("perfm_bot")


def add_commands(command) -> None:  # noqa: ANN001 - main.build_parser's local helper
    """Register the Discord commands with the CLI (``command(name, run, help)`` from main.build_parser)."""

    def env_file(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--env-file", type=Path, default=ENV_FILE, metavar="PATH", help="settings file (default ./.env)")

    run = command("run", cmd_run, "start the Discord bot (settings from .env, see .env.example)")
    env_file(run)
    add_clock_options(run)  # --simulate-from/--speed: rehearse a season on a simulated clock
    sync = command("sync-commands", cmd_sync_commands, "register the slash commands globally (all servers and DMs), then exit")
    env_file(sync)
    sync.add_argument("--clear", action="store_true", help="remove the global commands instead")
    invite = command("invite-url", cmd_invite_url, "print the link that adds the bot to a server")
    env_file(invite)
    invite.add_argument("--client-id", type=int, help="application id (default: PERFM_APPLICATION_ID, or read from the token)")


def _settings(args: argparse.Namespace, env: dict[str, str]) -> Settings:
    return Settings.resolve(getattr(args, "knowledge", None), getattr(args, "state", None), env)


def _logging(env: dict[str, str]) -> None:
    from perfm_bot.bot.client import setup_logging

    setup_logging(getattr(logging, (env.get("PERFM_LOG_LEVEL") or "INFO").upper(), logging.INFO))


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:

    env = read_env(args.env_file)
    bot_settings = BotSettings.from_env(env)  # no token: ConfigError, exit 1, before any heavy import
    clock = clock_from_args(args)  # a malformed --simulate-from: InputError, exit 2
    settings = _settings(args, env)
    _logging(env)
    from perfm_bot.bot.client import PerfmBot, serve
    from perfm_bot.bot.discord_api import redirect
    from perfm_bot.bot.services import BotServices
    from perfm_bot.core.clock import utc_now

    if bot_settings.discord_api:
        redirect(bot_settings.discord_api)
    if clock is not utc_now:
        log.warning("rehearsal: the bot runs on a simulated clock, now %s", clock().isoformat(timespec="minutes"))
    from perfm_bot.posting.outbox import Outbox

    Outbox(settings.outbox).close()  # a damaged or unwritable record is named now, not after connecting
    log.info("loading the model and the knowledge from %s", settings.knowledge_dir)
    services = BotServices.open(settings, clock)
    try:
        asyncio.run(serve(PerfmBot(bot_settings, services), bot_settings.token, connect_timeout(env)))
    finally:
        services.close()
    log.info("stopped")
    return 0


def cmd_sync_commands(args: argparse.Namespace, settings: Settings) -> int:
    env = read_env(args.env_file)
    bot_settings = BotSettings.from_env(env)
    _logging(env)
    synced = asyncio.run(_sync_global(bot_settings, clear=args.clear, timeout=connect_timeout(env)))
    if args.clear:
        print("Removed the global slash commands.")
    else:
        print(f"Registered {synced} slash commands globally (every server the bot is in, and DMs).")
        if bot_settings.guild_id:
            print(
                "Note: PERFM_GUILD_ID is set, so `perfm-bot run` also registers them in that server; members there "
                "would see each command twice. Use one or the other (`sync-commands --clear` undoes this)."
            )
    return 0


def connect_timeout(env: dict[str, str]) -> float:
    """PERFM_CONNECT_TIMEOUT seconds for login (default 30): how long a silent server is waited for."""
    from perfm_bot.bot.client import CONNECT_TIMEOUT

    text = (env.get("PERFM_CONNECT_TIMEOUT") or "").strip()
    try:
        return float(text) if text else CONNECT_TIMEOUT
    except ValueError:
        from perfm_bot.core.errors import InputError

        raise InputError(f"PERFM_CONNECT_TIMEOUT must be a number of seconds, got '{text}'") from None


async def _sync_global(bot_settings: BotSettings, clear: bool, timeout: float | None = None) -> int:
    from dataclasses import replace

    import aiohttp

    from perfm_bot.bot.client import CONNECT_TIMEOUT, login, unreachable
    from perfm_bot.bot.client import PerfmBot
    from perfm_bot.bot.discord_api import redirect

    if bot_settings.discord_api:
        redirect(bot_settings.discord_api)
    # The commands' definitions only: no model, no knowledge; login runs setup_hook, which must not sync a guild.
    bot = PerfmBot(replace(bot_settings, guild_id=None), services=None)  # type: ignore[arg-type]
    timeout = timeout or CONNECT_TIMEOUT
    async with bot:
        await login(bot, bot_settings.token, timeout)
        if clear:
            bot.tree.clear_commands(guild=None)
        try:
            synced = await asyncio.wait_for(bot.tree.sync(), timeout)
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as exc:
            raise unreachable(exc, timeout) from None
    return len(synced)


def cmd_invite_url(args: argparse.Namespace, settings: Settings) -> int:
    env = read_env(args.env_file, os.environ)
    if args.client_id:
        client_id = args.client_id
    elif (env.get("PERFM_APPLICATION_ID") or "").strip().isdigit():
        client_id = int(env["PERFM_APPLICATION_ID"].strip())
    else:
        client_id = application_id_from_token(env.get("DISCORD_TOKEN") or "")
    from perfm_bot.bot.invite import invite_url

    print(invite_url(client_id))
    return 0
