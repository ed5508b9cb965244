"""Plain-dict builders for Discord API v10 payloads, shared by the test doubles.

Everything here produces the JSON shapes Discord sends (snowflakes as strings,
ISO-8601 timestamps, ...), so the dicts can be fed to a real discord.py
``ConnectionState`` (in-process tests, see ``interaction_helpers``) or be sent
over a fake gateway (see ``fake_discord``).  Nothing in this module imports
discord.py; it only knows the wire format.

The central piece is :class:`GuildModel`, a tiny mutable "world" (roles,
channels, members) from which GUILD_CREATE payloads, member payloads with
computed permissions and interaction payloads are derived.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
import threading
import time
from enum import IntEnum
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

JSON = Dict[str, Any]

DISCORD_EPOCH_MS = 1420070400000

# Regexes Discord itself uses to fill ``mentions`` / ``mention_roles`` of a message.
# discord.py never parses the content: ``Message.mentions`` only comes from the payload.
USER_MENTION_RE = re.compile(r"<@!?(\d{15,21})>")
ROLE_MENTION_RE = re.compile(r"<@&(\d{15,21})>")


class ChannelType(IntEnum):
    GUILD_TEXT = 0
    DM = 1
    GUILD_VOICE = 2
    GUILD_CATEGORY = 4
    GUILD_ANNOUNCEMENT = 5
    ANNOUNCEMENT_THREAD = 10
    PUBLIC_THREAD = 11
    PRIVATE_THREAD = 12


class OptionType(IntEnum):
    SUB_COMMAND = 1
    SUB_COMMAND_GROUP = 2
    STRING = 3
    INTEGER = 4
    BOOLEAN = 5
    USER = 6
    CHANNEL = 7
    ROLE = 8
    MENTIONABLE = 9
    NUMBER = 10
    ATTACHMENT = 11


class InteractionType(IntEnum):
    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    APPLICATION_COMMAND_AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class ComponentType(IntEnum):
    ACTION_ROW = 1
    BUTTON = 2
    STRING_SELECT = 3


class Perm:
    """The permission bits used by the defaults below (not exhaustive)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CHANGE_NICKNAME = 1 << 26
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    MANAGE_THREADS = 1 << 34
    CREATE_PUBLIC_THREADS = 1 << 35
    CREATE_PRIVATE_THREADS = 1 << 36
    SEND_MESSAGES_IN_THREADS = 1 << 38
    ALL = (1 << 53) - 1  # comfortably covers every bit Discord defines today

    EVERYONE_DEFAULT = (
        CREATE_INSTANT_INVITE
        | ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | USE_EXTERNAL_EMOJIS
        | CHANGE_NICKNAME
        | USE_APPLICATION_COMMANDS
        | CREATE_PUBLIC_THREADS
        | SEND_MESSAGES_IN_THREADS
    )


# --------------------------------------------------------------------------- ids & times


def snowflake_at(when: float, increment: int = 0) -> int:
    """A snowflake whose embedded timestamp is ``when`` (unix seconds)."""
    return ((int(when * 1000) - DISCORD_EPOCH_MS) << 22) | (increment & 0xFFF)


