"""Hugo shortcodes that show the site's data files, rendered as Hugo would (``sources/hugo_templates``)."""

from pathlib import Path

from perfm_bot.sources.hugo_templates import render_shortcodes

PANEL = """<div class="ppl-list">{{ range .Site.Data.panelists }}
<p class="person-name"><a href="{{ .website }}">{{ .name }}</a></p>
<p>{{ .affiliation1 }}{{ if .affiliation2 }} / {{ .affiliation2 }}{{ else }}{{ end }}</p>
{{ end }}</div>"""
SCHEDULE = """<table><thead><tr>{{ range .Site.Data.schedule.headers }}<th>{{ . }}</th>{{ end }}</tr></thead>
<tbody>{{ range .Site.Data.schedule.rows }}<tr>{{ range . }}<td>{{ . }}</td>{{ end }}</tr>{{ end }}</tbody></table>"""
SPEAKERS = """{{ range .Site.Data.y2024.speakers }}<h1>{{ .talk_title | markdownify }}</h1><p>{{ safeHTML .name }}</p>{{ end }}"""


def _shortcodes(tmp_path: Path) -> Path:
    folder = tmp_path / "shortcodes"
    (folder / "y2024").mkdir(parents=True)
    (folder / "panelists.html").write_text(PANEL, encoding="utf-8")
    (folder / "schedule.html").write_text(SCHEDULE, encoding="utf-8")
    (folder / "y2024" / "speakers.html").write_text(SPEAKERS, encoding="utf-8")
    (folder / "notice.html").write_text("<div>{{ .Inner }}</div>", encoding="utf-8")
    return folder


DATA = {
    "panelists": [
        {"name": "Bo Li", "website": "https://x", "affiliation1": "UIUC"},
        {"name": "Ian Eisenberg", "affiliation": "CredoAI"},  # a field the template never prints
    ],
    "schedule": {"headers": ["Time", "Activity"], "rows": [["08:45-09:00", "Opening Remarks"], ["09:00-09:40", "Talks"]]},
    "y2024": {"speakers": [{"name": "Yoshua Bengio", "talk_title": "Why regulate?"}]},
}


def test_a_data_shortcode_shows_what_its_template_prints(tmp_path: Path):
    html = render_shortcodes("# Panel\n\n{{< panelists >}}\n", _shortcodes(tmp_path), DATA, {})
    assert "Bo Li" in html and "UIUC" in html and "Ian Eisenberg" in html
    assert "CredoAI" not in html  # the data holds it, the site never shows it
    block = html.split("<div>", 1)[1].rsplit("</div>", 1)[0]
    assert "{{" not in html and "\n\n" not in block  # one HTML block for the Markdown reader


def test_nested_ranges_folders_pipes_and_functions(tmp_path: Path):
    folder = _shortcodes(tmp_path)
    table = render_shortcodes("{{< schedule >}}", folder, DATA, {})
    assert "<th>Time</th>" in table and "<td>08:45-09:00</td><td>Opening Remarks</td>" in table
    talks = render_shortcodes("{{< y2024/speakers >}}", folder, DATA, {})
    assert "Why regulate?" in talks and "Yoshua Bengio" in talks and "<h1>" not in talks  # a card's name is no page heading


def test_other_shortcodes_are_left_for_the_reader(tmp_path: Path):
    folder = _shortcodes(tmp_path)
    text = "{{< notice >}}Deadline moved.{{< /notice >}} {{< youtube abc >}}"
    assert render_shortcodes(text, folder, DATA, {}) == text  # paired, or no such template / no data read


def test_a_shortcode_shows_the_parameters_its_call_names_and_a_wrapper_its_cards(tmp_path: Path):
    """IIR lists its chairs as ``{{< organizer name="Ludovico Boratto" affiliation="University of
    Cagliari" country="Italy" >}}`` inside ``{{< organizers >}} … {{< /organizers >}}``: the cards
    show the names (they were dropped as unknown shortcodes); an image path is no text."""
    folder = _shortcodes(tmp_path)
    (folder / "organizer.html").write_text(
        '<div class="organizer-card">\n  {{- $imagePath := printf "/img/organizers/%s" (.Get "image") -}}\n'
        '  <img src="{{ $imagePath }}" alt="{{ .Get "name" }}">\n  <h3>{{ .Get "name" }}</h3>\n'
        '  <p>{{ .Get "affiliation" }}, {{ .Get "country" }}</p>\n</div>', encoding="utf-8")
    (folder / "organizers.html").write_text('<div class="organizers-grid">\n  {{ .Inner }}\n</div>', encoding="utf-8")
    (folder / "badge.html").write_text("<span>{{ .Get 0 }}</span>", encoding="utf-8")
    text = ('## General Chairs\n\n{{< organizers >}}\n{{< organizer name="Ludovico Boratto" image="b.jpg" '
            'affiliation="University of Cagliari" country="Italy" >}}\n{{< organizer name="Mirko Marras" image="m.jpg" '
            'affiliation="University of Cagliari" country="Italy" >}}\n{{< /organizers >}}\n\n{{< badge "Best Paper" >}}\n')
    html = render_shortcodes(text, folder, DATA, {})
    assert html.count('class="organizers-grid"') == 1 and html.count('class="organizer-card"') == 2
    assert "Ludovico Boratto" in html and "University of Cagliari, Italy" in html and "Mirko Marras" in html
    assert "<span>Best Paper</span>" in html and "{{" not in html
