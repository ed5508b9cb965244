"""Liquid as a Jekyll site publishes it: comments gone, raw kept, includes and data resolved,
unknown things removed without losing the words they wrap (issue 13)."""

from pathlib import Path

from perfm_bot.sources.liquid import LiquidContext, render_liquid
from perfm_bot.sources.markdown_page import parse_page

SITE = {
    "title": "TokShop 2026",
    "baseurl": "/tokshop",
    "venue": "COLM 2026, Montreal",
    "data": {
        "speakers": [
            {"name": "Ada Lovelace", "webpage": "https://ada.example", "affil": "Analytical Engines"},
            {"name": "Alan Turing", "affil": "Bletchley Park"},
        ]
    },
}


def render(text: str, includes: Path | None = None, page: dict | None = None) -> str:
    return render_liquid(text, LiquidContext(SITE, page or {}, includes))


def test_comment_blocks_are_not_published_and_raw_is_kept_literally():
    out = render(
        "Before\n{% comment %}\n<form>Register for the hidden track</form>\n{% endcomment %}\nAfter "
        "{% raw %}{{ not.a.variable }}{% endraw %}"
    )
    assert "hidden track" not in out and "endcomment" not in out
    assert "{{ not.a.variable }}" in out
    assert out.count("\n") == 4  # the comment's lines stay lines, so citations keep their line


def test_variables_from_config_and_front_matter_are_filled_unknown_ones_removed():
    out = render(
        "{{ site.title }} at {{ site.venue }}: {{ page.subtitle | upcase }} {{ site.nowhere }} {{ x | plugin_filter: 3 }}.",
        page={"subtitle": "second edition"},
    )
    assert out == "TokShop 2026 at COLM 2026, Montreal: SECOND EDITION  ."


def test_filters_jekyll_pages_use():
    out = render(
        "{{ '/cfp/' | relative_url }} {{ site.title | append: ' @ ' | append: site.venue }} "
        "{{ site.data.speakers | size }} {{ missing | default: 'TBA' }}"
    )
    assert out == "/tokshop/cfp/ TokShop 2026 @ COLM 2026, Montreal 2 TBA"


def test_where_matches_a_list_property_that_holds_the_value_and_args_follow_liquids_commas():
    """HRAIM's programme finds each slot's speaker with ``where: "time", event.time_start`` over
    speakers whose ``time`` is a list ("09:30", "10:45"), as Jekyll's ``where`` does; its link
    ``photo | replace: ".jpg" ""`` forgets a comma, which Liquid reads as one argument."""
    site = {"data": {"speakers": [{"name": "Sarah", "time": ["09:30", "10:45"], "photo": "Sarah.jpg"},
                                  {"name": "Elina", "time": "14:00", "photo": "Elina.jpg"}]}}
    out = render_liquid(
        "{% assign s = site.data.speakers | where: 'time', '10:45' %}{% for x in s %}{{ x.name }} "
        "(speakers#{{ x.photo | replace: \".jpg\" \"\" }}){% endfor %}; "
        "{% assign e = site.data.speakers | where: 'time', '14:00' %}{{ e.first.name }}",
        LiquidContext(site, {}, None),
    )
    assert out == "Sarah (speakers#Sarah); Elina"


def test_for_over_site_data_is_expanded_and_conditions_on_records_decided():
    out = render(
        "{% for s in site.data.speakers %}- {% if s.webpage %}[{{ s.name }}]({{ s.webpage }}){% else %}{{ s.name }}{% endif %}"
        " ({{ s.affil }})\n{% endfor %}"
    )
    assert out == "- [Ada Lovelace](https://ada.example) (Analytical Engines)\n- Alan Turing (Bletchley Park)\n"


def test_tags_it_cannot_decide_keep_the_text_they_wrap():
    out = render(
        "{% if site.registration_open %}Registration is open.{% endif %} "
        "{% capture note %}Bring a poster.{% endcapture %}{{ note }} "
        "{% highlight python %}print(1){% endhighlight %} {% seo %} {% unknown_plugin x %}kept{% endunknown_plugin %}"
    )
    assert out == "Registration is open. Bring a poster. print(1)  kept"


