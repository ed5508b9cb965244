"""Discord API v10 payloads for the test doubles, built from discord.py's own types.

Everything here produces the JSON shapes Discord sends (snowflakes as strings,
ISO-8601 timestamps, ...), so the dicts can be fed to a real discord.py
``ConnectionState`` (in-process tests, see ``interaction_helpers``) or be sent
over a fake gateway (see ``fake_discord``).

Each builder is annotated with the TypedDict discord.py declares for that payload
(``discord.types.user.User``, ``discord.types.message.Message``, ...) and returns a
dict literal, so a type checker flags a key the library does not know, a missing
required key or a value of the wrong kind (the mypy command is in README.md).  Enum
values (``discord.ChannelType``, ``discord.AppCommandOptionType``, ...) and
permission bits (``discord.Permissions``) come from the library too; payloads carry
their ``.value``.  The few keys Discord sends and discord.py reads without declaring
them (an interaction's ``member``/``user``/``message``) go through :func:`_undeclared`.

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
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union, cast

import discord

if TYPE_CHECKING:
    # discord.py's payload types: its own modules import them only for type checking, and
    # discord.types.{message,threads,channel} import each other, so they cannot be imported at
    # run time.  The builders below return dict literals checked against them.
    from discord.types.appinfo import AppInfo
    from discord.types.channel import DMChannel, NewsChannel, TextChannel
    from discord.types.components import ComponentBase
    from discord.types.embed import Embed
    from discord.types.guild import Guild
    from discord.types.interactions import (
        ApplicationCommandInteraction,
        ApplicationCommandInteractionData,
        ApplicationCommandInteractionDataOption,
        ChatInputApplicationCommandInteractionData,
        Interaction,
        MessageComponentInteraction,
        MessageComponentInteractionData,
        MessageInteractionMetadata,
        PartialChannel,
        ResolvedData,
    )
    from discord.types.member import Member, UserWithMember
    from discord.types.message import Attachment, Message, MessageReference, MessageType
    from discord.types.role import Role, RoleTags
    from discord.types.threads import Thread, ThreadArchiveDuration, ThreadType
    from discord.types.user import User

    GuildTextChannel = Union[TextChannel, NewsChannel]

JSON = Dict[str, Any]
_TD = TypeVar("_TD")

DISCORD_EPOCH_MS = 1420070400000

# Regexes Discord itself uses to fill ``mentions`` / ``mention_roles`` of a message.
# discord.py never parses the content: ``Message.mentions`` only comes from the payload.
USER_MENTION_RE = re.compile(r"<@!?(\d{15,21})>")
ROLE_MENTION_RE = re.compile(r"<@&(\d{15,21})>")

ALL_PERMISSIONS = discord.Permissions.all().value
EVERYONE_DEFAULT_PERMISSIONS = discord.Permissions(
    create_instant_invite=True,
    add_reactions=True,
    view_channel=True,
    send_messages=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    use_external_emojis=True,
    change_nickname=True,
    use_application_commands=True,
    create_public_threads=True,
    send_messages_in_threads=True,
).value


def _undeclared(payload: _TD, **keys: Any) -> _TD:
    """Add keys Discord sends and discord.py reads, but that its TypedDict does not declare.

    Used for an interaction's ``member`` (guild) or ``user`` (DM) and a component
    interaction's ``message``: ``discord.Interaction`` reads them, ``discord.types.interactions``
    leaves them out.
    """
    cast(JSON, payload).update(keys)
    return payload


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


def user_payload(user_id: int, username: str, *, bot: bool = False) -> User:
    return {
        "id": str(user_id),
        "username": username,
        "discriminator": "0",
        "global_name": None,
        "avatar": None,
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
    managed: bool = False,
    tags: Optional[RoleTags] = None,
) -> Role:
    role: Role = {
        "id": str(role_id),
        "name": name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": managed,
        "mentionable": False,
        "flags": 0,
    }
    if tags is not None:
        role["tags"] = tags
    return role


def member_payload(user: User, *, roles: Iterable[int] = ()) -> Member:
    """A guild member (``GuildModel.member_with_permissions`` adds interactions' ``permissions``)."""
    member: Member = {
        "user": user,
        "banner": None,
        "roles": [str(r) for r in roles],
        "joined_at": iso(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
    }
    return member


def text_channel_payload(
    channel_id: int,
    guild_id: int,
    name: str,
    *,
    position: int = 0,
    announcement: bool = False,
    topic: Optional[str] = None,
) -> GuildTextChannel:
    channel: TextChannel = {
        "id": str(channel_id),
        "type": discord.ChannelType.text.value,
        "guild_id": str(guild_id),
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "parent_id": None,
        "default_auto_archive_duration": 1440,
    }
    if topic is not None:
        channel["topic"] = topic
    if announcement:
        return {**channel, "type": discord.ChannelType.news.value}
    return channel


def dm_channel_payload(channel_id: int, recipient: User) -> DMChannel:
    # discord.py's DMChannel type requires ``name`` (it reads no name for a DM).
    return {
        "id": str(channel_id),
        "name": "",
        "type": discord.ChannelType.private.value,
        "last_message_id": None,
        "recipients": [recipient],
    }


def thread_payload(
    thread_id: int,
    guild_id: int,
    parent_id: int,
    owner_id: int,
    name: str,
    *,
    type: ThreadType = discord.ChannelType.public_thread.value,
    auto_archive_duration: ThreadArchiveDuration = 1440,
    rate_limit_per_user: int = 0,
) -> Thread:
    return {
        "id": str(thread_id),
        "type": type,
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
    author: User,
    *,
    content: str = "",
    guild_id: Optional[int] = None,
    member: Optional[Member] = None,
    mentions: Sequence[User] = (),
    mention_roles: Sequence[int] = (),
    mention_everyone: bool = False,
    embeds: Sequence[Embed] = (),
    components: Sequence[ComponentBase] = (),
    attachments: Sequence[Attachment] = (),
    nonce: Optional[Union[int, str]] = None,
    flags: int = 0,
    tts: bool = False,
    type: MessageType = 0,
    message_reference: Optional[MessageReference] = None,
    referenced_message: Optional[Message] = None,
    webhook_id: Optional[int] = None,
    application_id: Optional[int] = None,
    interaction_metadata: Optional[MessageInteractionMetadata] = None,
) -> Message:
    msg: Message = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author,
        "content": content,
        "timestamp": iso(),
        "edited_timestamp": None,
        "tts": tts,
        "mention_everyone": mention_everyone,
        "mentions": [cast("UserWithMember", u) for u in mentions],  # a User is one without "member"
        "mention_roles": [str(r) for r in mention_roles],
        "attachments": list(attachments),
        "embeds": list(embeds),
        "components": list(components),
        "pinned": False,
        "type": type,
        "flags": flags,
    }
    if guild_id is not None:
        msg["guild_id"] = str(guild_id)
    if member is not None:
        # The member object inside MESSAGE_CREATE has no "user" key (it is the author).
        msg["member"] = cast("Member", {k: v for k, v in member.items() if k not in ("user", "permissions")})
    if nonce is not None:
        msg["nonce"] = nonce
    if message_reference is not None:
        msg["message_reference"] = message_reference
    if referenced_message is not None:
        msg["referenced_message"] = referenced_message
    if webhook_id is not None:
        msg["webhook_id"] = str(webhook_id)
    if application_id is not None:
        msg["application_id"] = str(application_id)
    if interaction_metadata is not None:
        msg["interaction_metadata"] = interaction_metadata
    return msg


def application_payload(application_id: int, name: str, owner: User) -> AppInfo:
    """GET /oauth2/applications/@me (``Client.application_info``) response."""
    return {
        "id": str(application_id),
        "name": name,
        "icon": None,
        "description": "",
        "summary": "",
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": owner,
        "flags": 0,
        "rpc_origins": [],
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "tags": [],
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
    ) -> None:
        self.ids = ids or SnowflakeFactory()
        self.id: int = guild_id or self.ids()
        self.name = name
        self.owner_id: Optional[int] = None
        self.roles: Dict[int, Role] = {}
        self.channels: Dict[int, GuildTextChannel] = {}
        self.members: Dict[int, Member] = {}
        self.threads: Dict[int, Thread] = {}
        self.roles[self.id] = role_payload(self.id, "@everyone", permissions=EVERYONE_DEFAULT_PERMISSIONS, position=0)

    # -- construction
    def add_role(self, name: str, *, permissions: int = 0, **kwargs: Any) -> Role:
        role_id = self.ids()
        role = role_payload(role_id, name, permissions=permissions, position=len(self.roles), **kwargs)
        self.roles[role_id] = role
        return role

    def add_text_channel(self, name: str, *, announcement: bool = False, topic: Optional[str] = None) -> GuildTextChannel:
        channel_id = self.ids()
        channel = text_channel_payload(
            channel_id, self.id, name, position=len(self.channels), announcement=announcement, topic=topic
        )
        self.channels[channel_id] = channel
        return channel

    def add_member(
        self,
        username: str,
        *,
        roles: Iterable[Union[int, str]] = (),
        owner: bool = False,
        user: Optional[User] = None,
    ) -> Member:
        if user is None:
            user = user_payload(self.ids(), username)
        member = member_payload(user, roles=[self._role_ref(r) for r in roles])
        self.members[int(user["id"])] = member
        if owner:
            self.owner_id = int(user["id"])
        return member

    def _role_ref(self, ref: Union[int, str]) -> int:
        return ref if isinstance(ref, int) else self.role_id(ref)

    # -- lookups
    def role_id(self, name: str) -> int:
        for role in self.roles.values():
            if role["name"] == name:
                return int(role["id"])
        raise KeyError(f"no role named {name!r}")

    def channel_id(self, name: str) -> int:
        channels: Iterable[Union[GuildTextChannel, Thread]] = itertools.chain(self.channels.values(), self.threads.values())
        for channel in channels:
            if channel["name"] == name:
                return int(channel["id"])
        raise KeyError(f"no channel named {name!r}")

    def member_id(self, username: str) -> int:
        for uid, member in self.members.items():
            if member["user"]["username"] == username:
                return uid
        raise KeyError(f"no member named {username!r}")

    def set_member_roles(self, user_id: int, roles: Iterable[Union[int, str]]) -> None:
        self.members[user_id]["roles"] = [str(self._role_ref(r)) for r in roles]

    # -- derived data
    def permissions_for(self, user_id: int) -> int:
        """Guild-level permissions (channel overwrites are ignored)."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        perms = int(self.roles[self.id]["permissions"])
        for role_id in self.members[user_id]["roles"]:
            role = self.roles.get(int(role_id))
            if role is not None:
                perms |= int(role["permissions"])
        return ALL_PERMISSIONS if discord.Permissions(perms).administrator else perms

    def member_with_permissions(self, user_id: int) -> Member:
        return {**self.members[user_id], "permissions": str(self.permissions_for(user_id))}

    def to_payload(self, *, member_ids: Optional[Iterable[int]] = None) -> Guild:
        """A GUILD_CREATE payload. ``member_ids`` limits the ``members`` list (``member_count`` stays total)."""
        wanted = set(self.members) if member_ids is None else set(member_ids)
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "region": "",
            "vanity_url_code": None,
            "application_id": None,
            "incidents_data": None,
            "owner_id": str(self.owner_id) if self.owner_id else "0",
            "afk_channel_id": None,
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

    def partial_channel(self, channel_id: int) -> PartialChannel:
        """The ``channel`` object Discord embeds in interactions (a text channel; no test uses threads)."""
        channel = self.channels[channel_id]
        partial: PartialChannel = {
            "id": channel["id"],
            "name": channel["name"],
            "type": channel["type"],
            "permissions": str(ALL_PERMISSIONS),
            "position": channel["position"],
            "nsfw": channel["nsfw"],
            "flags": 0,
            "rate_limit_per_user": channel.get("rate_limit_per_user", 0),
            "parent_id": channel["parent_id"],
            "last_message_id": channel.get("last_message_id"),
        }
        if "topic" in channel:
            partial["topic"] = channel["topic"]
        return partial

    # -- resolved data for user/role options
    def resolved_for(self, options: Sequence[ApplicationCommandInteractionDataOption]) -> ResolvedData:
        resolved: ResolvedData = {}
        for opt in _flatten_options(options):
            otype, value = opt["type"], opt.get("value")
            if value is None or otype not in _SNOWFLAKE_OPTION_TYPES:
                continue
            key = int(cast(Union[int, str], value))
            if otype in (_OPT.user.value, _OPT.mentionable.value) and key in self.members:
                member = self.member_with_permissions(key)
                resolved.setdefault("users", {})[str(key)] = member["user"]
                resolved.setdefault("members", {})[str(key)] = cast("Member", {k: v for k, v in member.items() if k != "user"})
            elif otype in (_OPT.role.value, _OPT.mentionable.value) and key in self.roles:
                resolved.setdefault("roles", {})[str(key)] = self.roles[key]
        return resolved


def default_guild(
    bot_user: User, *, ids: Optional[SnowflakeFactory] = None, guild_id: Optional[int] = None
) -> GuildModel:
    """The standard test guild.

    * roles: ``@everyone``, ``Organizer`` (manage messages/threads), ``Bot`` (managed)
    * channels: ``general``, ``announcements`` (announcement/news), ``organizers``
    * members: ``organizer`` (guild owner, Organizer role), ``alice`` (no role), the bot
    """
    guild = GuildModel("PerFM Test Guild", ids=ids, guild_id=guild_id)
    guild.add_role(
        "Organizer", permissions=discord.Permissions(manage_messages=True, manage_threads=True, mention_everyone=True).value
    )
    bot_role = guild.add_role(
        "Bot",
        permissions=EVERYONE_DEFAULT_PERMISSIONS | discord.Permissions(manage_messages=True).value,
        managed=True,
        tags={"bot_id": bot_user["id"]},
    )
    guild.add_text_channel("general", topic="General chat")
    guild.add_text_channel("announcements", announcement=True)
    guild.add_text_channel("organizers")
    guild.add_member("organizer", roles=["Organizer"], owner=True)
    guild.add_member("alice")
    guild.add_member(bot_user["username"], user=bot_user, roles=[int(bot_role["id"])])
    return guild


# --------------------------------------------------------------------------- application command options

_OPT = discord.AppCommandOptionType
_GROUP_OPTION_TYPES = frozenset({_OPT.subcommand.value, _OPT.subcommand_group.value})
_SNOWFLAKE_OPTION_TYPES = frozenset(
    t.value for t in (_OPT.user, _OPT.channel, _OPT.role, _OPT.mentionable, _OPT.attachment)
)


def infer_option_type(value: Any) -> discord.AppCommandOptionType:
    if isinstance(value, bool):  # before int: bool is an int subclass
        return _OPT.boolean
    if isinstance(value, int):
        return _OPT.integer
    if isinstance(value, float):
        return _OPT.number
    return _OPT.string


def _flatten_options(options: Sequence[ApplicationCommandInteractionDataOption]) -> Iterable[Any]:
    for opt in options:
        if opt["type"] in _GROUP_OPTION_TYPES:
            yield from _flatten_options(opt.get("options", []))  # type: ignore[arg-type]
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
    if otype == _OPT.string.value:
        if not isinstance(value, str):
            raise InvalidOptionError(f"option {name!r} expects a string, got {value!r}")
        if "min_length" in schema and len(value) < schema["min_length"]:
            raise InvalidOptionError(f"option {name!r} is shorter than {schema['min_length']}")
        if "max_length" in schema and len(value) > schema["max_length"]:
            raise InvalidOptionError(f"option {name!r} is longer than {schema['max_length']}")
    if otype in (_OPT.integer.value, _OPT.number.value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidOptionError(f"option {name!r} expects a number, got {value!r}")
        if otype == _OPT.integer.value and not isinstance(value, int):
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
) -> List[ApplicationCommandInteractionDataOption]:
    """Interaction ``options`` for leaf values.

    With a ``schema`` (the option list as synced to Discord) the option types are
    taken from it, and -- unless ``validate=False`` -- unknown or missing required
    options and constraint violations raise :class:`InvalidOptionError`, since
    Discord would never send them.  Snowflake-typed options (user, channel, role)
    are sent as strings, like Discord does.
    """
    by_name = {o["name"]: o for o in schema} if schema is not None else None
    if by_name is not None and validate:
        unknown = set(values) - set(by_name)
        if unknown:
            raise InvalidOptionError(f"unknown option(s) {sorted(unknown)}; the command has {sorted(by_name)}")
        missing = [n for n, o in by_name.items() if o.get("required") and n not in values]
        if missing:
            raise InvalidOptionError(f"missing required option(s) {missing}")
    options: List[ApplicationCommandInteractionDataOption] = []
    for name, value in values.items():
        if by_name is not None and name in by_name:
            otype = discord.AppCommandOptionType(by_name[name]["type"])
            if validate:
                validate_option(by_name[name], value)
        else:
            otype = infer_option_type(value)
        if otype.value in _SNOWFLAKE_OPTION_TYPES:
            value = str(value)
        # The option variant (string/integer/...) follows from ``type``; one cast covers them all.
        options.append(cast("ApplicationCommandInteractionDataOption", {"type": otype.value, "name": name, "value": value}))
    return options


def build_command_data(
    command: str,
    values: Mapping[str, Any],
    *,
    command_id: int,
    root_schema: Optional[JSON] = None,
    guild_id: Optional[int] = None,
    validate: bool = True,
) -> ChatInputApplicationCommandInteractionData:
    """The ``data`` of an APPLICATION_COMMAND interaction.

    ``command`` is the qualified name: ``"ping"``, ``"event create"`` (subcommand)
    or ``"admin event create"`` (subcommand group).  ``guild_id`` must be set
    for guild-registered commands: discord.py's ``CommandTree`` uses
    ``data.guild_id`` to look the command up among guild commands.
    """
    root, *path = command.split()
    node: Optional[JSON] = root_schema
    kinds: List[discord.AppCommandOptionType] = []
    for depth, part in enumerate(path):
        if node is not None:
            match = next((o for o in node.get("options", []) if o["name"] == part), None)
            if match is None or match["type"] not in _GROUP_OPTION_TYPES:
                raise InvalidOptionError(f"{part!r} is not a subcommand/group of {command!r}")
            node = match
            kinds.append(discord.AppCommandOptionType(match["type"]))
        else:
            last = depth == len(path) - 1
            kinds.append(_OPT.subcommand if last else _OPT.subcommand_group)
    leaf_schema = node.get("options", []) if node is not None else None
    options = build_options(values, leaf_schema, validate=validate)
    for part, kind in zip(reversed(path), reversed(kinds)):
        options = [cast("ApplicationCommandInteractionDataOption", {"type": kind.value, "name": part, "options": options})]
    data: ChatInputApplicationCommandInteractionData = {
        "id": str(command_id),
        "name": root,
        "type": discord.AppCommandType.chat_input.value,
        "options": options,
    }
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
    channel: Any,  # a guild channel, a partial channel or thread, or a DM channel payload
    data: Union[ApplicationCommandInteractionData, MessageComponentInteractionData],
    guild: Optional[GuildModel] = None,
    user: Optional[User] = None,
    message: Optional[Message] = None,
) -> Interaction:
    """An INTERACTION_CREATE payload (``type``: a ``discord.InteractionType`` value).

    In a guild, ``member`` (with computed ``permissions``) is set and ``user`` is
    absent; in a DM it is the other way round.  ``attachment_size_limit`` is a
    required key in discord.py >= 2.6.
    """
    payload: Union[ApplicationCommandInteraction, MessageComponentInteraction] = {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": discord.InteractionType.application_command.value,
        "token": token,
        "version": 1,
        "data": cast("ApplicationCommandInteractionData", data),
        "channel": channel,
        "channel_id": channel["id"],
        "app_permissions": str(ALL_PERMISSIONS),
        "locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {},
        "attachment_size_limit": 10 * 1024 * 1024,
    }
    if type == discord.InteractionType.component.value:
        component: MessageComponentInteraction = {
            **payload,
            "type": discord.InteractionType.component.value,
            "data": cast("MessageComponentInteractionData", data),
        }
        payload = _undeclared(component, message=message) if message is not None else component
    elif type != discord.InteractionType.application_command.value:
        raise ValueError(f"unsupported interaction type {type!r}")
    if guild is not None:
        payload["guild_id"] = str(guild.id)
        payload["guild"] = {"id": str(guild.id), "locale": "en-US", "features": []}
        payload["guild_locale"] = "en-US"
        payload["authorizing_integration_owners"] = {"0": str(guild.id)}
        payload["context"] = 0  # GUILD
        return _undeclared(payload, member=guild.member_with_permissions(user_id))
    if user is None:
        raise ValueError("a DM interaction needs the user payload")
    payload["authorizing_integration_owners"] = {"0": "0"}
    payload["context"] = 1  # BOT_DM
    return _undeclared(payload, user=user)


def component_data(
    custom_id: str, *, component_type: int = discord.ComponentType.button.value, values: Sequence[str] = ()
) -> MessageComponentInteractionData:
    if component_type == discord.ComponentType.button.value:
        return {"custom_id": custom_id, "component_type": discord.ComponentType.button.value}
    return cast(
        "MessageComponentInteractionData",
        {"custom_id": custom_id, "component_type": component_type, "values": list(values)},
    )


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
        if comp.get("type") == discord.ComponentType.action_row.value:
            continue
        if label is not None and comp.get("label") != label:
            continue
        if custom_id is not None and comp.get("custom_id") != custom_id:
            continue
        if "custom_id" in comp:
            return comp
    raise LookupError(f"no component with label={label!r} custom_id={custom_id!r} in {components!r}")


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
    "ALL_PERMISSIONS",
    "EVERYONE_DEFAULT_PERMISSIONS",
    "GuildModel",
    "InvalidOptionError",
    "SnowflakeFactory",
    "application_payload",
    "build_command_data",
    "build_options",
    "compile_path",
    "component_data",
    "default_guild",
    "dm_channel_payload",
    "find_component",
    "interaction_payload",
    "message_payload",
    "role_payload",
    "text_channel_payload",
    "thread_payload",
    "user_payload",
)
