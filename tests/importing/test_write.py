"""Landing pages: the importer rewrites and removes only its own unedited files, and a crash at
any write leaves whole files that the next run still recognises as its own."""

from __future__ import annotations

from pathlib import Path

import pytest

import perfm_bot.importing.write as write
from perfm_bot.core.errors import PerfmError
from perfm_bot.importing.records import Harvest, LandingPage
from perfm_bot.importing.write import land, read_manifest


def harvest(*pages: tuple[str, str], complete: bool = True) -> Harvest:
    return Harvest("https://ws.example.org/", tuple(LandingPage(p, t.encode(), origin=f"https://ws.example.org/{p}") for p, t in pages), complete=complete)


def test_an_organizers_file_and_a_hand_edited_import_are_left_alone_and_named(knowledge: Path):
    pages = knowledge / "pages"
    land(harvest(("a.html", "A1"), ("b.html", "B1")), pages)
    (pages / "a.html").write_text("A1 with the organizer's fix")
    (pages / "mine.html").write_text("written by hand")
    report = land(harvest(("a.html", "A2"), ("mine.html", "from the site")), pages)
    reasons = {o.path: (o.action, o.reason) for o in report.outcomes}
    assert reasons["a.html"] == ("skipped", "edited by hand since the last import; move it aside to import it again")
    assert reasons["mine.html"] == ("skipped", "a file perfm-bot did not import is already there; left as is")
    assert reasons["b.html"][0] == "removed"
    assert (pages / "a.html").read_text() == "A1 with the organizer's fix" and (pages / "mine.html").read_text() == "written by hand"
    assert set(read_manifest(pages)) == {"a.html"}  # still ours: once moved aside, the next import brings it back


def test_a_hand_edited_import_gone_from_the_site_is_kept(knowledge: Path):
    pages = knowledge / "pages"
    land(harvest(("a.html", "A1"), ("b.html", "B1")), pages)
    (pages / "b.html").write_text("B1, annotated")
    report = land(harvest(("a.html", "A1")), pages)
    assert [(o.action, o.path) for o in report.outcomes if o.action != "unchanged"] == [("kept", "b.html")]
    assert (pages / "b.html").exists()


def test_unsafe_paths_never_leave_the_pages_folder(knowledge: Path, tmp_path: Path):
    pages = knowledge / "pages"
    (tmp_path / "outside").mkdir()
    (pages / "link").symlink_to(tmp_path / "outside")
    report = land(harvest(("../escape.html", "x"), (".hidden.html", "x"), ("link/x.html", "x")), pages)
    assert [o.action for o in report.outcomes] == ["skipped"] * 3
    assert not (knowledge / "escape.html").exists() and list((tmp_path / "outside").iterdir()) == []


def test_a_crash_mid_import_leaves_whole_files_and_the_next_run_finishes_the_job(knowledge: Path, monkeypatch: pytest.MonkeyPatch):
    pages = knowledge / "pages"
    land(harvest(("a.html", "A1"), ("b.html", "B1"), ("c.html", "C1")), pages)
    real = write.atomic_write_bytes
    calls = []

    def dies_on_the_second_page(path: Path, data: bytes) -> None:
        calls.append(path.name)
        if len(calls) == 2:
            raise OSError("disk full")
        real(path, data)

    monkeypatch.setattr(write, "atomic_write_bytes", dies_on_the_second_page)
    with pytest.raises(PerfmError, match="disk full.*run the import again"):
        land(harvest(("a.html", "A2"), ("b.html", "B2"), ("c.html", "C2")), pages)
    assert (pages / "a.html").read_text() == "A2" and (pages / "b.html").read_text() == "B1"  # each whole, old or new
    assert not [p for p in pages.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.setattr(write, "atomic_write_bytes", real)
    # The site changed again meanwhile: a.html (written just before the crash) is still known as ours.
    report = land(harvest(("a.html", "A3"), ("b.html", "B3"), ("c.html", "C3"), ("d.html", "D3")), pages)
    assert {o.path: o.action for o in report.outcomes} == {"a.html": "updated", "b.html": "updated", "c.html": "updated", "d.html": "imported"}
    manifest = read_manifest(pages)
    assert len(manifest) == 4 and all("previous_sha256" not in e.to_dict() for e in manifest.values())


def test_a_truncated_reading_removes_nothing(knowledge: Path):
    pages = knowledge / "pages"
    land(harvest(("a.html", "A"), ("b.html", "B")), pages)
    report = land(harvest(("a.html", "A"), complete=False), pages)
    assert (pages / "b.html").exists() and [o.action for o in report.outcomes] == ["unchanged", "kept"]
