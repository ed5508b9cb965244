"""Discord unreachable at start-up: one line saying so, exit 1, and a server that accepts but
never answers is given up on after PERFM_CONNECT_TIMEOUT (not waited on for ever)."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from pathlib import Path

import pytest

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.not-a-real-token-just-for-tests"
REPO = Path(__file__).resolve().parents[2]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PERFM_"))}
    return {**env, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO), **extra}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def perfm(args: list[str], env: dict[str, str], cwd: Path, limit: float = 180) -> tuple[int, str, float]:
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "perfm_bot", *args, env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), limit)
    return proc.returncode, (out + err).decode(), time.monotonic() - started


@pytest.mark.parametrize("command", [["sync-commands"], ["run"]])
async def test_a_closed_port_is_one_line_and_exit_1(settings, tmp_path, command):

    env = clean_env(DISCORD_TOKEN=TOKEN, PERFM_DISCORD_API=f"http://127.0.0.1:{closed_port()}",
                    PERFM_KNOWLEDGE=str(settings.knowledge_dir), PERFM_STATE=str(settings.state_dir),
                    PERFM_LOG_LEVEL="ERROR")
    code, output, _ = await perfm([*command, "--env-file", str(tmp_path / "none.env")], env, tmp_path)
    assert code == 1, output
    lines = [line for line in output.splitlines() if line.startswith("perfm-bot")]
    assert len(lines) == 1 and "cannot reach Discord at http://127.0.0.1:" in lines[0], output
    assert "Traceback" not in output


async def test_a_server_that_never_answers_is_given_up_on(tmp_path):
    accepted: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(writer)  # keep the connection open, say nothing

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    env = clean_env(DISCORD_TOKEN=TOKEN, PERFM_DISCORD_API=f"http://127.0.0.1:{port}", PERFM_CONNECT_TIMEOUT="3")
    try:
        code, output, took = await perfm(["sync-commands", "--env-file", str(tmp_path / "none.env")], env, tmp_path)
    finally:
        server.close()
        for writer in accepted:
            writer.close()
    assert code == 1 and "cannot reach Discord" in output and "no answer within 3 s" in output, output
    assert accepted, "the silent server was reached (the timeout, not a refused connection, ended it)"
    assert took < 60