class SnowflakeFactory:
    """Thread-safe generator of increasing, realistic snowflakes (``created_at`` works)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counter = itertools.count()
        self._last = 0

    def __call__(self) -> int:
        with self._lock:
            value = snowflake_at(time.time(), next(self._counter))
            if value <= self._last:  # same millisecond + counter wrapped, or clock went back
                value = self._last + 1
            self._last = value
            return value


def iso(when: Optional[_dt.datetime] = None) -> str:
    return (when or _dt.datetime.now(_dt.timezone.utc)).isoformat()


# --------------------------------------------------------------------------- simple objects


def user_payload(
    user_id: int, username: str, *, bot: bool = False, global_name: Optional[str] = None, avatar: Optional[str] = None
) -> JSON:
    return {
        "id": str(user_id),
        "username": username,
        "discriminator": "0",  # post-pomelo usernames
        "global_name": global_name,
        "avatar": avatar,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


def role_payload(
    role_id: int,
    name: str,
    *,
    permissions: int = 0,
    position: int = 0,
    color: int = 0,
    hoist: bool = False,
    mentionable: bool = False,
    managed: bool = False,
    tags: Optional[JSON] = None,
) -> JSON:
    data: JSON = {
        "id": str(role_id),
        "name": name,
        "color": color,
        "colors": {"primary_color": color, "secondary_color": None, "tertiary_color": None},
        "hoist": hoist,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": managed,
        "mentionable": mentionable,
        "flags": 0,
    }
    if tags is not None:
        data["tags"] = tags
    return data


def member_payload(
    user: JSON,
    *,
    roles: Iterable[int] = (),
    nick: Optional[str] = None,
    joined_at: Optional[str] = None,
    permissions: Optional[int] = None,
) -> JSON:
    """A guild member. ``permissions`` is only present in interaction payloads."""
    data: JSON = {
        "user": user,
        "nick": nick,
        "avatar": None,
        "banner": None,
        "roles": [str(r) for r in roles],
        "joined_at": joined_at or iso(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,  # required by discord.py's Member.__init__
        "pending": False,
        "communication_disabled_until": None,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def text_channel_payload(
    channel_id: int,
    guild_id: int,
    name: str,
    *,
    position: int = 0,
    announcement: bool = False,
    topic: Optional[str] = None,
    parent_id: Optional[int] = None,
    nsfw: bool = False,
    permission_overwrites: Sequence[JSON] = (),
) -> JSON:
    return {
        "id": str(channel_id),
        "type": int(ChannelType.GUILD_ANNOUNCEMENT if announcement else ChannelType.GUILD_TEXT),
        "guild_id": str(guild_id),
        "name": name,
        "position": position,
        "permission_overwrites": list(permission_overwrites),
        "topic": topic,
        "nsfw": nsfw,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "parent_id": str(parent_id) if parent_id else None,
        "default_auto_archive_duration": 1440,
        "flags": 0,
    }


def dm_channel_payload(channel_id: int, recipient: JSON) -> JSON:
    return {"id": str(channel_id), "type": int(ChannelType.DM), "last_message_id": None, "recipients": [recipient], "flags": 0}


def thread_payload(
    thread_id: int,
    guild_id: int,
    parent_id: int,
    owner_id: int,
    name: str,
    *,
    type: int = ChannelType.PUBLIC_THREAD,
    auto_archive_duration: int = 1440,
    rate_limit_per_user: int = 0,
) -> JSON:
    return {
        "id": str(thread_id),
        "type": int(type),
        "guild_id": str(guild_id),
        "parent_id": str(parent_id),
        "owner_id": str(owner_id),
        "name": name,
        "last_message_id": None,
        "rate_limit_per_user": rate_limit_per_user or 0,
        "message_count": 0,
        "member_count": 1,
        "total_message_sent": 0,
        "flags": 0,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": auto_archive_duration,
            "archive_timestamp": iso(),
            "locked": False,
            "create_timestamp": iso(),
        },
        "member": {"id": str(thread_id), "user_id": str(owner_id), "join_timestamp": iso(), "flags": 0},
    }


def message_payload(
    message_id: int,
    channel_id: int,
    author: JSON,
    *,
    content: str = "",
    guild_id: Optional[int] = None,
    member: Optional[JSON] = None,
    mentions: Sequence[JSON] = (),
    mention_roles: Sequence[int] = (),
    mention_everyone: bool = False,
    embeds: Sequence[JSON] = (),
    components: Sequence[JSON] = (),
    attachments: Sequence[JSON] = (),
    nonce: Optional[Union[int, str]] = None,
    flags: int = 0,
    tts: bool = False,
    type: int = 0,
    message_reference: Optional[JSON] = None,
    referenced_message: Optional[JSON] = None,
    webhook_id: Optional[int] = None,
    application_id: Optional[int] = None,
    interaction_metadata: Optional[JSON] = None,
    edited_timestamp: Optional[str] = None,
) -> JSON:
    data: JSON = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author,
        "content": content,
        "timestamp": iso(),
        "edited_timestamp": edited_timestamp,
        "tts": tts,
        "mention_everyone": mention_everyone,
        "mentions": list(mentions),
        "mention_roles": [str(r) for r in mention_roles],
        "attachments": list(attachments),
        "embeds": list(embeds),
        "components": list(components),
        "pinned": False,
        "type": type,
        "flags": flags,
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if member is not None:
        # The member object inside MESSAGE_CREATE has no "user" key (it is the author).
        data["member"] = {k: v for k, v in member.items() if k not in ("user", "permissions")}
    if nonce is not None:
        data["nonce"] = nonce
    if message_reference is not None:
        data["message_reference"] = message_reference
    if referenced_message is not None:
        data["referenced_message"] = referenced_message
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
    if application_id is not None:
        data["application_id"] = str(application_id)
    if interaction_metadata is not None:
        data["interaction_metadata"] = interaction_metadata
    return data


def application_payload(application_id: int, name: str, owner: JSON, *, flags: int = 0) -> JSON:
    """GET /oauth2/applications/@me (``Client.application_info``) response."""
    return {
        "id": str(application_id),
        "name": name,
        "icon": None,
        "description": "",
        "summary": "",
        "type": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": owner,
        "team": None,
        "flags": flags,
        "rpc_origins": [],
        "redirect_uris": [],
        # Must stay None: discord.py warns that events won't arrive over the gateway otherwise.
        "interactions_endpoint_url": None,
        "tags": [],
        "approximate_guild_count": 1,
    }


# --------------------------------------------------------------------------- guild world model


class GuildModel:
    """A mutable guild (roles, channels, members) that renders Discord payloads.

    The @everyone role has the guild's id, as on Discord.  Members are stored as
    full member payloads (with ``user``); ``roles`` may be given by id or name.
    """

    def __init__(
        self,
        name: str = "Test Guild",
        *,
        guild_id: Optional[int] = None,
        ids: Optional[SnowflakeFactory] = None,
        everyone_permissions: int = Perm.EVERYONE_DEFAULT,
    ) -> None:
        self.ids = ids or SnowflakeFactory()
        self.id: int = guild_id or self.ids()
        self.name = name
        self.owner_id: Optional[int] = None
        self.roles: Dict[int, JSON] = {}
        self.channels: Dict[int, JSON] = {}
        self.members: Dict[int, JSON] = {}
        self.threads: Dict[int, JSON] = {}
        self.roles[self.id] = role_payload(self.id, "@everyone", permissions=everyone_permissions, position=0)

    # -- construction
    def add_role(self, name: str, *, permissions: int = 0, role_id: Optional[int] = None, **kwargs: Any) -> JSON:
        role_id = role_id or self.ids()
        kwargs.setdefault("position", len(self.roles))
        role = role_payload(role_id, name, permissions=permissions, **kwargs)
        self.roles[role_id] = role
        return role

    def add_text_channel(
        self, name: str, *, announcement: bool = False, channel_id: Optional[int] = None, **kwargs: Any
    ) -> JSON:
        channel_id = channel_id or self.ids()
        kwargs.setdefault("position", len(self.channels))
        channel = text_channel_payload(channel_id, self.id, name, announcement=announcement, **kwargs)
        self.channels[channel_id] = channel
        return channel

    def add_member(
        self,
        username: str,
        *,
        roles: Iterable[Union[int, str]] = (),
        bot: bool = False,
        user_id: Optional[int] = None,
        nick: Optional[str] = None,
        owner: bool = False,
        user: Optional[JSON] = None,
    ) -> JSON:
        if user is None:
            user = user_payload(user_id or self.ids(), username, bot=bot)
        member = member_payload(user, roles=[self._role_ref(r) for r in roles], nick=nick)
        self.members[int(user["id"])] = member
        if owner:
            self.owner_id = int(user["id"])
        return member

    def _role_ref(self, ref: Union[int, str]) -> int:
        return ref if isinstance(ref, int) else self.role_id(ref)

    # -- lookups
    def role(self, name: str) -> JSON:
        for role in self.roles.values():
            if role["name"] == name:
                return role
        raise KeyError(f"no role named {name!r}")

    def role_id(self, name: str) -> int:
        return int(self.role(name)["id"])

    def channel(self, name: str) -> JSON:
        for channel in itertools.chain(self.channels.values(), self.threads.values()):
            if channel["name"] == name:
                return channel
        raise KeyError(f"no channel named {name!r}")

    def channel_id(self, name: str) -> int:
        return int(self.channel(name)["id"])

    def member(self, username: str) -> JSON:
        for member in self.members.values():
            if member["user"]["username"] == username:
                return member
        raise KeyError(f"no member named {username!r}")

    def member_id(self, username: str) -> int:
        return int(self.member(username)["user"]["id"])

    def set_member_roles(self, user_id: int, roles: Iterable[Union[int, str]]) -> None:
        self.members[user_id]["roles"] = [str(self._role_ref(r)) for r in roles]

    # -- derived data
    def permissions_for(self, user_id: int) -> int:
        """Guild-level permissions (channel overwrites are ignored)."""
        if user_id == self.owner_id:
            return Perm.ALL
        perms = int(self.roles[self.id]["permissions"])
        for role_id in self.members[user_id]["roles"]:
            role = self.roles.get(int(role_id))
            if role is not None:
                perms |= int(role["permissions"])
        return Perm.ALL if perms & Perm.ADMINISTRATOR else perms

    def member_with_permissions(self, user_id: int) -> JSON:
        return {**self.members[user_id], "permissions": str(self.permissions_for(user_id))}

    def to_payload(self, *, member_ids: Optional[Iterable[int]] = None) -> JSON:
        """A GUILD_CREATE payload. ``member_ids`` limits the ``members`` list (``member_count`` stays total)."""
        wanted = set(self.members) if member_ids is None else set(member_ids)
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "owner_id": str(self.owner_id) if self.owner_id else None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "features": [],
            "mfa_level": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "preferred_locale": "en-US",
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "large": len(self.members) >= 250,
            "unavailable": False,
            "joined_at": iso(),
            "member_count": len(self.members),
            "roles": list(self.roles.values()),
            "emojis": [],
            "stickers": [],
            "channels": list(self.channels.values()),
            "threads": list(self.threads.values()),
            "members": [m for uid, m in self.members.items() if uid in wanted],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def partial_channel(self, channel_id: int) -> JSON:
        """The ``channel`` object Discord embeds in interactions and resolved data."""
        channel = self.channels.get(channel_id) or self.threads[channel_id]
        return {**channel, "permissions": str(Perm.ALL)}

    # -- resolved data for user/channel/role options
    def resolved_for(self, options: Sequence[JSON]) -> JSON:
        resolved: Dict[str, Dict[str, Any]] = {}
        for opt in _flatten_options(options):
            otype, value = opt.get("type"), opt.get("value")
            if value is None or otype not in _SNOWFLAKE_OPTION_TYPES:
                continue
            key = int(value)
            if otype in (OptionType.USER, OptionType.MENTIONABLE) and key in self.members:
                member = self.member_with_permissions(key)
                resolved.setdefault("users", {})[str(key)] = member["user"]
                resolved.setdefault("members", {})[str(key)] = {k: v for k, v in member.items() if k != "user"}
            elif otype in (OptionType.ROLE, OptionType.MENTIONABLE) and key in self.roles:
                resolved.setdefault("roles", {})[str(key)] = self.roles[key]
            elif otype == OptionType.CHANNEL and (key in self.channels or key in self.threads):
                resolved.setdefault("channels", {})[str(key)] = self.partial_channel(key)
        return resolved


def default_guild(
    bot_user: JSON, *, ids: Optional[SnowflakeFactory] = None, guild_id: Optional[int] = None
) -> GuildModel:
    """The standard test guild.

    * roles: ``@everyone``, ``Organizer`` (manage messages/threads), ``Bot`` (managed)
    * channels: ``general``, ``announcements`` (announcement/news), ``organizers``
    * members: ``organizer`` (guild owner, Organizer role), ``alice`` (no role), the bot
    """
    guild = GuildModel("PerFM Test Guild", ids=ids, guild_id=guild_id)
    guild.add_role("Organizer", permissions=Perm.MANAGE_MESSAGES | Perm.MANAGE_THREADS | Perm.MENTION_EVERYONE)
    bot_role = guild.add_role(
        "Bot", permissions=Perm.EVERYONE_DEFAULT | Perm.MANAGE_MESSAGES, managed=True, tags={"bot_id": bot_user["id"]}
    )
    guild.add_text_channel("general", topic="General chat")
    guild.add_text_channel("announcements", announcement=True)
    guild.add_text_channel("organizers")
    guild.add_member("organizer", roles=["Organizer"], owner=True)
    guild.add_member("alice")
    guild.add_member(bot_user["username"], user=bot_user, roles=[int(bot_role["id"])])
    return guild


# --------------------------------------------------------------------------- application command options


_SNOWFLAKE_OPTION_TYPES = frozenset(
    {OptionType.USER, OptionType.CHANNEL, OptionType.ROLE, OptionType.MENTIONABLE, OptionType.ATTACHMENT}
)


def infer_option_type(value: Any) -> OptionType:
    if isinstance(value, bool):  # before int: bool is an int subclass
        return OptionType.BOOLEAN
    if isinstance(value, int):
        return OptionType.INTEGER
    if isinstance(value, float):
        return OptionType.NUMBER
    return OptionType.STRING


def _flatten_options(options: Sequence[JSON]) -> Iterable[JSON]:
    for opt in options:
        if opt.get("type") in (OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP):
            yield from _flatten_options(opt.get("options", []))
        else:
            yield opt


class InvalidOptionError(ValueError):
    """The options could never come from Discord (unknown/missing option, out of range...)."""


def validate_option(schema: JSON, value: Any) -> None:
    """Apply the constraints Discord's client enforces before sending an interaction.

    discord.py does *not* re-check them: e.g. ``app_commands.Range[str, 1, 500]`` only
    becomes ``min_length``/``max_length`` in the synced schema, and a 501-character
    value built by hand would reach the callback unchanged.
    """
    name, otype = schema["name"], schema["type"]
    if otype == OptionType.STRING:
        if not isinstance(value, str):
            raise InvalidOptionError(f"option {name!r} expects a string, got {value!r}")
        if "min_length" in schema and len(value) < schema["min_length"]:
            raise InvalidOptionError(f"option {name!r} is shorter than {schema['min_length']}")
        if "max_length" in schema and len(value) > schema["max_length"]:
            raise InvalidOptionError(f"option {name!r} is longer than {schema['max_length']}")
    if otype in (OptionType.INTEGER, OptionType.NUMBER):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidOptionError(f"option {name!r} expects a number, got {value!r}")
        if otype == OptionType.INTEGER and not isinstance(value, int):
            raise InvalidOptionError(f"option {name!r} expects an integer, got {value!r}")
        if schema.get("min_value") is not None and value < schema["min_value"]:
            raise InvalidOptionError(f"option {name!r} is below {schema['min_value']}")
        if schema.get("max_value") is not None and value > schema["max_value"]:
            raise InvalidOptionError(f"option {name!r} is above {schema['max_value']}")
    choices = schema.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        raise InvalidOptionError(f"option {name!r} must be one of {[c['value'] for c in choices]}")


def build_options(
    values: Mapping[str, Any], schema: Optional[Sequence[JSON]] = None, *, validate: bool = True
) -> List[JSON]:
    """Interaction ``options`` for leaf values.

    With a ``schema`` (the option list as synced to Discord) the option types are
    taken from it, and -- unless ``validate=False`` -- unknown or missing required
    options and constraint violations raise :class:`InvalidOptionError`, since
    Discord would never send them.  Values that are already option dicts are passed
    through (with ``name`` filled in).  Snowflake-typed options (user, channel,
    role) are sent as strings, like Discord does.
    """
    by_name = {o["name"]: o for o in schema} if schema is not None else None
    if by_name is not None and validate:
        unknown = set(values) - set(by_name)
        if unknown:
            raise InvalidOptionError(f"unknown option(s) {sorted(unknown)}; the command has {sorted(by_name)}")
        missing = [n for n, o in by_name.items() if o.get("required") and n not in values]
        if missing:
            raise InvalidOptionError(f"missing required option(s) {missing}")
    options: List[JSON] = []
    for name, value in values.items():
        if isinstance(value, Mapping):
            options.append({"name": name, **value})
            continue
        if by_name is not None and name in by_name:
            otype = OptionType(by_name[name]["type"])
            if validate:
                validate_option(by_name[name], value)
        else:
            otype = infer_option_type(value)
        if otype in _SNOWFLAKE_OPTION_TYPES:
            value = str(value)
        options.append({"type": int(otype), "name": name, "value": value})
    return options


def build_command_data(
    command: str,
    values: Mapping[str, Any],
    *,
    command_id: int,
    root_schema: Optional[JSON] = None,
    guild_id: Optional[int] = None,
    validate: bool = True,
) -> JSON:
    """The ``data`` of an APPLICATION_COMMAND interaction.

    ``command`` is the qualified name: ``"ping"``, ``"event create"`` (subcommand)
    or ``"admin event create"`` (subcommand group).  ``guild_id`` must be set
    for guild-registered commands: discord.py's ``CommandTree`` uses
    ``data.guild_id`` to look the command up among guild commands.
    """
    root, *path = command.split()
    node: Optional[JSON] = root_schema
    kinds: List[OptionType] = []
    for depth, part in enumerate(path):
        if node is not None:
            match = next((o for o in node.get("options", []) if o["name"] == part), None)
            if match is None or match["type"] not in (OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP):
                raise InvalidOptionError(f"{part!r} is not a subcommand/group of {command!r}")
            node = match
            kinds.append(OptionType(match["type"]))
        else:
            last = depth == len(path) - 1
            kinds.append(OptionType.SUB_COMMAND if last else OptionType.SUB_COMMAND_GROUP)
    leaf_schema = node.get("options", []) if node is not None else None
    options = build_options(values, leaf_schema, validate=validate)
    for part, kind in zip(reversed(path), reversed(kinds)):
        options = [{"type": int(kind), "name": part, "options": options}]
    data: JSON = {"id": str(command_id), "name": root, "type": 1, "options": options}
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    return data


# --------------------------------------------------------------------------- interactions


def interaction_payload(
    *,
    interaction_id: int,
    application_id: int,
    type: int,
    token: str,
    user_id: int,
    channel: JSON,
    data: JSON,
    guild: Optional[GuildModel] = None,
    user: Optional[JSON] = None,
    message: Optional[JSON] = None,
    app_permissions: int = Perm.ALL,
    locale: str = "en-US",
) -> JSON:
    """An INTERACTION_CREATE payload.

    In a guild, ``member`` (with computed ``permissions``) is set and ``user`` is
    absent; in a DM it is the other way round.  ``attachment_size_limit`` is a
    required key in discord.py >= 2.6.
    """
    payload: JSON = {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": int(type),
        "token": token,
        "version": 1,
        "data": data,
        "channel": channel,
        "channel_id": channel["id"],
        "app_permissions": str(app_permissions),
        "locale": locale,
        "entitlements": [],
        "attachment_size_limit": 10 * 1024 * 1024,
    }
    if guild is not None:
        payload["guild_id"] = str(guild.id)
        payload["guild"] = {"id": str(guild.id), "locale": "en-US", "features": []}
        payload["guild_locale"] = "en-US"
        payload["member"] = guild.member_with_permissions(user_id)
        payload["authorizing_integration_owners"] = {"0": str(guild.id)}
        payload["context"] = 0  # GUILD
    else:
        if user is None:
            raise ValueError("a DM interaction needs the user payload")
        payload["user"] = user
        payload["authorizing_integration_owners"] = {"0": "0"}
        payload["context"] = 1  # BOT_DM
    if message is not None:
        payload["message"] = message
    return payload


def component_data(custom_id: str, *, component_type: int = ComponentType.BUTTON, values: Sequence[str] = ()) -> JSON:
    data: JSON = {"custom_id": custom_id, "component_type": int(component_type)}
    if component_type != ComponentType.BUTTON:
        data["values"] = list(values)
    return data


def iter_components(components: Sequence[JSON]) -> Iterable[JSON]:
    """Depth-first walk over message components (action rows, containers, sections...)."""
    for comp in components:
        yield comp
        for key in ("components", "accessory"):
            child = comp.get(key)
            if isinstance(child, list):
                yield from iter_components(child)
            elif isinstance(child, dict):
                yield from iter_components([child])


def find_component(components: Sequence[JSON], *, label: Optional[str] = None, custom_id: Optional[str] = None) -> JSON:
    """Find a button/select in a message's ``components`` by label or custom_id."""
    for comp in iter_components(components):
        if comp.get("type") == ComponentType.ACTION_ROW:
            continue
        if label is not None and comp.get("label") != label:
            continue
        if custom_id is not None and comp.get("custom_id") != custom_id:
            continue
        if "custom_id" in comp:
            return comp
    raise LookupError(f"no component with label={label!r} custom_id={custom_id!r} in {components!r}")


