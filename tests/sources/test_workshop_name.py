"""The bot names its workshop from the knowledge, never from a word in the code."""

from __future__ import annotations

from pathlib import Path

from perfm_bot.sources.loader import load_knowledge
from perfm_bot.sources.workshop_name import UNNAMED, workshop_name


def knowledge(tmp_path: Path, files: dict[str, str]):
    for rel, text in files.items():
        path = tmp_path / "pages" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return load_knowledge(tmp_path)


def test_the_setting_wins_then_the_sites_config_title(tmp_path: Path):
    k = knowledge(tmp_path, {"_config.yml": "title: TokShop @ COLM 2026\n", "index.md": "---\ntitle: Home\n---\nHi\n", "cfp.md": "# CFP\n"})
    assert workshop_name(k, "  My   Workshop ") == "My Workshop"
    assert workshop_name(k) == "TokShop @ COLM 2026"


def test_without_a_config_the_home_page_then_the_only_page_names_it(tmp_path: Path):
    home = knowledge(tmp_path / "a", {"index.html": "<title>Brain FM 2025</title><h1>Welcome</h1>", "cfp.html": "<title>CFP</title>"})
    assert workshop_name(home) == "Brain FM 2025"
    only = knowledge(tmp_path / "b", {"perfm.md": "---\ntitle: PerFM Workshop @ AAAI 2026\npermalink: /events/perfm/\n---\nText\n"})
    assert workshop_name(only) == "PerFM Workshop @ AAAI 2026"


def test_nothing_to_go_by_is_the_workshop(tmp_path: Path):
    many = knowledge(tmp_path, {"a.md": "# A\n", "b.md": "# B\n"})
    assert workshop_name(many) == UNNAMED == "the workshop"
    assert workshop_name(None) == UNNAMED


def test_markup_in_the_sites_title_is_not_part_of_the_name(tmp_path: Path):
    k = knowledge(tmp_path, {"_config.yml": 'title: "<b>CogInterp</b>: Interpreting Cognition <br> in Deep Learning Models"\n', "index.md": "# Hi\n"})
    assert workshop_name(k) == "CogInterp: Interpreting Cognition in Deep Learning Models"
