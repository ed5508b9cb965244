"""perfm-bot run / sync-commands / invite-url: what an operator sees."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import discord
from discord_double.fake_discord import FakeDiscord

from perfm_bot.cli.main import main

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.cli.not-a-real-token"  # base64 of the application id 123456789012345678


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PERFM_"))}
    return {**env, "HF_HUB_OFFLINE": "1", **extra}


def test_run_without_a_token_says_what_to_set_and_loads_no_model(tmp_path: Path) -> None:
    code = (
        "import sys; from perfm_bot.cli.main import main; rc = main(sys.argv[1:]); "
        "print('model imported' if 'torch' in sys.modules or 'discord' in sys.modules else 'light'); sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "run", "--env-file", str(tmp_path / "missing.env")],
        env=clean_env(), capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1
    assert "DISCORD_TOKEN is not set" in done.stderr and ".env.example" in done.stderr
    assert done.stdout.strip() == "light"


def test_invite_url_asks_for_the_scopes_and_permissions_the_bot_uses(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("PERFM_APPLICATION_ID", raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert main(["invite-url", "--env-file", str(tmp_path / "none.env")]) == 0
    url = urlsplit(capsys.readouterr().out.strip())
    query = parse_qs(url.query)
    assert (url.netloc, url.path) == ("discord.com", "/oauth2/authorize")
    assert query["client_id"] == ["123456789012345678"]
    assert query["scope"] == ["bot applications.commands"]
    # Decoded from the URL and named one by one (README, "Invite it"), not rebuilt by the code under test.
    granted = discord.Permissions(int(query["permissions"][0]))
    assert granted.view_channel  # View Channels
    assert granted.send_messages  # Send Messages
    assert granted.send_messages_in_threads  # Send Messages in Threads
    assert granted.create_public_threads  # Create Public Threads
    assert granted.embed_links  # Embed Links
    assert granted.attach_files  # Attach Files
    assert granted.read_message_history  # Read Message History
    assert granted.mention_everyone  # Mention @everyone, @here and All Roles
    assert sum(1 for _, on in granted if on) == 8, "these eight and no other"


async def test_sync_commands_registers_globally_without_connecting(tmp_path: Path) -> None:
    async with FakeDiscord(token=TOKEN) as api:
        env = clean_env(DISCORD_TOKEN=TOKEN, PERFM_DISCORD_API=api.url)
        for extra, expected in (([], {"ask", "dates", "news", "announce", "answer", "deadline", "faq"}), (["--clear"], set())):
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "perfm_bot", "sync-commands", "--env-file", str(tmp_path / "none.env"), *extra,
                env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            out, err = await asyncio.wait_for(proc.communicate(), 120)
            assert proc.returncode == 0, err.decode()
            names = {c["name"] for c in api.synced_commands[None]}
            assert names >= expected if expected else names == set()
            assert TOKEN not in out.decode() + err.decode()
        assert api.identify_count == 0  # REST only: no gateway session, no model
        assert api.guild.id not in api.synced_commands


def test_run_refuses_a_malformed_rehearsal_clock_before_loading_anything(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert main(["run", "--env-file", str(tmp_path / "none.env"), "--simulate-from", "next tuesday"]) == 2
    assert "--simulate-from" in capsys.readouterr().err
