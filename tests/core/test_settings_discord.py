"""Discord settings from the environment and .env: no Discord needed."""

from __future__ import annotations

import base64

import pytest

from perfm_bot.core.settings import BotSettings, ConfigError, application_id_from_token, read_env

TOKEN = base64.b64encode(b"123456789012345678").decode().rstrip("=") + ".GhIjKl.secret-part"


def test_the_environment_wins_over_the_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=from-file\nPERFM_GUILD_ID=1\nPERFM_ASK_CHANNEL_IDS=5, 6\n")
    values = read_env(env_file, {"PERFM_GUILD_ID": "2"})
    settings = BotSettings.from_env(values)
    assert (settings.token, settings.guild_id, settings.ask_channel_ids) == ("from-file", 2, frozenset({5, 6}))


def test_a_missing_token_says_what_to_set(tmp_path):
    with pytest.raises(ConfigError, match=r"DISCORD_TOKEN is not set.*\.env\.example"):
        BotSettings.from_env(read_env(tmp_path / "missing.env", {}))


def test_the_token_never_shows_in_repr():
    settings = BotSettings.from_env({"DISCORD_TOKEN": TOKEN, "PERFM_GUILD_ID": "7"})
    assert "secret" not in repr(settings) and "guild_id=7" in repr(settings)


def test_bad_ids_and_urls_are_named():
    with pytest.raises(ConfigError, match="PERFM_ORGANIZER_ROLE_ID must be a Discord id.*'Organizers'"):
        BotSettings.from_env({"DISCORD_TOKEN": "t", "PERFM_ORGANIZER_ROLE_ID": "Organizers"})
    with pytest.raises(ConfigError, match="PERFM_SITE_URL"):
        BotSettings.from_env({"DISCORD_TOKEN": "t", "PERFM_SITE_URL": "example.org"})


def test_the_site_url_loses_its_trailing_slash():
    assert BotSettings.from_env({"DISCORD_TOKEN": "t", "PERFM_SITE_URL": "https://x.org/"}).site_url == "https://x.org"


def test_the_application_id_is_read_from_the_token():
    assert application_id_from_token(TOKEN) == 123456789012345678
    with pytest.raises(ConfigError, match="PERFM_APPLICATION_ID"):
        application_id_from_token("not-a-token")