Predicate = Callable[[Any], bool]
PathLike = Union[str, "re.Pattern[str]"]


def compile_path(pattern: PathLike) -> "re.Pattern[str]":
    """``/channels/{channel_id}/messages`` -> regex; ``{...}`` matches one path segment.

    A ``re.Pattern`` is returned unchanged.  Plain strings without braces match exactly.
    """
    if isinstance(pattern, re.Pattern):
        return pattern
    regex = ""
    for part in re.split(r"(\{[^}]*\})", pattern):
        if part.startswith("{"):
            name = part[1:-1]
            regex += f"(?P<{name}>[^/]+)" if name.isidentifier() else "[^/]+"
        else:
            regex += re.escape(part)
    return re.compile(f"^{regex}$")


__all__: Tuple[str, ...] = (
    "ChannelType",
    "ComponentType",
    "GuildModel",
    "InteractionType",
    "InvalidOptionError",
    "OptionType",
    "Perm",
    "SnowflakeFactory",
    "application_payload",
    "build_command_data",
    "build_options",
    "compile_path",
    "component_data",
    "default_guild",
    "dm_channel_payload",
    "find_component",
    "infer_option_type",
    "interaction_payload",
    "iter_components",
    "member_payload",
    "message_payload",
    "role_payload",
    "snowflake_at",
    "text_channel_payload",
    "thread_payload",
    "user_payload",
    "validate_option",
)
