"""``perfm-bot import`` as the operator uses it: each bad source gets one clear message and exit
code 2 and leaves knowledge/ byte for byte as it was; a good one reports each page and a summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfm_bot.cli import main as cli
from site_server import SiteServer, endless, free_port, redirect, respond, slow, snapshot

FAST = ("--delay", "0", "--timeout", "3")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(capsys, server: SiteServer, knowledge: Path, tmp_path: Path) -> Path:
    """A knowledge folder that already holds one import (so a wrongly applied bad import would show)."""
    code, out, _ = run(capsys, "import", server.url + "/ws/", "--knowledge", str(knowledge), "--state", str(tmp_path / "state"), *FAST)
    assert code == 0 and "3 imported" in out
    return knowledge


BAD_SOURCES = {
    "404 at the base": ("/missing/", None, "not found (HTTP 404)"),
    "not HTML": ("/ws/data/", respond(b"%PDF-1.7", "application/pdf"), "not an HTML page (it is application/pdf)"),
    "redirect loop": ("/loop/a/", None, "redirect loop: "),
    "a 50 MB page, declared": ("/huge/", respond(b"<html>", declared=50 * 1024 * 1024), "too large (50.0 MB; the cap is 5.0 MB)"),
    "a 50 MB page, streamed": ("/stream/", endless(), "too large (over the cap of 5.0 MB)"),
    "a timeout": ("/slow/", slow(5), "timed out after 0.5 s"),
}


@pytest.mark.parametrize("case", list(BAD_SOURCES))
def test_a_bad_source_gets_one_message_exit_2_and_changes_nothing(capsys, case: str, server: SiteServer, imported: Path, tmp_path: Path):
    path, route, message = BAD_SOURCES[case]
    if route is not None:
        server.routes[path] = route
    server.routes["/loop/a/"] = redirect("/loop/b/")
    server.routes["/loop/b/"] = redirect("/loop/a/")
    before = snapshot(imported)
    timeout = ("--timeout", "0.5") if case == "a timeout" else ()
    code, out, err = run(capsys, "import", server.url + path, "--knowledge", str(imported), "--state", str(tmp_path / "state"), *FAST, *timeout)
    assert code == 2 and out == ""
    assert err.startswith(f"perfm-bot: cannot import {server.url}{path}: ") and message in err and len(err.strip().splitlines()) == 1
    assert snapshot(imported) == before


def test_a_base_that_redirects_to_another_site_is_refused_and_changes_nothing(capsys, server: SiteServer, site: Path, imported: Path, tmp_path: Path):
    other = SiteServer(site).start()  # the same files on another port: another origin, another site
    try:
        server.routes["/moved/"] = redirect(other.url + "/ws/")
        server.routes["/renamed/"] = redirect("/ws/")  # within the site: followed, as before
        before = snapshot(imported)
        code, out, err = run(capsys, "import", server.url + "/moved/", "--knowledge", str(imported), "--state", str(tmp_path / "state"), *FAST)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
        assert f"cannot import {server.url}/moved/: it redirects to {other.url}/ws/, another site than {server.url}" in err
        assert f"import {other.url}/ws/ instead" in err
        assert snapshot(imported) == before
        code, out, _ = run(capsys, "import", server.url + "/renamed/", "--knowledge", str(imported), "--state", str(tmp_path / "state"), *FAST)
        assert code == 0 and f"redirects to {server.url}/ws/" in out
    finally:
        other.stop()


def test_nothing_listening_is_a_clear_message_and_changes_nothing(capsys, imported: Path, tmp_path: Path):
    before = snapshot(imported)
    url = f"http://127.0.0.1:{free_port()}/"
    code, _, err = run(capsys, "import", url, "--knowledge", str(imported), "--state", str(tmp_path / "state"), *FAST)
    assert code == 2 and "connection refused" in err and url.rstrip("/") in err
    assert snapshot(imported) == before


def test_a_folder_without_pages_or_a_missing_one_or_another_scheme_is_bad_input(capsys, knowledge: Path, tmp_path: Path):
    empty = tmp_path / "site"
    (empty / "assets").mkdir(parents=True)
    (empty / "assets/logo.png").write_bytes(b"\x89PNG")
    (empty / "_config.yml").write_text("title: x\n")
    before = snapshot(knowledge)
    for source, message in ((empty, "no pages"), (tmp_path / "nope", "no such folder"), ("ftp://example.org/", "only http:// and https://")):
        code, _, err = run(capsys, "import", str(source), "--knowledge", str(knowledge), "--state", str(tmp_path / "state"))
        assert code == 2 and message in err, err
    assert snapshot(knowledge) == before


def test_a_damaged_import_list_is_a_knowledge_problem_exit_1(capsys, server: SiteServer, imported: Path, tmp_path: Path):
    (imported / "pages/.imported.json").write_text("{not json")
    before = snapshot(imported)
    code, _, err = run(capsys, "import", server.url + "/ws/", "--knowledge", str(imported), "--state", str(tmp_path / "state"), *FAST)
    assert code == 1 and ".imported.json" in err and "move it aside" in err
    assert snapshot(imported) == before


def test_the_report_has_one_line_per_page_then_a_summary_and_json_on_request(capsys, server: SiteServer, site: Path, imported: Path, tmp_path: Path):
    (site / "ws/speakers.html").write_text("<html><body>New speakers</body></html>")
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /ws/cfp/\n")
    args = ("import", server.url + "/ws/", "--knowledge", str(imported), "--state", str(tmp_path / "state"), *FAST)
    code, out, _ = run(capsys, *args, "--dry-run")
    assert code == 0 and "(dry run: nothing written)" in out
    assert b"New speakers" not in (imported / "pages/speakers.html").read_bytes()
    code, out, _ = run(capsys, *args)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"updated   pages/speakers.html <- {server.url}/ws/speakers.html"
    assert f"unchanged pages/index.html <- {server.url}/ws/" in lines
    assert f"removed   pages/cfp.html <- {server.url}/ws/cfp/: no longer on the site" in lines
    assert f"skipped   {server.url}/ws/cfp/: robots.txt does not allow it" in lines
    assert any(line.startswith(f"Imported {server.url}/ws/ into ") and "0 imported, 1 updated, 1 unchanged, 1 removed, 0 kept, 1 skipped." in line for line in lines)

    code, out, _ = run(capsys, *args, "--json")
    data = json.loads(out)
    assert code == 0 and data["counts"] == {"imported": 0, "updated": 0, "unchanged": 2, "removed": 0, "kept": 0, "skipped": 1}
    assert {"action": "unchanged", "path": "speakers.html", "origin": f"{server.url}/ws/speakers.html", "reason": None} in data["outcomes"]
    assert data["written"] is False


def test_a_local_site_folder_through_the_cli_then_check_still_reads_the_organizers_files(capsys, knowledge: Path, tmp_path: Path):
    site = tmp_path / "site"
    (site / "_includes").mkdir(parents=True)
    (site / "index.md").write_text("---\ntitle: Home\n---\n# Welcome\n")
    (site / "_includes/footer.html").write_text("<footer>(c)</footer>\n")
    code, out, _ = run(capsys, "import", str(site), "--knowledge", str(knowledge), "--state", str(tmp_path / "state"))
    assert code == 0 and "imported  pages/index.md" in out and "imported  pages/_includes/footer.html" in out
    assert (knowledge / "pages/index.md").read_bytes() == (site / "index.md").read_bytes()
    code, out, _ = run(capsys, "check", "--knowledge", str(knowledge))
    assert code == 0
