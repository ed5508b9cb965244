"""Pages of biographies told as one list of names (``index/rosters``), on real-shaped sites."""

from pathlib import Path

from perfm_bot.index.chunking import build_chunks
from perfm_bot.index.rosters import bio_name
from perfm_bot.sources.loader import load_knowledge

CARD = """<div class="profile"><div class="more-info"><p>{org}</p><p>Seattle (US)</p></div></div>
<div class="clearfix"><p><strong>{name}</strong> {verb} at {org}. He works on AutoML.</p></div><hr>"""


def _site(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_a_page_of_bio_cards_is_one_list_of_its_names(tmp_path: Path):
    cards = "".join(
        CARD.format(name=n, verb=v, org=o)
        for n, v, o in (("Nick Erickson", "is a Senior Applied Scientist", "Amazon"), ("Mihaela van der Schaar", "is a professor", "Cambridge"))
    )
    site = _site(tmp_path, {
        "index.html": "<html><head><title>FMSD</title></head><body><main><p>Contact the organizers at x@example.org.</p></main></body></html>",
        "organizers/index.html": f"<html><head><title>Organizers | FMSD @ ICML</title></head><body><main>{cards}</main></body></html>",
    })
    rosters = [c for c in build_chunks(load_knowledge(site)) if c.roster]
    assert [c.text for c in rosters] == ["Organizers: Nick Erickson; Mihaela van der Schaar."]
    assert rosters[0].source.url == "/organizers/" and rosters[0].keys == ("Organizers", "Who are the organizers? Who is organizing it?")


def test_a_folder_of_one_person_pages_is_one_list_cited_at_the_group_page(tmp_path: Path):
    site = _site(tmp_path, {
        "_config.yml": "title: TSALM\n",
        "_pages/profiles.md": "---\npermalink: /organizers/\ntitle: Organizers\n---\n",
        "_pages/organizers/abdul.md": "**Abdul Fatir Ansari** is an Applied Scientist at AWS.\n",
        "_pages/organizers/moshe.md": "Dr. Moshe Unger, Assistant Professor at Tel Aviv University, leads the lab.\n",
        "_pages/organizers/notes.md": "The organizers meet weekly.\n",  # no bio: no name
    })
    (roster,) = [c for c in build_chunks(load_knowledge(site)) if c.roster]
    assert roster.text == "Organizers: Abdul Fatir Ansari; Dr. Moshe Unger." and roster.source.url == "/organizers/"


def test_a_bio_is_named_by_its_opening_only():
    assert bio_name("Kevin Ellis is an assistant professor at Cornell.") == "Kevin Ellis"  # not "Kevin Ell" + "is"
    assert bio_name("Andrew Gordon Wilson (https://cims.nyu.edu/~andrewgw/) is an Associate Professor.") == "Andrew Gordon Wilson"
    assert bio_name("The workshop is held in Vienna.") is None
    assert bio_name("Submissions are due in May.") is None
    assert bio_name("Tong Xia — Tong Xia (https://x.io/) University of Cambridge Bio: Dr. Tong Xia is a postdoc.") == "Tong Xia"  # a card as one row


def test_cards_whose_names_link_to_their_pages_are_a_roster_and_a_past_editions_is_marked(tmp_path: Path):
    """WiNLP's organizers are cards "Name (https://…) Affiliation", names in capitals included;
    its past-events page lists an earlier year's organizers under "WiNLP 2020 Organizers"."""
    cards = "\n\n".join(f'<div><a href="{u}">{n}</a><br>{o}</div>' for n, u, o in (
        ("Chen Zhang", "https://a.example.org/", "Peking University"),
        ("LI Yinqiao", "https://b.example.org/", "City University of Hong Kong"),
        ("Santosh T.Y.S.S.", "https://c.example.org/", "Amazon"),
    ))
    old = "\n\n".join(f'<div><a href="https://{n[0]}.example.org/">{n}</a> Somewhere</div>' for n in ("Rossana Cunha", "Samira Shaikh"))
    site = _site(tmp_path, {
        "_config.yml": "title: Widening NLP\n",
        "index.md": f"---\ntitle: Home\npermalink: /\n---\n\n## Organizers\n\n{cards}\n\n## Advisory Board\n\n{cards}\n",
        "events/winlp-2025/cfp.md": "---\ntitle: CfP\npermalink: /events/winlp-2025/cfp/\n---\n\nSubmit.\n",
        "events/past.md": f"---\ntitle: Past events\npermalink: /events/past/\n---\n\n## WiNLP 2020 Organizers\n\n{old}\n",
    })
    rosters = {c.text: c.past for c in build_chunks(load_knowledge(site)) if c.roster}
    assert rosters == {
        "Organizers: Chen Zhang; LI Yinqiao; Santosh T.Y.S.S.": None,
        "Advisory Board: Chen Zhang; LI Yinqiao; Santosh T.Y.S.S.": None,
        "WiNLP 2020 Organizers: Rossana Cunha; Samira Shaikh.": "WiNLP 2020 Organizers",
    }


def test_two_groups_on_one_page_without_anchors_are_two_lists(tmp_path: Path):
    """A Vue page's speaker and organizer cards, their sections with no ids: two rosters, each
    under its own heading and found by the label above it, never all the names under the first
    heading, nor the second group dropped because the first shares its page's URL."""
    card = '<article class="card"><h4>{name}</h4><p>{org}</p><p>World models, embodied agents, safety validation and human robot collaboration</p></article>'
    speakers = "".join(card.format(name=n, org=o) for n, o in (("Sergey Levine", "UC Berkeley"), ("Jiajun Wu", "Stanford")))
    organizers = "".join(card.format(name=n, org=o) for n, o in (("Dandan Zhang", "Imperial"), ("Haibao Yu", "CMU")))
    committee = "".join(f"<li>{n} — {o}</li>" for n, o in (("Bowen Jing", "Tuojing AI"), ("Qi Song", "Tsinghua University")))
    site = _site(tmp_path, {"index.html": f"""<html><head><title>SWM</title></head><body><main>
<section><div class="heading"><p class="eyebrow">Invited Speakers</p><h2>Keynotes</h2></div>{speakers}</section>
<section><div class="heading"><p class="eyebrow">Organizers</p><h2>Organizing Committee</h2></div>{organizers}
<h3>Program Committee</h3><ul>{committee}</ul></section></main></body></html>"""})
    rosters = {c.text.split(":")[0]: c for c in build_chunks(load_knowledge(site)) if c.roster}
    assert "Dandan Zhang" in rosters["Organizing Committee"].text and "Sergey Levine" not in rosters["Organizing Committee"].text
    assert "Sergey Levine" in rosters["Keynotes"].text
    assert "Organizers › Organizing Committee" in rosters["Organizing Committee"].keys


def test_cards_that_open_with_their_groups_label_are_that_groups_roster(tmp_path: Path):
    """Gaze4NLP's committee page: "Organising — Dr. Burcu Can — Lecturer … — University of
    Stirling", a label on each photo: the organizers are the cards so labelled, told as one list
    under the label, found by the page's title too."""
    cards = "".join(
        f'<div class="member"><img src="{i}.jpg" alt=""><div class="info"><p>{label}</p><h4>{name}</h4><p>{role}</p><p>{place}</p></div></div>'
        for i, (label, name, role, place) in enumerate((
            ("Organising", "Dr. Burcu Can", "Lecturer of Computer Science", "University of Stirling, Scotland, UK"),
            ("Organising", "Dr. Jamal Nasir", "Assistant Professor", "University of Galway, Ireland"),
            ("Programme", "Dr. Ada Lovelace", "Professor", "University of London, UK"),
        ))
    )
    site = _site(tmp_path, {
        "index.html": "<html><head><title>Gaze4NLP</title></head><body><main><p>Contact the organizing committee.</p></main></body></html>",
        "committees.html": f"<html><head><title>Workshop Committees</title></head><body><main>{cards}</main></body></html>",
    })
    rosters = [c for c in build_chunks(load_knowledge(site)) if c.roster]
    assert [c.text for c in rosters] == ["Organising: Dr. Burcu Can; Dr. Jamal Nasir."]
    assert "Workshop Committees › Organising" in rosters[0].keys


def test_bios_under_their_persons_headings_on_a_page_the_menu_calls_organizers_are_its_roster(tmp_path: Path):
    """The RAS workshop's organizers: each name an ``<h3>``, each bio in the third person ("She is
    a Senior Scientist …"), on a page titled like every other, which only the menu calls
    "Organizers". "who organized this workshop?" found no one."""
    menu = '<ul><li><a href="/">Home</a></li><li><a href="organizers">Organizers</a></li><li><a href="schedule">Schedule</a></li></ul>'
    bios = "".join(
        f"<h3>{n}</h3><p>{b}</p>" for n, b in (
            ("Dr. Vighnesh Vatsal", "He is a Scientist at TCS Research, working in robotics."),
            ("Dr. Anima Majumder", "She is a Senior Scientist with TCS Research."),
            ("Lunch Break", ""),
        )
    )
    site = _site(tmp_path, {
        "index.html": f"<html><head><title>ICC 2025 RAS Workshop</title></head><body>{menu}<p>A workshop.</p></body></html>",
        "organizers.html": f"<html><head><title>ICC 2025 Workshop</title></head><body>{menu}{bios}</body></html>",
        "schedule.html": f"<html><head><title>ICC 2025 Workshop</title></head><body>{menu}<h3>Keynote</h3><p>It is at nine.</p></body></html>",
    })
    rosters = [c for c in build_chunks(load_knowledge(site)) if c.roster]
    assert [c.text for c in rosters] == ["Organizers: Dr. Vighnesh Vatsal; Dr. Anima Majumder."]
    assert rosters[0].source.url == "/organizers.html"


def test_tables_headed_by_their_speakers_names_on_a_keynotes_page_are_its_roster(tmp_path: Path):
    """CV4DC's keynotes: one table per speaker, its name the header row over "Title: TBA Abstract:
    TBA Biography …". "who are the keynote speakers?" found a sponsor tier's line."""
    tables = "".join(
        f'<table><tr><th colspan="2"><h3>{n}</h3></th></tr><tr><td><b>Title: TBA</b> <p>Biography {b}</p></td></tr></table>'
        for n, b in (("Lorenzo Torresani", "Lorenzo is a Research Scientist at FAIR."), ("Georgia Gkioxari", "Georgia is at Caltech."))
    )
    schedule = "<table><tr><th>Opening Remarks</th><td>9:00</td></tr><tr><th>Coffee Break</th><td>10:00</td></tr></table>"
    site = _site(tmp_path, {
        "index.html": '<html><head><title>CV4DC</title></head><body><a href="keynotes.html">Keynotes</a> <a href="schedule.html">Schedule</a></body></html>',
        "keynotes.html": f"<html><head><title>Keynote Speakers</title></head><body>{tables}</body></html>",
        "schedule.html": f"<html><head><title>Schedule</title></head><body>{schedule}</body></html>",
    })
    rosters = [c for c in build_chunks(load_knowledge(site)) if c.roster]
    assert [c.text for c in rosters] == ["Keynote Speakers: Lorenzo Torresani; Georgia Gkioxari."]
