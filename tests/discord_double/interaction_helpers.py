"""In-process testing of discord.py app commands with real discord.py objects.

The approach follows discord.py's own ``tests/test_app_commands_invoke.py``: build an
``Interaction`` from a raw payload and hand it to ``CommandTree._call``, so option
parsing/transformers, checks, cooldowns and error handlers run for real.  Nothing is
connected: the client's HTTP layer is replaced by :class:`HTTPCapture`, which records
every call (interaction callbacks, follow-ups, channel messages, ...) and answers with
plausible Discord payloads so the code under test keeps working (``InteractionMessage``
objects, views bound to message ids, threads, DMs...).

Typical use::

    bot = MyBot()                          # not started
    harness = await OfflineBot.create(bot)  # fake guild, bot user, captured HTTP
    result = await harness.invoke("announce", {"text": "hello"}, user="organizer")
    assert result.callback.json["type"] == 4
    assert result.channel_messages[0].json["content"] == "hello"
    await harness.close()
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING, Any, Awaitable, Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple, Union, cast,
)
from urllib.parse import urlsplit

import discord
from discord import app_commands
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from .discord_payloads import (
    JSON,
    USER_MENTION_RE,
    GuildModel,
    PathLike,
    SnowflakeFactory,
    build_command_data,
    compile_path,
    component_data,
    default_guild,
    dm_channel_payload,
    find_component,
    interaction_payload,
    message_payload,
    thread_payload,
    user_payload,
)

if TYPE_CHECKING:
    from discord.types.channel import DMChannel
    from discord.types.guild import Guild
    from discord.types.interactions import (
        ApplicationCommandInteractionData,
        Interaction,
        MessageComponentInteractionData,
    )
    from discord.types.message import Attachment, Message
    from discord.types.user import User

_API_PREFIX = re.compile(r"^/api/v\d+")

# Tasks discord.py spawns while handling an interaction (see ``settle``).  View timeout
# tasks are unnamed and deliberately not waited for.
_INTERACTION_TASK_PREFIXES = (
    "CommandTree-invoker",
    "discord-ui-view-dispatch",
    "discord-ui-modal-dispatch",
    "discord.py: ",
    "discord-ui-dynamic-item-",
)


# --------------------------------------------------------------------------- discord.py internals


class DiscordPyInternals:
    """Every use of discord.py internals by the offline harness, so an upgrade breaks here only.

    discord.py has no public way to run a client without a gateway or to feed it payloads;
    each item below has no public alternative (public API is used everywhere else:
    ``Client.user``, ``Client.application_id``, ``Bot.tree``, ``Client.get_guild``...):

    * ``Client._connection``: the ``ConnectionState`` (cache and gateway parsers).  The
      ``Interaction``, ``Guild`` and ``ClientUser`` constructors take it as ``state=``.
    * ``ConnectionState.user`` / ``.application_id``: set as READY would set them
      (``Client.user`` / ``Client.application_id`` are read-only properties over them).
    * ``ConnectionState._add_guild``: puts a ``Guild`` in the cache as GUILD_CREATE does,
      without ``parse_guild_create``'s member chunking and guild_available/join events.
    * ``ConnectionState.parse_interaction_create`` / ``parse_message_create``: the gateway's
      INTERACTION_CREATE / MESSAGE_CREATE handlers.
    * ``CommandTree._call``: what ``CommandTree._from_interaction`` runs for an interaction
      (option parsing, checks, cooldowns, the command's, cog's and tree's error handlers),
      awaited instead of spawned as a task.  discord.py's own tests
      (``tests/test_app_commands_invoke.py``) call it the same way.
    * ``HTTPClient.request``: shadowed on the client's ``http`` instance to capture REST calls.
    * ``discord.webhook.async_.async_context`` and ``AsyncWebhookAdapter.request``: the
      ContextVar holding the adapter that interaction responses and follow-ups go through
      (see ``_CapturingWebhookAdapter``).
    """

    def __init__(self, client: discord.Client) -> None:
        self.client = client
        self._state = client._connection

    def log_in(self, user: "User", application_id: int) -> None:
        """What READY does: the bot user and the application id."""
        self._state.user = discord.ClientUser(state=self._state, data=user)
        self._state.application_id = application_id

    def add_guild(self, payload: "Guild") -> None:
        self._state._add_guild(discord.Guild(data=payload, state=self._state))

    def interaction(self, payload: "Interaction") -> discord.Interaction:
        return discord.Interaction(data=payload, state=self._state)

    async def run_command(self, tree: app_commands.CommandTree[Any], interaction: discord.Interaction) -> None:
        # As discord.py's own tests/test_app_commands_invoke.py does.  A payload naming no known
        # command (CommandNotFound, CommandSignatureMismatch) raises here, in the test.
        await tree._call(interaction)

    def gateway_interaction_create(self, payload: "Interaction") -> None:
        self._state.parse_interaction_create(payload)

    def gateway_message_create(self, payload: "Message") -> None:
        self._state.parse_message_create(payload)  # type: ignore[arg-type]  # typed as the gateway event

    def shadow_http_request(self, request: Callable[..., Awaitable[Any]]) -> None:
        # An instance attribute shadows HTTPClient.request for every HTTPClient method.
        self.client.http.request = request  # type: ignore[method-assign, assignment]

    def restore_http_request(self) -> None:
        del self.client.http.request

    @staticmethod
    @contextlib.contextmanager
    def webhook_adapter(adapter: AsyncWebhookAdapter) -> Iterator[None]:
        """Interaction responses/follow-ups made in this context (and in tasks it creates) use ``adapter``."""
        token = async_context.set(adapter)
        try:
            yield
        finally:
            async_context.reset(token)


# --------------------------------------------------------------------------- captured calls


@dataclass
class CapturedFile:
    field: str
    filename: Optional[str]
    data: bytes


@dataclass
class CapturedCall:
    """One HTTP call the code under test made (``path`` relative to ``/api/v10``)."""

    method: str
    path: str
    json: Any  # JSON body or the multipart ``payload_json``
    files: List[CapturedFile]
    via: str  # "http" (bot HTTPClient) or "webhook" (interaction/webhook adapter)
    response: Any = None

    # Convenience accessors for message-ish payloads (callback bodies nest them in "data").
    @property
    def message(self) -> JSON:
        body = self.json or {}
        if self.path.endswith("/callback"):
            return body.get("data") or {}
        return body

    @property
    def content(self) -> Optional[str]:
        return self.message.get("content")

    @property
    def embeds(self) -> List[JSON]:
        return self.message.get("embeds") or []

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.message.get("flags") or 0) & 64)

    def __repr__(self) -> str:
        return f"<{self.via} {self.method} {self.path} json={json.dumps(self.json, default=str)[:150]}>"


class _ErrorResponse:
    """The bits of ``aiohttp.ClientResponse`` that ``discord.HTTPException`` reads."""

    def __init__(self, status: int, reason: str) -> None:
        self.status = status
        self.reason = reason


@dataclass
class _Failure:
    method: Optional[str]
    path: "re.Pattern[str]"
    status: int
    code: int
    message: str
    remaining: Optional[int]


@dataclass
class _InteractionState:
    channel_id: int
    original_message_id: Optional[int] = None
    deferred_loading: bool = False


class HTTPCapture:
    """Replaces the HTTP layer of one client: ``HTTPClient.request`` (bot REST calls) and
    the webhook adapter used for interaction callbacks/follow-ups.

    The bot side is patched on the client's ``HTTPClient`` instance.  The adapter lives in
    a ContextVar; :meth:`activate` sets it for the current context (tasks created meanwhile
    inherit it).  ``OfflineBot`` does this around every invocation.  Both go through
    :class:`DiscordPyInternals`.
    """

    def __init__(self, client: discord.Client, guild: GuildModel, ids: SnowflakeFactory) -> None:
        self.client = client
        self._internals = DiscordPyInternals(client)
        self.guild = guild
        self.ids = ids
        self.calls: List[CapturedCall] = []
        self.messages: Dict[int, JSON] = {}  # every message the fake answered with, by id
        self.dm_channels: Dict[int, "DMChannel"] = {}  # recipient id -> DM channel
        self._failures: List[_Failure] = []
        self._interactions: Dict[str, _InteractionState] = {}  # token -> state
        self._adapter = _CapturingWebhookAdapter(self)
        self._installed = False

    # -- installation
    def install(self) -> None:
        async def request(route: Route, *, files: Any = None, form: Any = None, **kwargs: Any) -> Any:
            body = kwargs.get("json")
            captured_files: List[CapturedFile] = []
            if form:
                body, captured_files = _parse_form(form)
            return self._handle(route, body, captured_files, via="http")

        self._internals.shadow_http_request(request)
        self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            self._internals.restore_http_request()
            self._installed = False

    @contextlib.contextmanager
    def activate(self) -> Iterator[None]:
        """Route interaction/webhook calls made in this context to the capture."""
        with self._internals.webhook_adapter(self._adapter):
            yield

    def register_interaction(self, token: str, channel_id: int) -> None:
        self._interactions[token] = _InteractionState(channel_id)

    # -- inspection
    def find(self, method: Optional[str] = None, path: Optional[PathLike] = None, *, after: int = 0) -> List[CapturedCall]:
        regex = compile_path(path) if path is not None else None
        return [
            c
            for c in self.calls[after:]
            if (method is None or c.method == method.upper()) and (regex is None or regex.match(c.path))
        ]

    # -- failure injection
    def fail(
        self,
        method: Optional[str],
        path: PathLike,
        *,
        status: int,
        code: int = 0,
        message: str = "",
        times: Optional[int] = 1,
    ) -> None:
        """Raise the matching ``discord.HTTPException`` subclass (NotFound, Forbidden...)
        with Discord's JSON error body, e.g. ``fail("POST", "/channels/{id}/messages",
        status=404, code=10003, message="Unknown Channel")``."""
        self._failures.append(_Failure(method, compile_path(path), status, code, message or str(status), times))

    # -- core
    def _handle(self, route: Route, body: Any, files: List[CapturedFile], *, via: str) -> Any:
        path = _API_PREFIX.sub("", urlsplit(route.url).path)
        call = CapturedCall(route.method, path, body, files, via)
        self.calls.append(call)
        for failure in list(self._failures):
            if (failure.method is None or failure.method == route.method) and failure.path.match(path):
                if failure.remaining is not None:
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        self._failures.remove(failure)
                call.response = {"code": failure.code, "message": failure.message}
                raise _http_exception(failure.status, call.response)
        call.response = self._respond(route.method, path, body or {}, files)
        return call.response

    def _respond(self, method: str, path: str, body: Any, files: List[CapturedFile]) -> Any:
        """Plausible Discord answers for the routes bots typically use."""
        parts = path.strip("/").split("/")
        bot_user = self._bot_user()

        if method == "POST" and len(parts) == 4 and parts[0] == "interactions" and parts[3] == "callback":
            return self._callback(parts[2], body, files)
        if parts[0] == "webhooks" and len(parts) >= 3:
            return self._webhook(method, parts, body, files)
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            extra: JSON = {"guild_id": parts[3]} if len(parts) == 5 else {}
            return [{"id": str(self.ids()), "application_id": parts[1], "version": "1", **cmd, **extra} for cmd in body or []]
        if method == "POST" and parts == ["users", "@me", "channels"]:
            rid = int(body["recipient_id"])
            if rid not in self.dm_channels:
                user = self._user(rid)
                self.dm_channels[rid] = dm_channel_payload(self.ids(), user)
            return self.dm_channels[rid]
        if parts[0] == "channels" and len(parts) >= 2:
            cid = int(parts[1])
            if method == "POST" and len(parts) == 3 and parts[2] == "messages":
                return self._message(cid, body, files, author=bot_user)
            guild_id = self.guild.id
            bot_id = int(bot_user["id"])
            if method == "POST" and len(parts) == 5 and parts[4] == "threads":  # thread id == message id
                return thread_payload(int(parts[3]), guild_id, cid, bot_id, body.get("name", "thread"))
        return None  # 204-style routes: typing, reactions, deletes, role changes...

    def _callback(self, token: str, body: JSON, files: List[CapturedFile]) -> JSON:
        inter = self._interactions.setdefault(token, _InteractionState(0))
        rtype, data = int(body.get("type", 0)), body.get("data") or {}
        flags = int(data.get("flags") or 0)
        response: JSON = {
            "interaction": {
                "id": str(self.ids()),
                "type": discord.InteractionType.application_command.value,
                "response_message_loading": rtype == 5,
                "response_message_ephemeral": bool(flags & 64),
            }
        }
        if rtype in (4, 5):
            payload = data if rtype == 4 else {"flags": flags | 128}  # 128 = LOADING ("is thinking...")
            message = self._message(inter.channel_id, payload, files, author=self._bot_user(), webhook=True)
            inter.original_message_id = int(message["id"])
            inter.deferred_loading = rtype == 5
            response["interaction"]["response_message_id"] = message["id"]
            response["resource"] = {"type": rtype, "message": message}
        return response

    def _webhook(self, method: str, parts: List[str], body: JSON, files: List[CapturedFile]) -> Any:
        token = parts[2]
        inter = self._interactions.setdefault(token, _InteractionState(0))
        if len(parts) == 3 and method == "POST":  # follow-up
            if inter.deferred_loading and inter.original_message_id is not None:
                # The first follow-up after a thinking defer replaces the loading message.
                inter.deferred_loading = False
                keep = int(self.messages[inter.original_message_id].get("flags", 0)) & 64
                return self._edit(inter.original_message_id, {**body, "flags": keep}, files, author=self._bot_user())
            return self._message(inter.channel_id, body, files, author=self._bot_user(), webhook=True)
        return None

    def _bot_user(self) -> "User":
        user = self.client.user
        return user_payload(user.id, user.name, bot=user.bot) if user else user_payload(0, "bot", bot=True)

    def _user(self, user_id: int) -> "User":
        if user_id in self.guild.members:
            return self.guild.members[user_id]["user"]
        return user_payload(user_id, f"user{user_id}")

    def _message(
        self, channel_id: int, body: JSON, files: List[CapturedFile], *, author: "User", webhook: bool = False
    ) -> JSON:
        attachments: List["Attachment"] = []
        for f in files:
            url = f"https://cdn.discordapp.invalid/attachments/{channel_id}/{f.filename or 'file'}"
            attachments.append(
                {"id": str(self.ids()), "filename": f.filename or "file", "size": len(f.data), "url": url, "proxy_url": url}
            )
        in_guild = channel_id in self.guild.channels or channel_id in self.guild.threads
        app_id = self.client.application_id
        msg = message_payload(
            self.ids(),
            channel_id,
            author,
            content=body.get("content") or "",
            guild_id=self.guild.id if in_guild else None,
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            attachments=attachments,
            nonce=body.get("nonce"),
            flags=int(body.get("flags") or 0),
            webhook_id=app_id if webhook else None,
            application_id=app_id if webhook else None,
        )
        self.messages[int(msg["id"])] = cast(JSON, msg)
        return cast(JSON, msg)

    def _edit(
        self, message_id: int, body: JSON, files: List[CapturedFile], *, author: "User"
    ) -> JSON:
        msg = dict(self.messages[message_id])
        empty: JSON = {"content": "", "embeds": [], "components": [], "flags": 0}
        for key in empty:
            if key in body:
                msg[key] = body[key] if body[key] is not None else empty[key]
        msg["flags"] = int(msg.get("flags") or 0) & ~128
        self.messages[message_id] = msg
        return msg


class _CapturingWebhookAdapter(AsyncWebhookAdapter):
    """All interaction responses and webhook calls funnel through ``request``."""

    def __init__(self, capture: HTTPCapture) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._capture = capture

    async def request(
        self,
        route: Route,
        session: Any,
        *,
        payload: Optional[Dict[str, Any]] = None,
        multipart: Optional[List[Dict[str, Any]]] = None,
        files: Optional[Sequence[discord.File]] = None,
        params: Optional[Dict[str, Any]] = None,
        **_: Any,
    ) -> Any:
        body: Any = payload
        captured: List[CapturedFile] = []
        if multipart:
            body, captured = _parse_form(multipart)
        return self._capture._handle(route, body, captured, via="webhook")


def _parse_form(form: Sequence[Dict[str, Any]]) -> Tuple[Any, List[CapturedFile]]:
    """discord.py multipart = ``payload_json`` + ``files[n]`` entries (file objects)."""
    body: Any = None
    files: List[CapturedFile] = []
    for part in form:
        if part["name"] == "payload_json":
            body = json.loads(part["value"])
        elif "filename" in part:
            fp = part["value"]
            data = fp.read() if hasattr(fp, "read") else bytes(fp)
            files.append(CapturedFile(part["name"], part.get("filename"), data))
    return body, files


def _http_exception(status: int, body: JSON) -> discord.HTTPException:
    response = _ErrorResponse(status, {403: "Forbidden", 404: "Not Found"}.get(status, "Error"))
    cls = {403: discord.Forbidden, 404: discord.NotFound}.get(status, discord.HTTPException)
    if status >= 500:
        cls = discord.DiscordServerError
    return cls(response, body)


# --------------------------------------------------------------------------- offline bot harness


@dataclass
class InvocationResult:
    """What happened while one interaction was handled."""

    interaction: discord.Interaction
    calls: List[CapturedCall] = field(default_factory=list)

    @property
    def callback(self) -> Optional[CapturedCall]:
        """The interaction callback (``json["type"]``: 4 message, 5 defer, 7 update...)."""
        return next((c for c in self.calls if c.path.endswith("/callback")), None)

    @property
    def followups(self) -> List[CapturedCall]:
        return [c for c in self.calls if c.via == "webhook" and c.method == "POST" and not c.path.endswith("/callback")]

    @property
    def channel_messages(self) -> List[CapturedCall]:
        return [c for c in self.calls if c.method == "POST" and re.fullmatch(r"/channels/\d+/messages", c.path)]

    @property
    def response_message(self) -> Optional[JSON]:
        """The message the callback created (with the id views are bound to)."""
        if self.callback is None or not isinstance(self.callback.response, dict):
            return None
        return (self.callback.response.get("resource") or {}).get("message")

    @property
    def failed(self) -> bool:
        return self.interaction.command_failed


class OfflineBot:
    """A discord.py client with a populated cache and captured HTTP, never connected.

    Use :meth:`create`; it enters the client (``async with client`` semantics: sets
    ``client.loop``), installs a bot user / application id, adds the guild from a
    :class:`GuildModel` to the cache and installs :class:`HTTPCapture`.  The client must
    have its ``CommandTree`` as ``client.tree`` (``commands.Bot`` does).
    """

    def __init__(
        self, client: discord.Client, tree: app_commands.CommandTree[Any], guild_model: GuildModel, capture: HTTPCapture,
        ids: SnowflakeFactory,
    ) -> None:
        self.client = client
        self.tree = tree
        self.guild_model = guild_model
        self.capture = capture
        self.ids = ids
        self._internals = DiscordPyInternals(client)

    @classmethod
    async def create(
        cls,
        client: discord.Client,
        *,
        guild: Optional[GuildModel] = None,
        application_id: Optional[int] = None,
        run_setup_hook: bool = False,
    ) -> "OfflineBot":
        tree = getattr(client, "tree", None)
        if not isinstance(tree, app_commands.CommandTree):
            raise ValueError(
                "the client has no .tree (commands.Bot has one; else set client.tree = app_commands.CommandTree(client))"
            )
        ids = guild.ids if guild is not None else SnowflakeFactory()
        app_id = application_id or ids()
        bot_user = user_payload(app_id, "perfm-bot", bot=True)
        guild_model = guild or default_guild(bot_user, ids=ids)  # a given guild must have the bot as a member

        # ``async with client`` does exactly this: bind client.loop / http.loop / state.loop
        # to the running loop (needed by dispatch(), CommandTree and views).
        await client.__aenter__()
        DiscordPyInternals(client).log_in(bot_user, app_id)
        capture = HTTPCapture(client, guild_model, ids)
        capture.install()
        harness = cls(client, tree, guild_model, capture, ids)
        harness.refresh_guild()
        if run_setup_hook:
            with capture.activate():
                await client.setup_hook()  # e.g. add_cog(...) and tree.sync(...) (captured)
        return harness

    def refresh_guild(self) -> None:
        """(Re)build the cached ``discord.Guild`` from :attr:`guild_model`.

        Interaction payloads always carry the model's current member roles, but roles or
        channels added to the model after :meth:`create` reach the cache only via this.
        """
        self._internals.add_guild(self.guild_model.to_payload())

    async def close(self) -> None:
        self.capture.uninstall()
        await self.client.close()

    # -- lookups on the discord.py side
    @property
    def guild(self) -> discord.Guild:
        guild = self.client.get_guild(self.guild_model.id)
        assert guild is not None
        return guild

    def user_id(self, ref: Union[int, str]) -> int:
        return ref if isinstance(ref, int) else self.guild_model.member_id(ref)

    # -- payloads
    def command_payload(
        self,
        command: str,
        options: Optional[Mapping[str, Any]] = None,
        *,
        user: Union[int, str] = "alice",
        channel: Union[int, str] = "general",
        dm: bool = False,
        validate: bool = True,
    ) -> "Interaction":
        """Raw APPLICATION_COMMAND payload for a command registered in the tree.

        Option types come from the command's own schema (``Command.to_dict``), so an
        option named wrongly or violating ``Range``/choices raises ``InvalidOptionError``
        (pass ``validate=False`` to build it anyway).
        """
        root = command.split()[0]
        guild_obj = discord.Object(self.guild_model.id)
        cmd = None if dm else self.tree.get_command(root, guild=guild_obj)
        guild_id: Optional[int] = self.guild_model.id if cmd is not None else None
        if cmd is None:
            cmd = self.tree.get_command(root)
        if cmd is None:
            raise LookupError(f"/{root} is not in the command tree")
        schema = cmd.to_dict(self.tree)
        data = build_command_data(
            command, options or {}, command_id=self.ids(), root_schema=schema, guild_id=guild_id, validate=validate
        )
        if not dm:
            resolved = self.guild_model.resolved_for(data["options"])
            if resolved:
                data["resolved"] = resolved
        return self._interaction_payload(discord.InteractionType.application_command.value, data, user, channel, dm, None)

    def component_payload(
        self,
        message: Union[int, JSON],
        *,
        label: Optional[str] = None,
        custom_id: Optional[str] = None,
        user: Union[int, str] = "alice",
        values: Sequence[str] = (),
    ) -> "Interaction":
        """Raw MESSAGE_COMPONENT payload for clicking a button on a captured message."""
        msg = self.capture.messages[message] if isinstance(message, int) else message
        comp = find_component(msg.get("components", []), label=label, custom_id=custom_id)
        data = component_data(comp["custom_id"], component_type=comp["type"], values=values)
        cid = int(msg["channel_id"])
        dm = self.guild_model is None or cid not in self.guild_model.channels
        return self._interaction_payload(discord.InteractionType.component.value, data, user, cid, dm, msg)

    def _interaction_payload(
        self,
        itype: int,
        data: Union["ApplicationCommandInteractionData", "MessageComponentInteractionData"],
        user: Union[int, str],
        channel: Union[int, str],
        dm: bool,
        message: Optional[JSON],
    ) -> "Interaction":
        uid = self.user_id(user)
        user_data = self.guild_model.members[uid]["user"] if uid in self.guild_model.members else user_payload(uid, f"user{uid}")
        if dm:
            channel_obj: Any = dm_channel_payload(int(channel) if isinstance(channel, int) else self.ids(), user_data)
        else:
            cid = channel if isinstance(channel, int) else self.guild_model.channel_id(channel)
            channel_obj = self.guild_model.partial_channel(cid)
        return interaction_payload(
            interaction_id=self.ids(),
            application_id=self.client.application_id or 0,
            type=itype,
            token=f"token-{self.ids()}",
            user_id=uid,
            user=user_data,
            channel=channel_obj,
            data=data,
            guild=None if dm else self.guild_model,
            message=cast("Message", message),
        )

    # -- running interactions
    async def call(self, payload: "Interaction") -> InvocationResult:
        """Run an APPLICATION_COMMAND payload through ``CommandTree._call``, like the
        gateway handler does (``_from_interaction``) but awaited, not as a task."""
        self.capture.register_interaction(payload["token"], int(payload["channel"]["id"]))
        interaction = self._internals.interaction(payload)
        mark = len(self.capture.calls)
        with self.capture.activate():
            await self._internals.run_command(self.tree, interaction)
            await self.settle()
        return InvocationResult(interaction, self.capture.calls[mark:])

    async def invoke(
        self,
        command: str,
        options: Optional[Mapping[str, Any]] = None,
        *,
        user: Union[int, str] = "alice",
        channel: Union[int, str] = "general",
        dm: bool = False,
        validate: bool = True,
    ) -> InvocationResult:
        """``/command`` (``"group sub"`` for subcommands) run by ``user`` in ``channel``."""
        payload = self.command_payload(command, options, user=user, channel=channel, dm=dm, validate=validate)
        return await self.call(payload)

    async def dispatch(self, payload: "Interaction") -> InvocationResult:
        """Feed any INTERACTION_CREATE payload through the gateway parser
        (``ConnectionState.parse_interaction_create``), then wait for the tasks it spawned."""
        self.capture.register_interaction(payload["token"], int(payload["channel"]["id"]))
        mark = len(self.capture.calls)
        with self.capture.activate():
            self._internals.gateway_interaction_create(payload)
            await self.settle()
        calls = self.capture.calls[mark:]
        # parse_interaction_create builds its own Interaction; rebuild one for inspection.
        return InvocationResult(self._internals.interaction(payload), calls)

    async def post_message(
        self,
        content: str,
        *,
        author: Union[int, str] = "alice",
        channel: Union[int, str] = "general",
        dm: bool = False,
    ) -> List[CapturedCall]:
        """A user posts a message (MESSAGE_CREATE through the gateway parser); the calls the bot made.

        ``mentions`` are filled from ``<@id>`` in the content, as Discord does.  A thread must be
        in :attr:`guild_model` ``.threads`` (and :meth:`refresh_guild` called) to be a ``Thread``.
        """
        uid = self.user_id(author)
        user = self.guild_model.members[uid]["user"] if uid in self.guild_model.members else user_payload(uid, f"user{uid}")
        mentioned = [int(m) for m in USER_MENTION_RE.findall(content)]
        mentions = [self.guild_model.members[m]["user"] for m in mentioned if m in self.guild_model.members]
        if dm:
            channel_id = channel if isinstance(channel, int) else self.ids()
            payload = message_payload(self.ids(), channel_id, user, content=content, mentions=mentions)
        else:
            channel_id = channel if isinstance(channel, int) else self.guild_model.channel_id(channel)
            payload = message_payload(
                self.ids(), channel_id, user, content=content, guild_id=self.guild_model.id,
                member=self.guild_model.members.get(uid), mentions=mentions,
            )
        mark = len(self.capture.calls)
        with self.capture.activate():
            self._internals.gateway_message_create(payload)
            await self.settle()
        return self.capture.calls[mark:]

    async def click(
        self,
        message: Union[int, JSON],
        *,
        label: Optional[str] = None,
        custom_id: Optional[str] = None,
        user: Union[int, str] = "alice",
        values: Sequence[str] = (),
    ) -> InvocationResult:
        """Click a button on a message the bot sent (``result.response_message``)."""
        payload = self.component_payload(message, label=label, custom_id=custom_id, user=user, values=values)
        return await self.dispatch(payload)

    async def settle(self, timeout: float = 30.0) -> None:
        """Wait for the interaction/event tasks discord.py spawned (not view timeouts)."""
        deadline = time.monotonic() + timeout
        current = asyncio.current_task()
        while True:
            await asyncio.sleep(0)  # let freshly created tasks start
            pending = [
                t
                for t in asyncio.all_tasks()
                if t is not current and not t.done() and t.get_name().startswith(_INTERACTION_TASK_PREFIXES)
            ]
            if not pending:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"interaction tasks still running: {[t.get_name() for t in pending]}")
            await asyncio.wait(pending, timeout=remaining)


__all__ = [
    "CapturedCall",
    "CapturedFile",
    "HTTPCapture",
    "InvocationResult",
    "OfflineBot",
]
