"""Test doubles for Discord: ``FakeDiscord`` (REST + gateway on 127.0.0.1) and ``OfflineBot``
(in-process ``CommandTree._call`` with captured HTTP). See README.md in this folder."""
