"""A Quarto site read from its sources (issue 13): Pandoc's fenced divs, attributes, includes,
typography and listings, and not its built copy beside them."""

from pathlib import Path

from perfm_bot.sources.loader import _load_pages
from perfm_bot.sources.quarto import prepare_qmd

SITE = {
    "_quarto.yml": "project:\n  type: website\n  output-dir: docs\nwebsite:\n  title: \"ICDL ML CV Workshop\"\n",
    "index.qmd": """---
title: "Workshop Overview"
---

![](wearables.jpeg){width=80%}

The workshop will take place on September 16, 2025 in Prague---as part of ICDL.

## Schedule at a glance {#glance}

| Time | Event |
|:------ |:------ |
| 9:00--10:30 | Talk Session 1 |
: {tbl-colwidths="[18,82]"}

{{< include _contact.qmd >}}
""",
    "_contact.qmd": "Write to the organizers at chairs@example.org.\n",
    "program.qmd": """---
title: Program
listing:
  contents: speakers.yml
  template: speakers.ejs
---

## Talk Session 1 {.unnumbered}

::: {.callout-note collapse="true" title="Kathryn Humphreys (Vanderbilt University)"}
Our lab developed the TotTag, a wearable device.
:::

Talks are 15 minutes.

```{python}
print("::: not a div")
```
""",
    "speakers.yml": "- name: Saiph Savage\n  affiliation: Northeastern University\n  image: savage.png\n",
    "docs/index.html": "<html><body><p>A stale build: Learning and Development.</p></body></html>",
}


def pages_of(tmp_path: Path) -> list:
    for name, text in SITE.items():
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(_load_pages(tmp_path))


def test_a_quarto_site_is_read_from_its_qmd_pages_and_not_its_built_copy(tmp_path: Path):
    pages = pages_of(tmp_path)
    texts = {b.text: [h.text for h in b.path] for p in pages for b in p.parsed.blocks}
    joined = "\n".join(texts)
    assert "Learning and Development" not in joined  # docs/ is what Quarto built from these pages
    assert "The workshop will take place on September 16, 2025 in Prague—as part of ICDL." in texts  # "---" is a dash
    assert "{width" not in joined and "tbl-colwidths" not in joined and "{{<" not in joined and "::: {" not in joined
    every = [b.text for p in pages for b in p.parsed.blocks]
    assert every.count("Write to the organizers at chairs@example.org.") == 1  # "_contact.qmd" is no page
    assert any("9:00–10:30" in t and "Talk Session 1" in t for t in texts)
    assert texts["Write to the organizers at chairs@example.org."] == ["Schedule at a glance"]  # the include's text
    glance = next(h for p in pages for h in p.parsed.headings if h.text == "Schedule at a glance")
    assert glance.anchor == "glance"
    assert texts["Our lab developed the TotTag, a wearable device."] == ["Talk Session 1", "Kathryn Humphreys (Vanderbilt University)"]
    assert any("Saiph Savage" in t and "Northeastern University" in t and "savage.png" not in t for t in texts)  # the listing's record


def test_a_heading_id_is_kept_as_its_anchor_and_code_is_left_alone():
    text = prepare_qmd("## Schedule {#glance .unnumbered}\n\n```\n::: x\n```\n")
    assert '<h2 id="glance">Schedule</h2>' in text and "::: x" in text
