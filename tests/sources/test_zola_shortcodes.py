"""Zola's shortcodes (Tera templates) and internal links (``sources/zola_shortcodes``)."""

from pathlib import Path

from perfm_bot.sources.zola_shortcodes import internal_links, render_shortcodes

PROGRAM = """{% set data = load_data(path="content/accepted.csv", format="csv") %}
{% set sessions = data.records | map(attribute="3") | unique | sort %}
{% for session in sessions %}<h3 id="{{ session | slugify }}">Session {{ session }}</h3><ul>
{% for record in data.records | filter(attribute="3", value=session) %}<li><strong>{{ record[1] }}</strong>
{% if record[4] == "true" %}<span>virtual</span>{% endif %} {{ record[2] }}</li>{% endfor %}</ul>{% endfor %}
{#
<a href="{{ record[5] }}">Thread</a>
#}"""
ACCEPTED = 'ID,Title,Authors,Session,Remote\n1,Chiplets for TPUs,"Kavya Sreedhar (Google)",2,false\n2,OPERA,Federico Peccia (FZI),1,true\n'


def _site(tmp_path: Path) -> Path:
    (tmp_path / "templates" / "shortcodes").mkdir(parents=True)
    (tmp_path / "content").mkdir()
    (tmp_path / "templates" / "shortcodes" / "program.html").write_text(PROGRAM, encoding="utf-8")
    (tmp_path / "templates" / "shortcodes" / "note.html").write_text('<div class="{{ kind }}">{{ body }}</div>', encoding="utf-8")
    (tmp_path / "templates" / "shortcodes" / "broken.html").write_text("{% for x in %}", encoding="utf-8")
    (tmp_path / "content" / "accepted.csv").write_text(ACCEPTED, encoding="utf-8")
    return tmp_path


def test_a_shortcode_renders_the_sites_csv_with_teras_filters(tmp_path: Path):
    html = render_shortcodes("## Talks\n\n{{ program() }}\n", _site(tmp_path), {})
    assert html.index("Session 1") < html.index("OPERA") < html.index("Session 2") < html.index("Chiplets for TPUs")
    assert "<span>virtual</span> Federico Peccia" in html and "Thread" not in html  # a Tera comment is not shown
    assert "{{" not in html and "{%" not in html


def test_a_body_shortcode_gets_its_arguments_and_body_and_a_broken_or_unknown_one_is_left_or_dropped(tmp_path: Path):
    root = _site(tmp_path)
    assert render_shortcodes('{% note(kind="warn") %}Deadline moved.{% end %}', root, {}) == '<div class="warn">Deadline moved.</div>'
    assert render_shortcodes("a\n{{ broken() }}\nb", root, {}) == "a\n\nb"  # a template that cannot render shows nothing
    assert render_shortcodes("{{ youtube(id=1) }} {{ page.title }}", root, {}) == "{{ youtube(id=1) }} {{ page.title }}"


def test_load_data_reads_only_the_sites_own_files(tmp_path: Path):
    root = _site(tmp_path / "site")
    (tmp_path / "secret.csv").write_text("a\nb\n", encoding="utf-8")
    (root / "templates" / "shortcodes" / "leak.html").write_text('{{ load_data(path="../secret.csv") }}', encoding="utf-8")
    assert render_shortcodes("{{ leak() }}", root, {}) == ""


def test_internal_links_are_the_pages_paths():
    assert internal_links("[cfp]: @/cfp.md") == "[cfp]: /cfp/"
    assert internal_links("see (@/news/_index.md#latest) and @/a/b.md") == "see (/news/#latest) and /a/b/"


def test_a_shortcode_whose_template_is_not_kept_shows_the_words_it_is_given(tmp_path: Path):
    """REPRO-HPC's committee is a theme's ``grid`` shortcode given rows of names; without the
    template the rows are still what a visitor reads (addresses and folder names are not)."""
    page = '''## Organizing Committee

{{ grid(
    text = [
        ["Dennis Hoppe", "HLRS"],
        ["Josef Weidendorfer", "Dresden University of Technology", "Program Chair"],
    ],
    urls = ["https://www.hlrs.de/people/dennis-hoppe", "https://www.tum.de/josef"],
    image_dir = "organizers") }}

Contact us.
'''
    out = render_shortcodes(page, tmp_path, {})
    assert "- Dennis Hoppe — HLRS\n- Josef Weidendorfer — Dresden University of Technology — Program Chair\n" in out
    assert "https" not in out and "organizers" not in out and "{{" not in out
    assert out.count("\n") >= page.count("\n")  # later lines keep their numbers
    assert render_shortcodes("{{ new_block() }}", tmp_path, {}) == "{{ new_block() }}"  # nothing said: left for the reader to drop
