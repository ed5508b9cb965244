"""A Hugo home page read as its layout shows it (``sources/hugo_home``): the theme's partials over
the data files and site params, the home Markdown where the layout puts ``.Content``."""

from pathlib import Path

from perfm_bot.sources.hugo_templates import render_home
from perfm_bot.sources.loader import _load_pages

BASEOF = """<!DOCTYPE html><html><head><title>{{ .Site.Title }}</title>
<meta name="description" content="{{ .Site.Params.description }}"></head>
<body>{{ partial "nav.html" . }}<main>{{ block "main" . }}{{ end }}</main>
<footer><p>Theme by somebody</p></footer></body></html>"""
INDEX = """{{ define "main" }}
{{ partial "hero.html" . }}
{{ partial "intro.html" . }}
{{ partial "dates.html" . }}
{{ partial "speakers.html" . }}
{{ partial "cfp.html" . }}
{{ end }}"""
PARTIALS = {
    "nav.html": '<nav><a href="#dates">Dates</a><a href="#speakers">Speakers</a></nav>',
    "hero.html": '<section class="hero" id="hero"><h1>{{ .Site.Params.workshopName }}</h1><p class="meta">{{ .Site.Params.workshopDate }} · {{ .Site.Params.venueCity }}</p><a href="#cfp">Call for Papers</a></section>',
    "intro.html": '<section class="about" id="about"><h2>About the Workshop</h2><div class="intro">{{ .Content }}</div></section>',
    "dates.html": """<section class="dates" id="dates"><h2>Important Dates</h2><div class="dates">
{{ range .Site.Data.dates }}<div class="date-item"><div class="label">{{ .label }}</div>
<div class="value{{ if .struck }} date-struck{{ end }}">{{ .date }}</div>
{{ if .newDate }}<div class="value">{{ .newDate }}</div>{{ else if .tba }}<div class="value">TBA</div>{{ end }}</div>{{ end }}
</div></section>""",
    "speakers.html": """<section class="speakers" id="speakers"><h2>Keynote Speakers</h2><div class="grid">
{{ range where .Site.Data.speakers "show" true }}{{ partial "person.html" (dict "person" . "kind" "speaker") }}{{ end }}
</div></section>""",
    "person.html": """<div class="card"><div class="photo">{{ if .person.image }}<img src="{{ .person.image }}" alt="{{ .person.name }}">{{ else }}<span>{{ substr .person.name 0 1 }}</span>{{ end }}</div>
<div class="info"><h4>{{ .person.name }}</h4><p>{{ or .person.affiliation "Independent" }}</p></div></div>""",
    "cfp.html": """<section class="cfp" id="cfp"><h2>Call for Papers</h2>{{ with .Site.GetPage "/guidelines" }}<div>{{ .Content }}</div>{{ end }}
<p>{{ printf "Deadlines are %s." .Site.Params.timezone }} Topics: {{ delimit .Site.Data.topics ", " }}.</p></section>""",
}
DATES = """- {label: Paper deadline, date: "May 1, 2026", struck: true, newDate: "May 8, 2026"}
- {label: Notification, date: "", tba: true}
- {label: Workshop, date: "August 20, 2026"}
"""
SPEAKERS = """- {name: Ada Lovelace, affiliation: Analytical Engines Ltd, image: ada.jpg, show: true}
- {name: Alan Turing, show: true}
- {name: Grace Hopper, affiliation: Navy, show: false}
"""


