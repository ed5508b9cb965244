"""A new workshop's bot end to end, the way the README's quick start runs it: a Jekyll-built site
served over real HTTP, ``import URL`` into an empty knowledge folder, then ``ask`` answers from
it citing the live page, and ``dates propose`` / ``dates accept`` turn its deadline into a date
the reminders follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfm_bot.cli import main as cli
from site_server import SiteServer

LAYOUT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Tiny Robots Workshop 2026</title>
<meta name="description" content="{description}"></head>
<body><header><nav><a href="/">Home</a> <a href="/cfp/">Call for papers</a></nav></header>
<main>{body}</main><footer>&copy; 2026 Tiny Robots Workshop</footer></body></html>
"""
HOME = """<h1 id="tiny-robots-workshop-2026">Tiny Robots Workshop 2026</h1>
<p>A one-day workshop on very small robots, held at the Example Conference in Lisbon.</p>
<h2 id="invited-speakers">Invited Speakers</h2>
<ul><li>Grace Hopper &mdash; Navy Labs</li><li>Alan Turing &mdash; Bletchley Park</li><li>Ada Lovelace &mdash; Analytical Engines</li></ul>
<p>See the <a href="/cfp/">call for papers</a>.</p>
"""
CFP = """<h1 id="call-for-papers">Call for papers</h1>
<p>We invite papers of up to 4 pages on the following topics:</p>
<ul><li>Micro-actuators</li><li>Swarm control</li><li>Tiny sensors</li></ul>
<h2 id="important-dates">Important dates</h2>
<ul><li>Paper submission deadline: <s>March 3, 2026</s> March 10, 2026 (AoE)</li>
<li>Notification of acceptance: April 7, 2026</li></ul>
"""


@pytest.fixture
def live_site(tmp_path: Path):
    root = tmp_path / "_site"
    (root / "cfp").mkdir(parents=True)
    (root / "index.html").write_text(LAYOUT.format(title="Home", description="Tiny robots, Lisbon 2026", body=HOME))
    (root / "cfp" / "index.html").write_text(LAYOUT.format(title="Call for papers", description="Submit by March 10", body=CFP))
    server = SiteServer(root).start()
    yield server
    server.stop()


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


def test_import_a_live_site_then_ask_it_and_accept_its_deadline(capsys, live_site: SiteServer, tmp_path: Path):
    knowledge, state = tmp_path / "knowledge", tmp_path / "state"
    knowledge.mkdir()
    where = ("--knowledge", str(knowledge), "--state", str(state))

    _, out = run(capsys, "import", live_site.url + "/", *where, "--delay", "0", "--timeout", "3")
    assert "2 imported" in out
    assert "paper-submission-deadline: Paper submission deadline — 2026-03-10 AoE" in out  # proposed at once

    _, out = run(capsys, "ask", "Who are the speakers?", "--json", *where)
    answer = json.loads(out)
    assert answer["answered"], answer
    assert any(name in answer["answer"] for name in ("Grace Hopper", "Alan Turing", "Ada Lovelace"))  # all: ROSTER_UNITS
    url = answer["sources"][0]["url"]
    assert url.startswith(live_site.url + "/") and not url.endswith("#")

    _, out = run(capsys, "ask", "When is the paper submission deadline?", "--json", *where)
    answer = json.loads(out)  # not accepted yet: answered from the page's own words, with its source
    assert answer["answered"] and "March 10, 2026" in answer["answer"] and "March 3" not in answer["answer"]
    assert answer["sources"][0]["url"] == live_site.url + "/cfp/#important-dates"

    _, out = run(capsys, "dates", "propose", "--json", *where)
    proposals = {p["key"]: p for p in json.loads(out)["proposals"]}
    deadline = proposals["paper-submission-deadline"]
    assert (deadline["date"], deadline["timezone"], deadline["kind"], deadline["changed"]) == ("2026-03-10", "AoE", "deadline", True)
    assert proposals["notification-of-acceptance"]["kind"] == "event"

    run(capsys, "dates", "accept", "paper-submission-deadline", "--by", "ada", *where)
    _, out = run(capsys, "deadline", "list", *where)
    assert "paper-submission-deadline" in out and "2026-03-10" in out
    _, out = run(capsys, "dates", "propose", *where)
    assert "paper-submission-deadline" not in out and "notification-of-acceptance" in out
    _, out = run(capsys, "check", *where)
    assert "warning" not in out
