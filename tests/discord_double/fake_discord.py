"""A local Discord API double (REST + gateway) for end-to-end tests of a discord.py bot.

Run it in the test's event loop; point a *real* discord.py client at it (in the same
process with :func:`redirect_discord_py`, or in a child process that does the same two
assignments, see ``example_bot.py``)::

    async with FakeDiscord() as discord_api:
        env = {"PERFM_DISCORD_API": discord_api.url}
        ...start the bot...
        await discord_api.wait_for_request("PUT", "/applications/{app}/guilds/{guild}/commands")
        await discord_api.wait_until_ready()
        inter = await discord_api.dispatch_slash("ping", {"text": "hi"}, user="organizer")
        callback = await discord_api.wait_for_callback(inter)
        assert callback.json["type"] == 4

What is emulated (enough for a guild bot built on discord.py 2.x):

* gateway: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats/ACK, RESUME (replays missed
  events, then RESUMED) or INVALID_SESSION, REQUEST_GUILD_MEMBERS -> GUILD_MEMBERS_CHUNK,
  optional zlib-stream transport compression, intent gating of MESSAGE_CREATE and the
  MESSAGE_CONTENT privileged intent (content blanked unless DM/mention), close 4004/4014.
* REST: users/@me, applications, gateway/bot, command sync (guild + global, stable ids),
  channel messages (JSON or multipart with attachments), edits/deletes, threads from a
  message, DM channels, interaction callbacks (types 1/4/5/6/7/8/9, with_response body),
  webhook follow-ups and @original edits, typing, reactions, member roles.
* Discord's error semantics: 404 10003/10008/10062/10015, 403 50013/50007, 400 40060
  (interaction already acknowledged) and 429 with ``retry_after`` on demand.
* an outage: :meth:`FakeDiscord.go_away` cuts every connection and drops each new one (REST and
  gateway) until :meth:`FakeDiscord.come_back`; sessions are kept, so the client can RESUME.

Every REST call is recorded (:attr:`FakeDiscord.requests`) and can be awaited with
:meth:`FakeDiscord.wait_for_request`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import signal
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Pattern,
    Sequence,
    Tuple,
    TypeVar,
    Union,
)

import discord
from aiohttp import WSMsgType, web

from .discord_payloads import (
    JSON,
    ROLE_MENTION_RE,
    USER_MENTION_RE,
    GuildModel,
    PathLike,
    SnowflakeFactory,
    application_payload,
    build_command_data,
    component_data,
    compile_path,
    default_guild,
    dm_channel_payload,
    find_component,
    interaction_payload,
    iso,
    message_payload,
    thread_payload,
    user_payload,
)

log = logging.getLogger("fake_discord")

API_VERSION = 10


class Op:
    DISPATCH = 0
    HEARTBEAT = 1
    IDENTIFY = 2
    PRESENCE = 3
    VOICE_STATE = 4
    RESUME = 6
    RECONNECT = 7
    REQUEST_MEMBERS = 8
    INVALID_SESSION = 9
    HELLO = 10
    HEARTBEAT_ACK = 11


class Intent:
    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15
    PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT


# Discord JSON error codes used by the double.
UNKNOWN_CHANNEL = 10003
UNKNOWN_MEMBER = 10007
UNKNOWN_MESSAGE = 10008
UNKNOWN_WEBHOOK = 10015
UNKNOWN_INTERACTION = 10062
CANNOT_SEND_TO_USER = 50007
MISSING_PERMISSIONS = 50013
ALREADY_ACKNOWLEDGED = 40060
THREAD_ALREADY_CREATED = 160004

EPHEMERAL = 1 << 6
LOADING = 1 << 7


# --------------------------------------------------------------------------- records


@dataclass
class RecordedFile:
    field: str  # multipart field name, e.g. "files[0]"
    filename: Optional[str]
    content_type: Optional[str]
    data: bytes


@dataclass
class RecordedRequest:
    """One REST call received by the double (``path`` is relative to ``/api/v10``)."""

    index: int
    method: str
    path: str
    query: Dict[str, str]
    json: Any  # JSON body, or the parsed ``payload_json`` of a multipart body
    files: List[RecordedFile]
    headers: Dict[str, str]
    status: int = 0  # what the double answered
    response: Any = None

    def __repr__(self) -> str:  # compact, for assertion messages
        return f"<{self.method} {self.path} -> {self.status} json={_short(self.json)}>"


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, default=str) if value is not None else "None"
    return text if len(text) <= limit else text[: limit - 3] + "..."


class RequestTimeout(AssertionError):
    """Raised by the ``wait_*`` helpers; the message lists what did arrive."""


@dataclass
class DispatchedInteraction:
    """An interaction sent to the bot, and what the bot did with it so far."""

    id: int
    token: str
    payload: JSON
    created_at: float
    response_type: Optional[int] = None
    original_message_id: Optional[int] = None
    deferred_loading: bool = False  # type-5 defer whose first follow-up fills the original
    followup_ids: List[int] = field(default_factory=list)

    @property
    def callback_path(self) -> str:
        return f"/interactions/{self.id}/{self.token}/callback"


@dataclass
class _Rule:
    """An injected response (error, rate limit, canned body) for matching requests."""

    method: Optional[str]
    path: Pattern[str]
    status: int
    body: Any
    headers: Dict[str, str]
    remaining: Optional[int]  # None = forever

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and bool(self.path.match(path))


@dataclass
class _Session:
    id: str
    identify: JSON
    seq: int = 0
    sent: List[JSON] = field(default_factory=list)  # dispatch frames, for RESUME replay

    @property
    def intents(self) -> int:
        return int(self.identify.get("intents") or 0)


class _GatewayConnection:
    def __init__(self, ws: web.WebSocketResponse, query: Dict[str, str], compress: bool) -> None:
        self.ws = ws
        self.query = query
        self.session: Optional[_Session] = None
        self.live = False  # READY or RESUMED has been sent on this connection
        self.transport: Optional[asyncio.BaseTransport] = None  # the TCP connection, to cut it in an outage
        self._lock = asyncio.Lock()
        # zlib-stream: one compression context for the whole connection, each frame
        # ends with a Z_SYNC_FLUSH (00 00 ff ff), which is what discord.py looks for.
        self._zlib = zlib.compressobj() if compress else None

    async def send(self, frame: JSON) -> None:
        text = json.dumps(frame)
        async with self._lock:
            if self.ws.closed:
                return
            if self._zlib is not None:
                await self.ws.send_bytes(self._zlib.compress(text.encode()) + self._zlib.flush(zlib.Z_SYNC_FLUSH))
            else:
                # Uncompressed TEXT frames are always accepted: discord.py only runs its
                # decompressor on BINARY frames, whatever ``compress=`` it asked for.
                await self.ws.send_str(text)


Handler = Callable[[RecordedRequest, Dict[str, str]], Awaitable[Tuple[int, Any]]]


# --------------------------------------------------------------------------- the double


class FakeDiscord:
    """Discord REST + gateway double bound to ``127.0.0.1`` on a random port.

    Parameters
    ----------
    guild:
        The single guild the bot is in; defaults to :func:`discord_payloads.default_guild`
        (which can also be customised after construction through :attr:`guild`).
    guild_id / application_id:
        Fixed ids for the default guild / the application (= bot user id), e.g. to match a
        bot's config file.  Random realistic snowflakes otherwise.
    token:
        If set, REST calls and IDENTIFY with another token fail (401 / close 4004).
    heartbeat_interval:
        Seconds, sent in HELLO.
    resume_policy:
        ``"resume"`` (replay missed events + RESUMED) or ``"invalidate"`` (answer every
        RESUME with INVALID_SESSION ``false`` so the client re-IDENTIFYs).
    transport_compression:
        Honour ``compress=zlib-stream`` in the gateway URL (binary frames).  Off by default:
        plain TEXT frames work with every discord.py setting (incl. ``zstd-stream``).
    privileged_intents_enabled:
        ``False`` emulates a bot whose privileged intents are not enabled in the developer
        portal: IDENTIFY asking for one is closed with 4014.
    interaction_deadline:
        If set (Discord: 3.0 s), callbacks arriving later get 404 Unknown interaction.
    rate_limit_headers:
        Send ``X-RateLimit-*`` headers (never exhausted) so discord.py's bucket code runs.
    """

    def __init__(
        self,
        *,
        guild: Optional[GuildModel] = None,
        guild_id: Optional[int] = None,
        application_id: Optional[int] = None,
        token: Optional[str] = None,
        application_name: str = "PerFM Test Bot",
        heartbeat_interval: float = 41.25,
        resume_policy: str = "resume",
        transport_compression: bool = False,
        privileged_intents_enabled: bool = True,
        interaction_deadline: Optional[float] = None,
        rate_limit_headers: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        if resume_policy not in ("resume", "invalidate"):
            raise ValueError("resume_policy must be 'resume' or 'invalidate'")
        self.ids = SnowflakeFactory()
        self.application_id: int = application_id or self.ids()
        # Bot users created today share the application's id.
        self.bot_user: JSON = user_payload(self.application_id, application_name.lower().replace(" ", "-"), bot=True)
        self.guild: GuildModel = guild or default_guild(self.bot_user, ids=self.ids, guild_id=guild_id)
        if int(self.bot_user["id"]) not in self.guild.members:
            self.guild.add_member(self.bot_user["username"], user=self.bot_user)
        owner = self.guild.members.get(self.guild.owner_id or 0, {}).get("user") or user_payload(self.ids(), "owner")
        self.application: JSON = application_payload(self.application_id, application_name, owner)

        self.token = token
        self.heartbeat_interval = heartbeat_interval
        self.resume_policy = resume_policy
        self.transport_compression = transport_compression
        self.privileged_intents_enabled = privileged_intents_enabled
        self.interaction_deadline = interaction_deadline
        self.rate_limit_headers = rate_limit_headers
        self._host, self._port = host, port

        # observable state ------------------------------------------------------
        self.requests: List[RecordedRequest] = []
        self.unhandled: List[RecordedRequest] = []
        self.gateway_received: List[JSON] = []  # every frame the bot sent (heartbeats included)
        self.gateway_queries: List[Dict[str, str]] = []  # query string of each WS connection
        self.synced_commands: Dict[Optional[int], List[JSON]] = {}  # guild id (None = global) -> commands
        self.messages: Dict[int, JSON] = {}
        # (channel, nonce) -> message id: with enforce_nonce, Discord answers a repeated nonce with
        # the message it already created (within a few minutes) instead of posting a second one.
        self.nonces: Dict[Tuple[int, str], int] = {}
        # Called with each channel message just created, before the response goes back (a test
        # can kill the bot here: Discord has accepted the post, the bot has not heard so).
        self.after_create: Optional[Callable[[JSON], None]] = None
        self.dm_channels: Dict[int, JSON] = {}  # channel id -> DM channel
        self.deleted_channels: set[int] = set()
        self.dm_blocked_users: set[int] = set()
        self.interactions: Dict[int, DispatchedInteraction] = {}
        self.dropped_events: List[Tuple[str, JSON]] = []  # not delivered because of intents
        self.users: Dict[int, JSON] = {uid: m["user"] for uid, m in self.guild.members.items()}
        self.identify_count = 0
        self.resume_count = 0
        self.heartbeat_count = 0
        # An outage (go_away ... come_back): every connection is cut, and what arrives meanwhile is
        # dropped unanswered and counted here (REST calls are not recorded in ``requests``).
        self.away = False
        self.dropped_while_away: Dict[str, int] = {"rest": 0, "gateway": 0}

        self._rules: List[_Rule] = []
        self._waiters: List[Tuple[Callable[[RecordedRequest], bool], "asyncio.Future[RecordedRequest]"]] = []
        self._sessions: Dict[str, _Session] = {}
        self._session: Optional[_Session] = None
        self._connections: List[_GatewayConnection] = []
        self._changed: Optional[asyncio.Condition] = None
        self._command_ids: Dict[Tuple[Optional[int], str, int], int] = {}
        self._routes: List[Tuple[str, Pattern[str], Handler]] = []
        self._runner: Optional[web.AppRunner] = None
        self._register_routes()

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> "FakeDiscord":
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway_handler)
        app.router.add_route("*", "/api/v{version:\\d+}/{tail:.*}", self._rest_handler)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        self._port = self._runner.addresses[0][1]  # the port the OS picked for port=0
        log.debug("fake discord listening on %s", self.url)
        return self

    async def stop(self) -> None:
        for conn in list(self._connections):
            conn.live = False
            if not conn.ws.closed:
                await conn.ws.close(code=1001, message=b"fake discord shutting down")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "FakeDiscord":
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        """What the bot gets as ``PERFM_DISCORD_API``: ``http://127.0.0.1:PORT``."""
        return f"http://{self._host}:{self._port}"

    @property
    def api_base(self) -> str:
        """Value for ``discord.http.Route.BASE``."""
        return f"{self.url}/api/v{API_VERSION}"

    @property
    def gateway_url(self) -> str:
        """Value for ``DiscordWebSocket.DEFAULT_GATEWAY`` (also sent as ``resume_gateway_url``)."""
        return f"ws://{self._host}:{self._port}/gateway"

    @property
    def bot_id(self) -> int:
        return int(self.bot_user["id"])

    @property
    def bot_mention(self) -> str:
        return f"<@{self.bot_id}>"

    # ------------------------------------------------------------------ waiting & inspection

    def mark(self) -> int:
        """Index to pass as ``after=`` so that only later requests match."""
        return len(self.requests)

    def find_requests(
        self, method: Optional[str] = None, path: Optional[PathLike] = None, *, after: int = 0
    ) -> List[RecordedRequest]:
        match = self._matcher(method, path, None)
        return [r for r in self.requests[after:] if match(r)]

    async def wait_for_request(
        self,
        method: Optional[str] = None,
        path: Optional[PathLike] = None,
        *,
        predicate: Optional[Callable[[RecordedRequest], bool]] = None,
        after: int = 0,
        timeout: float = 30.0,
    ) -> RecordedRequest:
        """First request (index >= ``after``) matching method/path/predicate, waiting if needed.

        ``path`` is relative to ``/api/v10``; ``{name}`` matches one segment
        (``"/channels/{id}/messages"``), or pass a compiled regex.  Already-recorded
        requests count, so there is no race between triggering and waiting.
        """
        match = self._matcher(method, path, predicate)
        for rec in self.requests[after:]:
            if match(rec):
                return rec
        fut: asyncio.Future[RecordedRequest] = asyncio.get_running_loop().create_future()
        entry = (lambda r: r.index >= after and match(r), fut)
        self._waiters.append(entry)
        try:
            return await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError:
            recent = "\n  ".join(repr(r) for r in self.requests[-15:]) or "(none)"
            wanted = f"{method or '*'} {getattr(path, 'pattern', path)}"
            raise RequestTimeout(f"no {wanted} request within {timeout}s; last requests:\n  {recent}") from None
        finally:
            if entry in self._waiters:
                self._waiters.remove(entry)

    async def wait_for_callback(self, interaction: DispatchedInteraction, *, timeout: float = 30.0) -> RecordedRequest:
        return await self.wait_for_request("POST", interaction.callback_path, timeout=timeout)

    async def wait_for_followup(
        self, interaction: DispatchedInteraction, *, after: int = 0, timeout: float = 30.0
    ) -> RecordedRequest:
        path = f"/webhooks/{self.application_id}/{interaction.token}"
        return await self.wait_for_request("POST", path, after=after, timeout=timeout)

    async def wait_for_original_edit(
        self, interaction: DispatchedInteraction, *, after: int = 0, timeout: float = 30.0
    ) -> RecordedRequest:
        path = f"/webhooks/{self.application_id}/{interaction.token}/messages/@original"
        return await self.wait_for_request("PATCH", path, after=after, timeout=timeout)

    async def wait_until(self, condition: Callable[[], bool], *, timeout: float = 30.0) -> None:
        """Wait until ``condition()`` holds; re-checked whenever gateway state changes."""
        assert self._changed is not None, "start() the double first"
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(condition), timeout)
            except asyncio.TimeoutError:
                raise RequestTimeout(
                    f"condition not met within {timeout}s (identifies={self.identify_count}, "
                    f"resumes={self.resume_count}, connections={len(self._connections)})"
                ) from None

    async def wait_until_ready(self, *, timeout: float = 30.0) -> None:
        """Wait for a live gateway session (READY + GUILD_CREATE sent, or RESUMED)."""
        await self.wait_until(lambda: self._live_connection() is not None, timeout=timeout)

    @property
    def connection_count(self) -> int:
        """Open gateway websockets (live or not)."""
        return len(self._connections)

    @property
    def last_identify(self) -> Optional[JSON]:
        return self._session.identify if self._session else None

    def synced_command(self, name: str, *, guild_id: Optional[int] = None) -> Optional[JSON]:
        return next((c for c in self.synced_commands.get(guild_id, []) if c["name"] == name), None)

    # ------------------------------------------------------------------ failure injection

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
        """Answer matching requests with a Discord JSON error ``{"code", "message"}``."""
        body = {"code": code, "message": message or f"{status}: error"}
        self._rules.append(_Rule(method, compile_path(path), status, body, {}, times))

    def forbid(self, method: Optional[str], path: PathLike, *, times: Optional[int] = None) -> None:
        """403 Missing Permissions (code 50013), e.g. ``forbid("POST", "/channels/{id}/messages")``."""
        self.fail(method, path, status=403, code=MISSING_PERMISSIONS, message="Missing Permissions", times=times)

    def rate_limit(
        self,
        method: Optional[str],
        path: PathLike,
        *,
        retry_after: float = 0.05,
        is_global: bool = False,
        times: Optional[int] = 1,
    ) -> None:
        """429 as Discord sends it.  discord.py only retries a 429 that has a ``Via`` header
        (otherwise it assumes a Cloudflare ban and raises)."""
        body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global, "code": 0}
        headers = {
            "Via": "1.1 google",
            "Retry-After": str(max(1, round(retry_after))),
            "X-RateLimit-Scope": "global" if is_global else "user",
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        self._rules.append(_Rule(method, compile_path(path), 429, body, headers, times))

    def respond(
        self, method: Optional[str], path: PathLike, body: Any, *, status: int = 200, times: Optional[int] = None
    ) -> None:
        """Canned answer for a route the double does not implement (or to override one)."""
        self._rules.append(_Rule(method, compile_path(path), status, body, {}, times))

    def clear_rules(self) -> None:
        self._rules.clear()

    def delete_channel(self, channel_id: int) -> None:
        """From now on every ``/channels/{channel_id}/...`` call is 404 Unknown Channel (10003)."""
        self.deleted_channels.add(channel_id)

    def block_dms(self, user_id: int) -> None:
        """Messages to this user's DM channel fail with 403 code 50007 (DMs closed)."""
        self.dm_blocked_users.add(user_id)

    # ------------------------------------------------------------------ gateway control

    async def drop_connection(self, code: int = 4000) -> None:
        """Close the bot's websocket like a network blip; discord.py reconnects and RESUMEs."""
        conn = self._live_connection()
        if conn is None:
            raise RuntimeError("bot is not connected")
        conn.live = False
        await conn.ws.close(code=code, message=b"fake discord dropped the connection")
        await self._notify()

    def go_away(self) -> None:
        """Discord becomes unreachable, as when the network goes: every gateway connection is cut
        (no close frame: the client sees an abnormal closure), and from now on each new gateway
        connection and each REST call is dropped as it arrives, until :meth:`come_back`. Sessions
        are kept, so the client can RESUME afterwards. Synchronous, so an ``after_create`` hook can
        call it between Discord accepting a post and the next request."""
        self.away = True
        for conn in list(self._connections):
            conn.live = False
            if conn.transport is not None:
                conn.transport.abort()

    async def come_back(self) -> None:
        """Discord is reachable again (after :meth:`go_away`)."""
        self.away = False
        await self._notify()

    def _drop(self, request: web.Request, kind: str) -> web.Response:
        self.dropped_while_away[kind] += 1
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=503)  # never reaches the client: its connection is gone

    async def send_reconnect(self) -> None:
        """Send op 7 RECONNECT (Discord rolling restart); the bot closes and RESUMEs."""
        conn = self._require_connection()
        await conn.send({"op": Op.RECONNECT, "d": None})

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION; with ``resumable=False`` the bot IDENTIFYs again."""
        conn = self._require_connection()
        if not resumable and conn.session is not None:
            self._sessions.pop(conn.session.id, None)
        await conn.send({"op": Op.INVALID_SESSION, "d": resumable})

    async def dispatch(self, event: str, data: JSON) -> int:
        """Send a DISPATCH frame on the current session; returns its sequence number.

        If the bot is momentarily disconnected the frame is kept and replayed on RESUME,
        just like Discord does.
        """
        session = self._session
        if session is None:
            raise RuntimeError("no gateway session yet; await wait_until_ready() first")
        session.seq += 1
        frame = {"op": Op.DISPATCH, "t": event, "s": session.seq, "d": data}
        session.sent.append(frame)
        conn = self._live_connection()
        if conn is not None and conn.session is session:
            await conn.send(frame)
        return session.seq

    # ------------------------------------------------------------------ high-level dispatch helpers

    def user_id(self, ref: Union[int, str]) -> int:
        """Resolve a user id or a username (guild members and :meth:`add_user` users)."""
        if isinstance(ref, int):
            return ref
        for uid, user in self.users.items():
            if user["username"] == ref:
                return uid
        raise KeyError(f"unknown user {ref!r}")

    def channel_id(self, ref: Union[int, str]) -> int:
        return ref if isinstance(ref, int) else self.guild.channel_id(ref)

    def add_user(self, username: str) -> JSON:
        """A user who is not a guild member (e.g. someone who only DMs the bot)."""
        user = user_payload(self.ids(), username)
        self.users[int(user["id"])] = user
        return user

    def dm_channel_for(self, user: Union[int, str]) -> JSON:
        uid = self.user_id(user)
        for channel in self.dm_channels.values():
            if int(channel["recipients"][0]["id"]) == uid:
                return channel
        channel = dm_channel_payload(self.ids(), self.users[uid])
        self.dm_channels[int(channel["id"])] = channel
        return channel

    async def dispatch_message(
        self,
        content: str,
        *,
        author: Union[int, str] = "alice",
        channel: Union[int, str] = "general",
        dm: bool = False,
        reply_to: Optional[int] = None,
        attachments: Optional[List[JSON]] = None,
    ) -> JSON:
        """A user posts a message (guild channel, or the bot's DM with ``dm=True``).

        ``mentions``/``mention_roles`` are filled from ``<@id>``/``<@&id>`` in the content
        (discord.py never parses content; ``bot.user.mentioned_in`` relies on them).
        Returns the full message payload (also stored in :attr:`messages`).
        """
        uid = self.user_id(author)
        user = self.users[uid]
        if dm:
            chan = self.dm_channel_for(uid)
            guild_id, member = None, None
        else:
            chan = self._channel(self.channel_id(channel))
            guild_id, member = self.guild.id, self.guild.members.get(uid)
        reference = None
        referenced = None
        if reply_to is not None:
            referenced = self.messages[reply_to]
            reference = {"message_id": str(reply_to), "channel_id": chan["id"], "type": 0}
            if guild_id:
                reference["guild_id"] = str(guild_id)
        msg = message_payload(
            self.ids(),
            int(chan["id"]),
            user,
            content=content,
            guild_id=guild_id,
            member=member,
            mentions=self._mentioned_users(content, guild=not dm),
            mention_roles=self._mentioned_roles(content) if not dm else (),
            mention_everyone="@everyone" in content and not dm,
            attachments=attachments or (),
            type=19 if reply_to else 0,
            message_reference=reference,
            referenced_message=referenced,
        )
        self.messages[int(msg["id"])] = msg
        intents = self._session.intents if self._session else 0
        needed = Intent.DIRECT_MESSAGES if dm else Intent.GUILD_MESSAGES
        if not intents & needed:
            log.warning("MESSAGE_CREATE not delivered: the bot did not IDENTIFY with intent %s", needed)
            self.dropped_events.append(("MESSAGE_CREATE", msg))
            return msg
        sent = msg
        mentioned = any(int(m["id"]) == self.bot_id for m in msg["mentions"])
        if not intents & Intent.MESSAGE_CONTENT and not dm and not mentioned:
            # Discord strips these for bots without the privileged MESSAGE_CONTENT intent.
            sent = {**msg, "content": "", "embeds": [], "attachments": [], "components": []}
        await self.dispatch("MESSAGE_CREATE", sent)
        return msg

    async def dispatch_slash(
        self,
        command: str,
        options: Optional[Dict[str, Any]] = None,
        *,
        user: Union[int, str] = "alice",
        channel: Union[int, str] = "general",
        dm: bool = False,
        allow_unsynced: bool = False,
        validate: bool = True,
    ) -> DispatchedInteraction:
        """A user runs ``/command`` (``"group sub"`` for subcommands).

        The command must have been synced (its id, guild and option types are taken from
        the sync payload) unless ``allow_unsynced``.  Options are checked against the synced
        schema like Discord's client does (``validate=False`` to send anything anyway).
        User/channel/role options get their ``resolved`` data from the guild model.
        """
        root = command.split()[0]
        schema: Optional[JSON] = None
        guild_id: Optional[int] = None
        if not dm:
            schema = self.synced_command(root, guild_id=self.guild.id)
            guild_id = self.guild.id if schema is not None else None
        if schema is None:
            schema = self.synced_command(root)
        if schema is None and not allow_unsynced:
            synced = {g: [c["name"] for c in cmds] for g, cmds in self.synced_commands.items()}
            raise LookupError(f"/{root} was not synced{' globally (DM)' if dm else ''}; synced: {synced}")
        command_id = int(schema["id"]) if schema else self.ids()
        data = build_command_data(
            command, options or {}, command_id=command_id, root_schema=schema, guild_id=guild_id, validate=validate
        )
        if not dm:
            resolved = self.guild.resolved_for(data["options"])
            if resolved:
                data["resolved"] = resolved
        return await self._dispatch_interaction(discord.InteractionType.application_command.value, data, user, channel, dm, None)

    async def dispatch_component(
        self,
        message_id: int,
        *,
        custom_id: Optional[str] = None,
        label: Optional[str] = None,
        user: Union[int, str] = "alice",
        values: Tuple[str, ...] = (),
    ) -> DispatchedInteraction:
        """A user clicks a button (or picks ``values`` in a select) on a message the bot sent."""
        message = self.messages.get(message_id)
        if message is None:
            raise KeyError(f"message {message_id} is unknown to the double")
        component = find_component(message.get("components", []), label=label, custom_id=custom_id)
        data = component_data(component["custom_id"], component_type=component["type"], values=values)
        channel_id = int(message["channel_id"])
        dm = channel_id in self.dm_channels
        return await self._dispatch_interaction(discord.InteractionType.component.value, data, user, channel_id, dm, message)

    async def _dispatch_interaction(
        self,
        itype: int,
        data: JSON,
        user: Union[int, str],
        channel: Union[int, str],
        dm: bool,
        message: Optional[JSON],
    ) -> DispatchedInteraction:
        uid = self.user_id(user)
        if dm:
            chan = self.dm_channel_for(uid)
            channel_obj: JSON = {**chan, "permissions": str((1 << 53) - 1)}
        else:
            channel_obj = self.guild.partial_channel(self.channel_id(channel))
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48)
        payload = interaction_payload(
            interaction_id=self.ids(),
            application_id=self.application_id,
            type=itype,
            token=token,
            user_id=uid,
            user=self.users[uid],
            channel=channel_obj,
            data=data,
            guild=None if dm else self.guild,
            message=message,
        )
        inter = DispatchedInteraction(int(payload["id"]), token, payload, time.monotonic())
        self.interactions[inter.id] = inter
        await self.dispatch("INTERACTION_CREATE", payload)
        return inter

    # ------------------------------------------------------------------ gateway server

    async def _gateway_handler(self, request: web.Request) -> web.StreamResponse:
        if self.away:
            return self._drop(request, "gateway")
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        query = dict(request.query)
        self.gateway_queries.append(query)
        compress = self.transport_compression and query.get("compress") == "zlib-stream"
        if self.transport_compression and query.get("compress") not in (None, "zlib-stream"):
            log.info("client asked for %s; answering with uncompressed text frames", query.get("compress"))
        conn = _GatewayConnection(ws, query, compress)
        conn.transport = request.transport
        self._connections.append(conn)
        try:
            await conn.send({"op": Op.HELLO, "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000)}})
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_gateway_frame(conn, json.loads(msg.data))
                elif msg.type is WSMsgType.BINARY:  # discord.py only sends text; accept JSON bytes anyway
                    await self._on_gateway_frame(conn, json.loads(msg.data.decode()))
        finally:
            conn.live = False
            self._connections.remove(conn)
            await self._notify()
        return ws

    async def _on_gateway_frame(self, conn: _GatewayConnection, frame: JSON) -> None:
        self.gateway_received.append(frame)
        op, d = frame.get("op"), frame.get("d") or {}
        if op == Op.HEARTBEAT:
            self.heartbeat_count += 1
            await conn.send({"op": Op.HEARTBEAT_ACK})
        elif op == Op.IDENTIFY:
            await self._on_identify(conn, d)
        elif op == Op.RESUME:
            await self._on_resume(conn, d)
        elif op == Op.REQUEST_MEMBERS:
            await self._on_request_members(conn, d)
        # PRESENCE / VOICE_STATE are only recorded.

    async def _on_identify(self, conn: _GatewayConnection, d: JSON) -> None:
        if self.token is not None and d.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = int(d.get("intents") or 0)
        if not self.privileged_intents_enabled and intents & Intent.PRIVILEGED:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        session = _Session(id=secrets.token_hex(16), identify=d)
        self._sessions[session.id] = session
        self._session = session
        conn.session = session
        self.identify_count += 1
        ready: JSON = {
            "v": API_VERSION,
            "user": self.bot_user,
            "guilds": [{"id": str(self.guild.id), "unavailable": True}],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": self.application["flags"]},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "geo_ordered_rtc_regions": [],
            "_trace": ["fake-discord"],
        }
        if "shard" in d:
            ready["shard"] = d["shard"]
        await self._send_dispatch(conn, "READY", ready)
        # Without GUILD_MEMBERS only the bot's own member is in GUILD_CREATE (as on Discord);
        # member_count stays the real total.
        member_ids = None if intents & Intent.GUILD_MEMBERS else [self.bot_id]
        await self._send_dispatch(conn, "GUILD_CREATE", self.guild.to_payload(member_ids=member_ids))
        conn.live = True
        await self._notify()

    async def _on_resume(self, conn: _GatewayConnection, d: JSON) -> None:
        session = self._sessions.get(d.get("session_id", ""))
        if (
            self.resume_policy != "resume"
            or session is None
            or (self.token is not None and d.get("token") != self.token)
        ):
            await conn.send({"op": Op.INVALID_SESSION, "d": False})
            return
        conn.session = session
        self._session = session
        last_seq = int(d.get("seq") or 0)
        for frame in [f for f in session.sent if f["s"] > last_seq]:
            await conn.send(frame)
        await self._send_dispatch(conn, "RESUMED", {"_trace": ["fake-discord"]})
        self.resume_count += 1
        conn.live = True
        await self._notify()

    async def _on_request_members(self, conn: _GatewayConnection, d: JSON) -> None:
        members = list(self.guild.members.values())
        if d.get("user_ids"):
            wanted = {int(u) for u in (d["user_ids"] if isinstance(d["user_ids"], list) else [d["user_ids"]])}
            members = [m for m in members if int(m["user"]["id"]) in wanted]
        elif d.get("query"):
            members = [m for m in members if m["user"]["username"].startswith(d["query"])]
        if d.get("limit"):
            members = members[: int(d["limit"])]
        chunk: JSON = {
            "guild_id": str(self.guild.id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if d.get("nonce") is not None:
            chunk["nonce"] = d["nonce"]
        await self._send_dispatch(conn, "GUILD_MEMBERS_CHUNK", chunk)

    async def _send_dispatch(self, conn: _GatewayConnection, event: str, data: JSON) -> None:
        assert conn.session is not None
        conn.session.seq += 1
        frame = {"op": Op.DISPATCH, "t": event, "s": conn.session.seq, "d": data}
        conn.session.sent.append(frame)
        await conn.send(frame)

    def _live_connection(self) -> Optional[_GatewayConnection]:
        for conn in reversed(self._connections):
            if conn.live and not conn.ws.closed and conn.session is self._session:
                return conn
        return None

    def _require_connection(self) -> _GatewayConnection:
        conn = self._live_connection()
        if conn is None:
            raise RuntimeError("bot is not connected")
        return conn

    async def _notify(self) -> None:
        if self._changed is not None:
            async with self._changed:
                self._changed.notify_all()

    # ------------------------------------------------------------------ REST server plumbing

    async def _rest_handler(self, request: web.Request) -> web.Response:
        if self.away:
            return self._drop(request, "rest")
        path = "/" + request.match_info["tail"]
        body, files = await self._parse_body(request)
        rec = RecordedRequest(
            index=-1,
            method=request.method,
            path=path,
            query=dict(request.query),
            json=body,
            files=files,
            headers=dict(request.headers),
        )
        status, response, headers = await self._route(rec)
        rec.status, rec.response = status, response
        rec.index = len(self.requests)
        self.requests.append(rec)
        for matcher, fut in list(self._waiters):
            if not fut.done() and matcher(rec):
                fut.set_result(rec)
        if status == 204 or response is None:
            return web.Response(status=status, headers=headers)
        # discord.py's json_or_text() only parses bodies whose Content-Type is *exactly*
        # "application/json" -- aiohttp's json_response() appends "; charset=utf-8".
        headers = {**headers, "Content-Type": "application/json"}
        return web.Response(status=status, body=json.dumps(response).encode(), headers=headers)

    @staticmethod
    async def _parse_body(request: web.Request) -> Tuple[Any, List[RecordedFile]]:
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            files: List[RecordedFile] = []
            payload: Any = None
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files.append(RecordedFile(key, value.filename, value.content_type, value.file.read()))
                elif key == "payload_json":
                    payload = json.loads(value)
            return payload, files
        raw = await request.read()
        if not raw:
            return None, []
        try:
            return json.loads(raw), []
        except ValueError:
            return raw.decode(errors="replace"), []

    async def _route(self, rec: RecordedRequest) -> Tuple[int, Any, Dict[str, str]]:
        headers = self._ratelimit_headers(rec) if self.rate_limit_headers else {}
        for rule in list(self._rules):
            if rule.matches(rec.method, rec.path):
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
                return rule.status, rule.body, {**headers, **rule.headers}
        auth = rec.headers.get("Authorization")
        if self.token is not None and auth is not None and auth != f"Bot {self.token}":
            return 401, {"message": "401: Unauthorized", "code": 0}, headers
        for method, pattern, handler in self._routes:
            if method != rec.method:
                continue
            m = pattern.match(rec.path)
            if m:
                status, body = await handler(rec, m.groupdict())
                return status, body, headers
        log.warning("fake discord: unhandled route %s %s", rec.method, rec.path)
        self.unhandled.append(rec)
        return 404, {"message": "404: Not Found", "code": 0}, headers

    @staticmethod
    def _ratelimit_headers(rec: RecordedRequest) -> Dict[str, str]:
        # A bucket that never runs out: exercises discord.py's header parsing without sleeping.
        return {
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "49",
            "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
            "X-RateLimit-Reset-After": "1.000",
            "X-RateLimit-Bucket": f"fake{abs(hash((rec.method, rec.path.split('/')[1]))) % 10**8}",
        }

    @staticmethod
    def _matcher(
        method: Optional[str], path: Optional[PathLike], predicate: Optional[Callable[[RecordedRequest], bool]]
    ) -> Callable[[RecordedRequest], bool]:
        regex = compile_path(path) if path is not None else None

        def match(rec: RecordedRequest) -> bool:
            return (
                (method is None or rec.method == method.upper())
                and (regex is None or bool(regex.match(rec.path)))
                and (predicate is None or predicate(rec))
            )

        return match

    def _register_routes(self) -> None:
        r = self._routes

        def add(method: str, path: str, handler: Handler) -> None:
            r.append((method, compile_path(path), handler))

        add("GET", "/users/@me", self._h_me)
        add("GET", "/oauth2/applications/@me", self._h_application)
        add("GET", "/applications/@me", self._h_application)
        add("GET", "/gateway", self._h_gateway)
        add("GET", "/gateway/bot", self._h_gateway_bot)
        add("PUT", "/applications/{app_id}/commands", self._h_sync)
        add("PUT", "/applications/{app_id}/guilds/{guild_id}/commands", self._h_sync)
        add("GET", "/applications/{app_id}/commands", self._h_get_commands)
        add("GET", "/applications/{app_id}/guilds/{guild_id}/commands", self._h_get_commands)
        add("POST", "/users/@me/channels", self._h_create_dm)
        add("GET", "/channels/{channel_id}", self._h_get_channel)
        add("POST", "/channels/{channel_id}/messages", self._h_create_message)
        add("GET", "/channels/{channel_id}/messages/{message_id}", self._h_get_message)
        add("PATCH", "/channels/{channel_id}/messages/{message_id}", self._h_edit_message)
        add("DELETE", "/channels/{channel_id}/messages/{message_id}", self._h_delete_message)
        add("POST", "/channels/{channel_id}/messages/{message_id}/threads", self._h_thread_from_message)
        add("POST", "/channels/{channel_id}/threads", self._h_thread_without_message)
        add("POST", "/channels/{channel_id}/typing", self._h_no_content)
        add("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", self._h_no_content)
        add("GET", "/guilds/{guild_id}/members/{user_id}", self._h_get_member)
        add("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", self._h_member_role)
        add("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", self._h_member_role)
        add("POST", "/interactions/{interaction_id}/{token}/callback", self._h_callback)
        add("POST", "/webhooks/{app_id}/{token}", self._h_followup)
        add("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self._h_webhook_get)
        add("PATCH", "/webhooks/{app_id}/{token}/messages/{message_id}", self._h_webhook_edit)
        add("DELETE", "/webhooks/{app_id}/{token}/messages/{message_id}", self._h_webhook_delete)

    # ------------------------------------------------------------------ REST handlers

    @staticmethod
    def _error(status: int, code: int, message: str) -> Tuple[int, JSON]:
        return status, {"code": code, "message": message}

    async def _h_me(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        return 200, self.bot_user

    async def _h_application(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        return 200, self.application

    async def _h_gateway(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        return 200, {"url": self.gateway_url}

    async def _h_gateway_bot(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        # Only AutoShardedClient (shard_count=None) uses this; plain Client/Bot never calls it.
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return 200, {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

    async def _h_sync(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        """Bulk overwrite: returns the commands with ids (stable per name+type, as on Discord)."""
        guild_id = int(p["guild_id"]) if "guild_id" in p else None
        if guild_id is not None and guild_id != self.guild.id:
            return self._error(403, 50001, "Missing Access")
        result = []
        for cmd in rec.json or []:
            key = (guild_id, cmd["name"], int(cmd.get("type", 1)))
            cmd_id = self._command_ids.setdefault(key, self.ids())
            out = {
                "id": str(cmd_id),
                "application_id": str(self.application_id),
                "version": str(self.ids()),
                "default_member_permissions": None,
                "type": 1,
                "nsfw": False,
                "options": [],
                **cmd,
            }
            if guild_id is not None:
                out["guild_id"] = str(guild_id)
            result.append(out)
        self.synced_commands[guild_id] = result
        return 200, result

    async def _h_get_commands(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        guild_id = int(p["guild_id"]) if "guild_id" in p else None
        return 200, self.synced_commands.get(guild_id, [])

    async def _h_create_dm(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        uid = int((rec.json or {}).get("recipient_id", 0))
        if uid not in self.users:
            return self._error(400, 50033, "Invalid Recipient(s)")
        return 200, self.dm_channel_for(uid)

    def _channel(self, channel_id: int) -> JSON:
        return (
            self.guild.channels.get(channel_id)
            or self.guild.threads.get(channel_id)
            or self.dm_channels[channel_id]
        )

    def _check_channel(self, p: Dict[str, str]) -> Optional[Tuple[int, JSON]]:
        cid = int(p["channel_id"])
        if cid in self.deleted_channels:
            return self._error(404, UNKNOWN_CHANNEL, "Unknown Channel")
        try:
            self._channel(cid)
        except KeyError:
            return self._error(404, UNKNOWN_CHANNEL, "Unknown Channel")
        return None

    def _check_message(self, p: Dict[str, str]) -> Optional[Tuple[int, JSON]]:
        err = self._check_channel(p)
        if err:
            return err
        msg = self.messages.get(int(p["message_id"]))
        if msg is None or msg["channel_id"] != p["channel_id"]:
            return self._error(404, UNKNOWN_MESSAGE, "Unknown Message")
        return None

    async def _h_get_channel(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        return self._check_channel(p) or (200, self._channel(int(p["channel_id"])))

    async def _h_create_message(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        err = self._check_channel(p)
        if err:
            return err
        cid = int(p["channel_id"])
        if cid in self.dm_channels:
            recipient = int(self.dm_channels[cid]["recipients"][0]["id"])
            if recipient in self.dm_blocked_users:
                return self._error(403, CANNOT_SEND_TO_USER, "Cannot send messages to this user")
        body = rec.json or {}
        content_keys = ("content", "embeds", "components", "attachments", "sticker_ids", "poll")
        if not any(body.get(k) for k in content_keys) and not rec.files:
            return self._error(400, 50006, "Cannot send an empty message")
        nonce = body.get("nonce")
        key = (cid, str(nonce))
        if nonce is not None and body.get("enforce_nonce") and self.nonces.get(key) in self.messages:
            return 200, self.messages[self.nonces[key]]
        message = self._create_message(cid, body, rec.files)
        if nonce is not None:
            self.nonces[key] = int(message["id"])
        if self.after_create is not None:
            self.after_create(message)
        return 200, message

    async def _h_get_message(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        return self._check_message(p) or (200, self.messages[int(p["message_id"])])

    async def _h_edit_message(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        return self._check_message(p) or (200, self._edit_message(int(p["message_id"]), rec.json or {}, rec.files))

    async def _h_delete_message(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        err = self._check_message(p)
        if err:
            return err
        del self.messages[int(p["message_id"])]
        return 204, None

    async def _h_thread_from_message(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        err = self._check_message(p)
        if err:
            return err
        mid, cid = int(p["message_id"]), int(p["channel_id"])
        if mid in self.guild.threads:
            return self._error(400, THREAD_ALREADY_CREATED, "A thread has already been created for this message")
        parent = self._channel(cid)
        if parent["type"] not in (discord.ChannelType.text.value, discord.ChannelType.news.value):
            return self._error(400, 50024, "Cannot execute action on this channel type")
        body = rec.json or {}
        announcement = parent["type"] == discord.ChannelType.news.value
        kind = discord.ChannelType.news_thread.value if announcement else discord.ChannelType.public_thread.value
        # A thread started from a message has the message's id.
        thread = thread_payload(
            mid,
            self.guild.id,
            cid,
            self.bot_id,
            body.get("name", "thread"),
            type=kind,
            auto_archive_duration=body.get("auto_archive_duration") or 1440,
            rate_limit_per_user=body.get("rate_limit_per_user") or 0,
        )
        return 201, await self._add_thread(thread)

    async def _h_thread_without_message(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        err = self._check_channel(p)
        if err:
            return err
        body = rec.json or {}
        thread = thread_payload(
            self.ids(),
            self.guild.id,
            int(p["channel_id"]),
            self.bot_id,
            body.get("name", "thread"),
            type=body.get("type") or discord.ChannelType.private_thread.value,
            auto_archive_duration=body.get("auto_archive_duration") or 1440,
        )
        return 201, await self._add_thread(thread)

    async def _add_thread(self, thread: JSON) -> JSON:
        self.guild.threads[int(thread["id"])] = thread
        if self._live_connection() is not None:
            await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        return thread

    async def _h_no_content(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        if "message_id" in p:
            return self._check_message(p) or (204, None)
        return self._check_channel(p) or (204, None)

    async def _h_get_member(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        member = self.guild.members.get(int(p["user_id"]))
        if member is None:
            return self._error(404, UNKNOWN_MEMBER, "Unknown Member")
        return 200, member

    async def _h_member_role(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        uid, rid = int(p["user_id"]), int(p["role_id"])
        if uid not in self.guild.members:
            return self._error(404, UNKNOWN_MEMBER, "Unknown Member")
        if rid not in self.guild.roles:
            return self._error(404, 10011, "Unknown Role")
        roles = [int(r) for r in self.guild.members[uid]["roles"]]
        roles = [r for r in roles if r != rid] + ([rid] if rec.method == "PUT" else [])
        self.guild.set_member_roles(uid, roles)
        return 204, None

    # -- interactions

    async def _h_callback(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        inter = self.interactions.get(int(p["interaction_id"]))
        if inter is None or inter.token != p["token"]:
            return self._error(404, UNKNOWN_INTERACTION, "Unknown interaction")
        if self.interaction_deadline is not None and time.monotonic() - inter.created_at > self.interaction_deadline:
            return self._error(404, UNKNOWN_INTERACTION, "Unknown interaction")
        if inter.response_type is not None:
            return self._error(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.")
        body = rec.json or {}
        rtype, data = int(body.get("type", 0)), body.get("data") or {}
        inter.response_type = rtype
        flags = int(data.get("flags") or 0)
        message: Optional[JSON] = None
        if rtype == 4:  # CHANNEL_MESSAGE_WITH_SOURCE
            message = self._create_message(int(inter.payload["channel_id"]), data, rec.files, interaction=inter)
        elif rtype == 5:  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE ("is thinking...")
            inter.deferred_loading = True
            message = self._create_message(
                int(inter.payload["channel_id"]), {"flags": flags | LOADING}, [], interaction=inter
            )
        elif rtype in (6, 7) and "message" in inter.payload:  # (DEFERRED_)UPDATE_MESSAGE of a component
            clicked = inter.payload["message"]
            message = self.messages.get(int(clicked["id"]), clicked)
            if rtype == 7:
                message = self._edit_message(int(clicked["id"]), data, rec.files)
        if message is not None and rtype in (4, 5):
            inter.original_message_id = int(message["id"])
        # ``?with_response=1`` (always sent by discord.py >= 2.5): InteractionCallbackResponse.
        response: JSON = {
            "interaction": {
                "id": str(inter.id),
                "type": inter.payload["type"],
                "response_message_loading": rtype == 5,
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            }
        }
        if message is not None:
            response["interaction"]["response_message_id"] = message["id"]
            response["resource"] = {"type": rtype, "message": message}
        elif rtype not in (1, 6):
            response["resource"] = {"type": rtype}
        if rec.query.get("with_response") in ("1", "true", "True"):
            return 200, response
        return 204, None

    def _interaction_by_token(self, p: Dict[str, str]) -> Optional[DispatchedInteraction]:
        if int(p["app_id"]) != self.application_id:
            return None
        return next((i for i in self.interactions.values() if i.token == p["token"]), None)

    async def _h_followup(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        inter = self._interaction_by_token(p)
        if inter is None or inter.response_type is None:  # follow-ups only after the callback
            return self._error(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        body = rec.json or {}
        if inter.deferred_loading and inter.original_message_id is not None:
            # The first follow-up after a "thinking" defer replaces the loading message
            # (it keeps the defer's ephemeral flag).
            inter.deferred_loading = False
            original = self.messages[inter.original_message_id]
            keep = int(original.get("flags", 0)) & EPHEMERAL
            message = self._edit_message(inter.original_message_id, {**body, "flags": keep}, rec.files, edited=False)
        else:
            message = self._create_message(int(inter.payload["channel_id"]), body, rec.files, interaction=inter)
            inter.followup_ids.append(int(message["id"]))
        if rec.query.get("wait") in ("1", "true", "True"):
            return 200, message
        return 204, None

    def _webhook_message_id(self, inter: DispatchedInteraction, p: Dict[str, str]) -> Optional[int]:
        if p["message_id"] == "@original":
            return inter.original_message_id
        mid = int(p["message_id"])
        return mid if mid in inter.followup_ids or mid == inter.original_message_id else None

    async def _h_webhook_get(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        inter = self._interaction_by_token(p)
        if inter is None:
            return self._error(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        mid = self._webhook_message_id(inter, p)
        if mid is None or mid not in self.messages:
            return self._error(404, UNKNOWN_MESSAGE, "Unknown Message")
        return 200, self.messages[mid]

    async def _h_webhook_edit(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        inter = self._interaction_by_token(p)
        if inter is None:
            return self._error(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        if p["message_id"] == "@original" and inter.original_message_id is None and inter.response_type in (6, 7):
            # For a component interaction answered with (deferred) update, @original is the clicked message.
            inter.original_message_id = int(inter.payload["message"]["id"])
        mid = self._webhook_message_id(inter, p)
        if mid is None or mid not in self.messages:
            return self._error(404, UNKNOWN_MESSAGE, "Unknown Message")
        if mid == inter.original_message_id:
            inter.deferred_loading = False
        return 200, self._edit_message(mid, rec.json or {}, rec.files)

    async def _h_webhook_delete(self, rec: RecordedRequest, p: Dict[str, str]) -> Tuple[int, Any]:
        inter = self._interaction_by_token(p)
        mid = self._webhook_message_id(inter, p) if inter else None
        if mid is None or mid not in self.messages:
            return self._error(404, UNKNOWN_MESSAGE, "Unknown Message")
        del self.messages[mid]
        return 204, None

    # ------------------------------------------------------------------ message helpers

    def _mentioned_users(self, content: str, *, guild: bool) -> List[JSON]:
        out = []
        for uid in dict.fromkeys(int(m) for m in USER_MENTION_RE.findall(content or "")):
            user = self.users.get(uid)
            if user is None:
                continue
            member = self.guild.members.get(uid) if guild else None
            if member is not None:  # Discord adds a partial "member" to each mentioned user in guilds
                out.append({**user, "member": {k: v for k, v in member.items() if k != "user"}})
            else:
                out.append(user)
        return out

    def _mentioned_roles(self, content: str) -> List[int]:
        return [int(r) for r in dict.fromkeys(ROLE_MENTION_RE.findall(content or "")) if int(r) in self.guild.roles]

    def _attachments(self, channel_id: int, body: JSON, files: List[RecordedFile]) -> List[JSON]:
        """Map ``attachments: [{"id": index, ...}]`` + ``files[index]`` parts to attachment objects."""
        by_field = {f.field: f for f in files}
        out: List[JSON] = []
        for att in body.get("attachments") or []:
            part = by_field.get(f"files[{att.get('id')}]")
            if part is None:  # an existing attachment being kept on edit
                out.append(att)
                continue
            aid = self.ids()
            url = f"{self.url}/attachments/{channel_id}/{aid}/{part.filename}"
            item = {
                "id": str(aid),
                "filename": part.filename or att.get("filename") or "file",
                "size": len(part.data),
                "url": url,
                "proxy_url": url,
                "content_type": part.content_type,
            }
            if att.get("description"):
                item["description"] = att["description"]
            out.append(item)
        return out

    def _create_message(
        self,
        channel_id: int,
        body: JSON,
        files: List[RecordedFile],
        *,
        interaction: Optional[DispatchedInteraction] = None,
    ) -> JSON:
        chan = self._channel(channel_id)
        in_guild = "guild_id" in chan
        reference = body.get("message_reference")
        referenced = self.messages.get(int(reference["message_id"])) if reference else None
        metadata = None
        msg_type = 19 if reference else 0
        if interaction is not None:
            ip = interaction.payload
            user = ip["member"]["user"] if "member" in ip else ip["user"]
            metadata = {
                "id": str(interaction.id),
                "type": ip["type"],
                "user": user,
                "authorizing_integration_owners": ip["authorizing_integration_owners"],
            }
            if ip["type"] == discord.InteractionType.application_command.value:
                msg_type = 20  # CHAT_INPUT_COMMAND
            else:
                msg_type = 19
                metadata["interacted_message_id"] = ip["message"]["id"]
        msg = message_payload(
            self.ids(),
            channel_id,
            self.bot_user,
            content=body.get("content") or "",
            guild_id=self.guild.id if in_guild else None,
            member=self.guild.members.get(self.bot_id) if in_guild and interaction is None else None,
            mentions=self._mentioned_users(body.get("content") or "", guild=in_guild),
            mention_roles=self._mentioned_roles(body.get("content") or "") if in_guild else (),
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            attachments=self._attachments(channel_id, body, files),
            nonce=body.get("nonce"),
            flags=int(body.get("flags") or 0),
            tts=bool(body.get("tts")),
            type=msg_type,
            message_reference=reference,
            referenced_message=referenced,
            webhook_id=self.application_id if interaction is not None else None,
            application_id=self.application_id if interaction is not None else None,
            interaction_metadata=metadata,
        )
        self.messages[int(msg["id"])] = msg
        return msg

    def _edit_message(self, message_id: int, body: JSON, files: List[RecordedFile], *, edited: bool = True) -> JSON:
        msg = dict(self.messages[message_id])
        cid = int(msg["channel_id"])
        empty: JSON = {"content": "", "embeds": [], "components": [], "flags": 0}
        for key in empty:
            if key in body:  # an explicit null clears the field
                msg[key] = body[key] if body[key] is not None else empty[key]
        if "attachments" in body:
            msg["attachments"] = self._attachments(cid, body, files)
        if "content" in body:
            msg["mentions"] = self._mentioned_users(msg["content"], guild="guild_id" in msg)
        # Completing a "thinking" message clears the LOADING flag.
        msg["flags"] = int(msg.get("flags") or 0) & ~LOADING
        if edited:
            msg["edited_timestamp"] = iso()
        self.messages[message_id] = msg
        return msg


# --------------------------------------------------------------------------- client-side redirection


def redirect_discord_py(api_url: str) -> Callable[[], None]:
    """Point discord.py (this process) at a double; returns a function that undoes it.

    discord.py has no public option for this; two class attributes hold the endpoints:

    * ``discord.http.Route.BASE`` -- REST base, read when each ``Route`` is built (the
      webhook/interaction adapter uses the same ``Route`` class);
    * ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` -- a plain ``Client``/``Bot``
      never calls GET /gateway/bot, it connects here first and again after every
      non-resumable INVALID_SESSION (resumes go to READY's ``resume_gateway_url``).
    """
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    base = api_url.rstrip("/")
    old = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    Route.BASE = f"{base}/api/v{API_VERSION}"
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(base.replace("http", "ws", 1) + "/gateway")

    def restore() -> None:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = old

    return restore


# --------------------------------------------------------------------------- running bots against the double

if TYPE_CHECKING:
    import discord

ClientT = TypeVar("ClientT", bound="discord.Client")


@contextlib.asynccontextmanager
async def run_client(api: FakeDiscord, client: ClientT, token: str = "fake-token") -> AsyncIterator[ClientT]:
    """Run a discord.py client in *this* event loop against ``api`` until the block exits.

    Returns once the gateway session is live (READY + GUILD_CREATE sent); if the client
    dies during startup (e.g. ``PrivilegedIntentsRequired``), its exception is raised.
    discord.py's endpoints are restored afterwards.
    """
    restore = redirect_discord_py(api.url)
    task = asyncio.create_task(client.start(token))
    try:
        ready = asyncio.create_task(api.wait_until_ready())
        await asyncio.wait({ready, task}, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            ready.cancel()
            task.result()  # raises the startup error
        await ready
        yield client
    finally:
        await client.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 10)
        restore()


class BotProcess:
    """A bot (``perfm-bot run``, ``python example_bot.py``...) in a child process.

    stdout/stderr go to ``log_path``; :meth:`stop` prints the log tail, which pytest
    shows only for failing tests.  Usage::

        env = {**os.environ, "PERFM_DISCORD_API": api.url}
        async with BotProcess(["perfm-bot", "run"], env, tmp_path / "bot.log"):
            await api.wait_until_ready(timeout=30)
    """

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], log_path: Path) -> None:
        self.argv, self.env, self.log_path = list(argv), dict(env), log_path
        self.proc: Optional[asyncio.subprocess.Process] = None

    async def start(self) -> None:
        with self.log_path.open("ab") as log_file:  # the child keeps its own descriptor
            self.proc = await asyncio.create_subprocess_exec(
                *self.argv, env=self.env, stdout=log_file, stderr=log_file
            )

    async def stop(self, grace: float = 10.0) -> None:
        """SIGINT, a second SIGINT after 1 s, SIGKILL after ``grace``.

        The second SIGINT matters for bots that rely on ``asyncio.run``'s default SIGINT
        handling (cancel main()): on Python 3.11 ``asyncio.wait_for`` swallows a
        cancellation that lands just as the awaited call completes, and discord.py wraps
        its gateway connect in ``wait_for`` -- a SIGINT right after READY can be lost.
        A repeated SIGINT raises KeyboardInterrupt outright.
        """
        proc = self.proc
        if proc is None or proc.returncode is not None:
            return
        for sig, wait in ((signal.SIGINT, 1.0), (signal.SIGINT, grace), (signal.SIGKILL, None)):
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(sig)
            try:
                await asyncio.wait_for(proc.wait(), wait)
                break
            except asyncio.TimeoutError:
                continue
        print(f"--- bot log ({self.log_path}, exit {proc.returncode}) ---\n{self.log()[-4000:]}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    async def __aenter__(self) -> "BotProcess":
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


__all__ = [
    "BotProcess",
    "DispatchedInteraction",
    "FakeDiscord",
    "Intent",
    "Op",
    "RecordedFile",
    "RecordedRequest",
    "RequestTimeout",
    "redirect_discord_py",
    "run_client",
]