def _site(root: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        path = root / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(_load_pages(root))


def _theme_site(tmp_path: Path, with_content: bool = True) -> list:
    files = {
        "hugo.toml": 'title = "STRL 2026"\ntheme = "strl"\n[params]\nworkshopName = "STRL 2026"\n'
        'workshopDate = "August 2026"\nvenueCity = "Bremen, Germany"\ntimezone = "AoE"\n'
        'description = "A workshop on spatio-temporal reasoning."\n',
        "data/dates.yaml": DATES,
        "data/speakers.yaml": SPEAKERS,
        "data/topics.yaml": "- world models\n- benchmarks\n",
        "themes/strl/layouts/index.html": INDEX,
        "themes/strl/layouts/_default/baseof.html": BASEOF,
        **{f"themes/strl/layouts/partials/{k}": v for k, v in PARTIALS.items()},
        "content/guidelines.md": "---\ntitle: Guidelines\n---\nPapers are **4 pages**, double-blind.\n",
    }
    if with_content:
        files["content/_index.md"] = "---\ntitle: STRL 2026\n---\nSpatio-temporal reasoning is a *bottleneck* for AI.\n"
    return _site(tmp_path, files)


def test_a_theme_home_shows_its_partials_data_and_params_around_the_home_markdown(tmp_path: Path):
    home = next(p for p in _theme_site(tmp_path) if p.slug == "index")
    assert home.permalink == "/"
    blocks = home.parsed.blocks
    text = "\n".join(b.text for b in blocks)
    assert "August 2026 · Bremen, Germany" in text
    about = next(b for b in blocks if "bottleneck" in b.text)
    assert [h.text for h in about.path] == ["STRL 2026", "About the Workshop"]  # where the layout shows .Content
    dates = [b.text for b in blocks if b.path and b.path[-1].text == "Important Dates" and b.kind == "item"]
    assert dates == ["Paper deadline — May 8, 2026", "Notification — TBA", "Workshop — August 20, 2026"]
    assert "May 1" not in text  # struck by the theme's own class, never current
    speakers = [b.text for b in blocks if b.path and b.path[-1].text == "Keynote Speakers" and b.kind == "item"]
    assert speakers == ["Ada Lovelace — Analytical Engines Ltd", "Alan Turing — Independent"]
    assert "Grace Hopper" not in text  # filtered out by the template's where
    assert "Papers are 4 pages, double-blind." in text  # .Site.GetPage "/guidelines" .Content
    assert "Deadlines are AoE. Topics: world models, benchmarks." in text
    assert "{{" not in text and "Theme by" not in text and "Dates Speakers" not in text
    assert blocks[0].text == "STRL 2026. Description: A workshop on spatio-temporal reasoning."


def test_a_hugo_site_with_no_content_folder_is_its_home_layout(tmp_path: Path):
    pages = _theme_site(tmp_path, with_content=False)
    home = next(p for p in pages if p.slug == "index")
    assert home.permalink == "/" and any("May 8, 2026" in b.text for b in home.parsed.blocks)


def test_a_home_made_of_config_params_sections(tmp_path: Path):
    """hugo-conference: no content, no data; ``config.yml`` params listed by section, each a partial
    named by a variable, keys read case-insensitively."""
    index = """<html><body>{{ partial "header.html" .Site.Params }}
{{ range $section := .Site.Params.Sections }}<section id="{{ $section }}">{{ partial $section $.Site.Params }}</section>{{ end }}
</body></html>"""
    schedule = """<h2>{{ .titles.schedule }}</h2><table><tr><th>Time</th><th>Talk</th></tr>
{{ range .schedule }}{{ if ne .presentation nil }}<tr><td>{{ .presentation.time }}</td><td>{{ .name }}: {{ $t := or .presentation.title .presentation.description }}{{ if and $t (not (strings.Contains $t "TODO")) }}{{ $t }}{{ end }}</td></tr>
{{ else if ne .headline nil }}<tr><td>{{ .time }}</td><td>{{ .headline }}: {{ .name }}</td></tr>
{{ else }}<tr><td>{{ .time }}</td><td>{{ .name }}</td></tr>{{ end }}{{ end }}</table>"""
    config = """title: Rigorous Perception
theme: conf
params:
  Name: Workshop on Rigorous Robot Perception
  Sections: [schedule]
  Titles: {schedule: Schedule}
  Schedule:
    - {name: Opening Remarks, time: "8:50"}
    - {name: Perception in Navigation, headline: Topic 1, time: "9:00"}
    - {name: Margarita Chli, presentation: {time: "9:00", title: "", description: "Are we there yet?"}}
    - {name: Abhinav Valada, presentation: {time: "9:30", title: TODO Talk Description}}
"""
    pages = _site(tmp_path, {
        "config.yml": config,
        "themes/conf/layouts/index.html": index,
        "themes/conf/layouts/partials/header.html": "<header><h1>{{ .Name }}</h1></header>",
        "themes/conf/layouts/partials/schedule.html": schedule,
    })
    home = next(p for p in pages if p.slug == "index")
    rows = [b.text for b in home.parsed.blocks if b.path and b.path[-1].text == "Schedule"]
    assert rows == [
        "8:50 — Opening Remarks", "9:00 — Topic 1: Perception in Navigation",
        "9:00 — Margarita Chli: Are we there yet?", "9:30 — Abhinav Valada:",
    ]


def test_template_functions_read_as_hugo_reads_them(tmp_path: Path):
    layouts = tmp_path / "layouts"
    layouts.mkdir()
    template = (
        '{{ $n := len .Site.Data.xs }}[{{ $n }}]{{ range first 2 (sort .Site.Data.xs "rank" "desc") }}<i>{{ .name | upper }}</i>{{ end }}'
        '{{ with index .Site.Data.xs 0 }}{{ .name }}{{ end }}{{ if gt $n 2 }}many{{ else }}few{{ end }}'
        '{{ .Site.Params.flag }}{{ markdownify "a *b*" }}{{ i18n "readMore" }}{{ now.Year }}'
    )
    (layouts / "index.html").write_text(template, encoding="utf-8")
    data = {"xs": [{"name": "a", "rank": 1}, {"name": "b", "rank": 3}, {"name": "c", "rank": 2}]}
    html = render_home([layouts], {}, data, {"params": {"flag": True}}, "")
    assert html == "[3]<i>b</i><i>c</i>amanytruea <em>b</em>"


AGENDA_LAYOUT = """{{ define "main" }}
{{ with .Params.note }}<p>{{ . }}</p>{{ end }}
{{ range .Params.days }}
<h2>{{ .date }}</h2>
<table><tbody>
{{ range .items }}<tr><td>{{ .time }}</td><td>{{ .event }}</td><td>{{ .location }}</td></tr>{{ end }}
</tbody></table>
{{ end }}
{{ end }}"""
AGENDA = """---
title: "Agenda"
type: "agenda"
note: "Times are subject to change!"
days:
  - date: "Sunday, August 16"
    items:
      - {time: "17:00-19:00", event: "Welcome and registration", location: "Irving atrium"}
  - date: "Monday, August 17"
    items:
      - {time: "9:30", event: "Opening remarks", location: "ECSC atrium"}
      - {time: "10:30", event: "UNIX V4 (Thalia Archibald)", location: "Spanos auditorium"}
---
"""


def test_a_page_whose_own_layout_shows_its_front_matter_is_read_through_it(tmp_path: Path):
    """LRC 2026: the agenda lives in the page's front matter, shown by ``layouts/agenda/single.html``;
    a page whose layout shows only ``.Content`` is read as its Markdown."""
    pages = _site(tmp_path, {
        "hugo.toml": 'title = "LRC"\n',
        "layouts/_default/baseof.html": "<html><body><nav>Home Agenda</nav><main>{{ block \"main\" . }}{{ end }}</main></body></html>",
        "layouts/_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}<p>Layout footer words</p>{{ end }}",
        "layouts/agenda/single.html": AGENDA_LAYOUT,
        "content/_index.md": "---\ntitle: LRC\n---\nLow resource computing.\n",
        "content/agenda.md": AGENDA,
        "content/cfp.md": "---\ntitle: CFP\n---\nSend talk applications by July 15.\n",
    })
    agenda = next(p for p in pages if p.slug == "agenda")
    rows = [(b.text, b.path[-1].text) for b in agenda.parsed.blocks if "—" in b.text]
    assert ("10:30 — UNIX V4 (Thalia Archibald) — Spanos auditorium", "Monday, August 17") in rows
    assert ("17:00-19:00 — Welcome and registration — Irving atrium", "Sunday, August 16") in rows
    text = "\n".join(b.text for b in agenda.parsed.blocks)
    assert "Times are subject to change!" in text and "{{" not in text and "Home Agenda" not in text
    cfp = next(p for p in pages if p.slug == "cfp")
    assert "Layout footer words" not in "\n".join(b.text for b in cfp.parsed.blocks)  # only .Content shown: not rendered


def test_a_hugo_site_configured_in_its_config_directory_is_read_as_hugo(tmp_path: Path):
    """FedKDD 2025: ``config/_default/config.toml`` names the theme, ``params.toml`` its params; the
    home's front matter sections are shown by the theme (``.name | markdownify`` renders the link),
    a section switched off (``enable: false``) is not; a page with a blank line before its front
    matter is read as Hugo reads it, its ``layout: "about"`` template showing its sections."""
    about = """{{ define "main" }}{{ with .Params.keynotes }}{{ if .enable }}<h2>Keynotes</h2>
{{ range .speakers }}<h3>{{.name | markdownify}}</h3>{{ end }}{{ end }}{{ end }}{{ end }}"""
    index = """{{ define "main" }}{{ with .Params.organizers }}{{ if .enable }}<h2>{{ .title }}</h2>
{{ range .team }}<h3>{{.name | markdownify}}</h3><h4>{{ .role }}</h4><p>{{ .designation }}</p>{{ end }}{{ end }}{{ end }}
<footer>{{ site.Params.footer_info }}</footer>{{ end }}"""
    pages = {p.slug: p for p in _site(tmp_path, {
        "config/_default/config.toml": 'title = "FedKDD 2025"\ntheme = "andromeda"\n',
        "config/_default/params.toml": 'footer_info = "FedKDD 2025"\n',
        "themes/andromeda/layouts/index.html": index,
        "themes/andromeda/layouts/_default/baseof.html": "<html><body>{{ block \"main\" . }}{{ end }}</body></html>",
        "themes/andromeda/layouts/_default/about.html": about,
        "content/_index.md": "---\norganizers:\n  enable: true\n  title: Organizers\n  team:\n"
        "  - name: \"[Carl Yang](https://www.cs.emory.edu/~jyang71/)\"\n    role: General Chair\n    designation: Emory University\n---\n",
        "content/speakers.md": "\n---\ntitle: Keynotes\nlayout: about\nkeynotes:\n  enable: false\n  speakers:\n"
        "  - name: Jian Pei\n---\n",
    })}
    home = "\n".join(" › ".join((*(h.text for h in b.path), b.text)) for b in pages["index"].parsed.blocks)
    assert "Organizers › Carl Yang › General Chair › Emory University" in home and "[Carl Yang]" not in home
    assert pages["index"].permalink == "/" and "content" not in pages["speakers"].permalink
    speakers = "\n".join(b.text for b in pages["speakers"].parsed.blocks)
    assert "Jian Pei" not in speakers and "enable" not in speakers  # switched off, and no front matter as text
