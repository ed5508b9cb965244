"""Docusaurus sites and MDX pages (issue 13: MADICES's organizers, speakers and sponsors live in
``export let organizers = [...]`` arrays its MDX maps into cards; read as Markdown, the page
published the arrays' source, then "{props.name} ({props.link}) {props.organization}" and "))}" as
each section's text, and its React home page, the only place that says when each edition was,
was not read at all)."""

from pathlib import Path

from perfm_bot.index.answer_units import answer_units
from perfm_bot.sources.loader import _load_pages
from perfm_bot.sources.mdx_page import prepare_mdx
from perfm_bot.sources.site_tree import find_sites, load_site_config

CONFIG = """/** @type {import('@docusaurus/types').DocusaurusConfig} */
(
  module.exports = {
    title: "MADICES",
    tagline: "Machine actionable data for chemical sciences",
    url: "https://madices.github.io",
    presets: [
      ["@docusaurus/preset-classic", ({ docs: { path: "docs", sidebarPath: "./sidebars.js" } })],
    ],
    themeConfig: { navbar: { title: "Home", items: [] } },
  }
);
"""

ORGANIZERS = """---
title: Organizers
sidebar_label: Organizers
---

{/* // import { Card } from "../components.js"; */}
import { Card } from "react-bootstrap";

export let organizers = [
  {
    name: "Matthew Evans",
    link: "https://ml-evs.science/",
    img: "https://ml-evs.science/assets/me_round.jpeg",
    organization: "University of Cambridge",
  },

  {
    name: "Edan Bainglass",
    link: "https://www.psi.ch/en/lms/people/edan-bainglass",
    organization: "Paul Scherrer Institute",
    bio: "A bio no card shows.",
  },
];

export const hidden = [{ name: "Not Shown", organization: "Nowhere" }];

## Core team

<div className="container">
  <div className="row">
    {organizers
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((props, idx) => (
        <div className="col-sm-6">
          <Card className="h-100 p-0">
            <Card.Img variant="top" src={props.img} />
            <Card.Body>
              <Card.Title>
                <a href={props.link}>{props.name}</a>
              </Card.Title>
              <Card.Text>{props.organization}</Card.Text>
            </Card.Body>
          </Card>
        </div>
      ))}
    {hidden.filter((p) => p.shown).map((p) => (<p>{p.name}</p>))}
  </div>
</div>
"""

SPONSORS = """---
title: Workshop sponsors
---

import { Sponsor } from "../components.jsx";

export let sponsors = [
  { name: "ETH Board", link: "https://ethrat.ch/en/", img: "https://ethrat.ch/logo.svg" },
  { name: "PREMISE", link: "https://ord-premise.org", img: "https://ord-premise.org/logo.svg" },
];

## Support

<div className="container">
  {sponsors.map((props, idx) => (
    <Sponsor key={idx} {...props} />
  ))}
</div>
"""

PROGRAM = """---
title: Program
---

## Location

:::note Getting there
The event will take place at the Paul Scherrer Institute, Forschungsstrasse 111, 5232 Villigen.
:::

Write `{config}` in the form, as in:

```js
const config = { venue: "PSI" };
```

Times are {"in CET"}.
"""

HOME = """import React from "react";
import Layout from "@theme/Layout";

function Home() {
  return (
    <Layout>
      <header className="hero">
        <h1 className="hero__title">Machine-Actionable Data Interoperability for the Chemical Sciences</h1>
      </header>
      <main>
        <a href="/docs/2025"><div><h3>MADICES 2025</h3><p>October 20-24, 2025 (Switzerland)</p></div></a>
      </main>
    </Layout>
  );
}

export default Home;
"""

SITE = {
    "docusaurus.config.js": CONFIG,
    "docs/2025/organizers.mdx": ORGANIZERS,
    "docs/2025/sponsors.mdx": SPONSORS,
    "docs/2025/01-program.mdx": PROGRAM,
    "docs/2025/index.mdx": "---\ntitle: MADICES 2025\n---\n\n## Overview\n\nInteroperability of FAIR data.\n",
    "docs/components.jsx": "export function Sponsor(props) { return <a href={props.link}>{props.name}</a>; }\n",
    "docs/_shared.mdx": "A partial other pages import.\n",
    "docs/2026/plans.md": "---\ntitle: Plans\ndraft: true\n---\n\nNot published yet.\n",
    "blog/2025-05-01-call.md": "---\ntitle: The call is out\n---\n\nSubmit by June.\n",
    "src/pages/index.jsx": HOME,
    "src/pages/index.module.css": ".hero { color: red; }\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def pages_of(tmp_path: Path) -> dict[str, object]:
    write(tmp_path / "pages", SITE)
    return {p.permalink: p for p in _load_pages(tmp_path)}


def texts(page) -> list[str]:
    return [u.text for u in answer_units(page.parsed.blocks)]


def test_a_docusaurus_site_publishes_docs_blog_and_react_pages_at_its_routes(tmp_path: Path):
    pages = pages_of(tmp_path)
    # _shared.mdx is a partial, plans.md a draft, components.jsx code, index.module.css a style
    assert set(pages) == {"/", "/docs/2025", "/docs/2025/organizers", "/docs/2025/sponsors", "/docs/2025/program", "/blog/2025/05/01/call"}
    home = texts(pages["/"])
    assert any("Machine-Actionable Data Interoperability" in t for t in home)
    assert any("MADICES 2025" in t and "October 20-24, 2025" in t for t in home)


def test_the_config_gives_the_site_its_title_not_the_navbars(tmp_path: Path):
    root = write(tmp_path, {"docusaurus.config.js": CONFIG, "docs/a.md": "# A\n"})
    site, problems = load_site_config(find_sites(root)[0])
    assert site.generator == "docusaurus" and not problems
    assert site.title == "MADICES" and site.config["tagline"].startswith("Machine actionable")


def test_an_mdx_pages_data_is_shown_as_its_cards_show_it_and_no_code_reaches_the_text(tmp_path: Path):
    pages = pages_of(tmp_path)
    organizers = texts(pages["/docs/2025/organizers"])
    joined = "\n".join(organizers)
    assert any("Matthew Evans" in t and "University of Cambridge" in t for t in organizers)
    assert any("Edan Bainglass" in t and "Paul Scherrer Institute" in t for t in organizers)
    # the array's source, the card template, a filtered list and a commented-out import are not text
    for code in ("props.", "))}", "export", "import", "localeCompare", "Not Shown", "bio no card", "{"):
        assert code not in joined, code
    sponsors = "\n".join(texts(pages["/docs/2025/sponsors"]))
    assert "ETH Board" in sponsors and "PREMISE" in sponsors and "Sponsor" not in sponsors.replace("sponsors", "")


def test_admonitions_read_as_their_title_and_body_and_code_keeps_its_braces(tmp_path: Path):
    program = texts(pages_of(tmp_path)["/docs/2025/program"])
    joined = "\n".join(program)
    assert any(t.startswith("The event will take place at the Paul Scherrer Institute") for t in program)
    assert ":::" not in joined and "Getting there" in joined
    assert "{config}" in joined and "Times are in CET." in joined


def test_a_module_block_with_a_blank_line_inside_is_one_block():
    text = "export const people = [\n  { name: \"A\" },\n\n  { name: \"B\" },\n];\n\n# Title\n\nPlain text.\n"
    out = prepare_mdx(text)
    assert [line for line in out.split("\n") if line.strip()] == ["# Title", "Plain text."]