def test_decided_conditions_pick_their_branch():
    out = render(
        "{% if site.title == 'TokShop 2026' %}yes{% else %}no{% endif %} "
        "{% unless site.title %}hidden{% endunless %}{% if false %}never{% endif %}"
    )
    assert out == "yes "


def test_include_is_resolved_from_the_sites_includes_folder(tmp_path: Path):
    includes = tmp_path / "_includes"
    includes.mkdir()
    (includes / "dates.html").write_text(
        "<ul><li>{{ include.label }}: Oct 8</li></ul>{% comment %}<li>Secret: Oct 1</li>{% endcomment %}"
    )
    out = render('{% include dates.html label="Paper deadline" %}\n{% include missing.html %}', includes)
    assert out == "<ul><li>Paper deadline: Oct 8</li></ul>\n"
    escape = render("{% include ../../etc/passwd %}", includes)
    assert escape == ""


def test_no_liquid_syntax_reaches_a_block():
    page = parse_page(
        "---\ntitle: Home\n---\n# {{ site.title }}\n\n{% if x %}Welcome{% endif %} {{ 'a' | weird: b, c }}\n\n"
        "- {% for i in (1..2) %}{{ i }}{% endfor %}\n- {%- assign y = 3 -%}{{ y }}\n",
        "index.md",
        LiquidContext(SITE, {}, None),
    )
    text = " ".join(b.text for b in page.blocks) + " ".join(h.text for h in page.headings)
    assert "{" not in text and "%" not in text
    assert [b.text for b in page.blocks if b.kind == "item"] == ["12", "3"]
    assert page.headings[0].text == "TokShop 2026"


def test_an_assign_inside_a_loop_sets_the_pages_variable_as_jekylls_liquid_does(tmp_path: Path):
    """PECS finds its edition with ``{% for coll in site.collections %}{% if coll.label ==
    page.collection %}{% assign edition = coll %}…{% endfor %}`` and writes "will take place on {{
    edition.dates }} in {{ edition.location }}": the assign was lost with the loop's own scope, and
    the page said "will take place on in ."."""
    text = (
        "{% for coll in site.collections %}{% if coll.label == page.collection %}{% assign edition = coll %}{% endif %}{% endfor %}"
        "PECS {{ page.collection }} will take place on {{ edition.dates }} in {{ edition.location }}."
    )
    site = {"collections": [{"label": "2025", "dates": "August 26, 2025", "location": "Dresden"},
                            {"label": "2026", "dates": "August 24, 2026", "location": "Pisa, Italy"}]}
    assert render_liquid(text, LiquidContext(site, {"collection": "2026"})) == "PECS 2026 will take place on August 24, 2026 in Pisa, Italy."


def test_where_exp_keeps_the_items_its_expression_holds_for():
    """GRAIL-V: `site.data.speakers | where_exp: "s", "s.publish == true"` shows the published
    speakers only (three are held back with publish: false), and its dates list leaves out the
    internal rebuttal window (`"d.internal != true"`)."""
    site = {"data": {
        "speakers": [{"name": "Kristen Grauman", "publish": True}, {"name": "Held Back", "publish": False}, {"name": "No Flag"}],
        "dates": [{"name": "Author response", "internal": True}, {"name": "Submission deadline"}],
    }}
    text = (
        '{% assign shown = site.data.speakers | where_exp: "s", "s.publish == true" %}{% for s in shown %}{{ s.name }}; {% endfor %}'
        '| {% assign public = site.data.dates | where_exp: "d", "d.internal != true" %}{% for d in public %}{{ d.name }}{% endfor %}'
    )
    assert render_liquid(text, LiquidContext(site=site)) == "Kristen Grauman; | Submission deadline"
