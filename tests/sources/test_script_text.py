"""Sites whose facts live in their scripts (issue 13): a plain page filled from ``config.js``, a
React app whose pages are JSX. Read with a JavaScript parser, never run; what the page hides or
replaced is never current."""

from pathlib import Path

from perfm_bot.sources.loader import _load_pages
from perfm_bot.sources.script_text import script_html

CONFIG_JS = """\
const CONFIG = { contactEmail: "chairs@example.org", theme: "dark" };

const DATA = {
  importantDates: [
    { label: "Paper submission deadline", previousDate: "July 20, 2026", date: "July 27, 2026", extended: true },
    { label: "Author notification", date: "August 14, 2026", emphasis: true },
    { label: "Workshop", date: "October 2, 2026" },
  ],
  organizers: [
    { name: "Ada Lovelace", affiliation: "Analytical Engines Ltd", photo: "img/ada.png" },
  ],
};

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-render]").forEach((el) => { el.textContent = `${DATA.x} computed`; });
});
"""

PAGE = """<html><head><title>USRW 2026</title><script src="config.js"></script>
<script src="https://cdn.example.com/lib.js"></script></head>
<body><h1>USRW 2026</h1><h2>Important Dates</h2><table data-render="dates"></table>
<p>Contact: <a data-config="contactEmail">loading…</a></p></body></html>"""


def blocks_of(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [b.text for p in _load_pages(tmp_path) for b in p.parsed.blocks]


def test_a_page_filled_from_its_config_script_reads_the_scripts_data_as_rows(tmp_path: Path):
    texts = blocks_of(tmp_path, {"2026/index.html": PAGE, "2026/config.js": CONFIG_JS})
    joined = "\n".join(texts)
    assert "Author notification — August 14, 2026" in texts
    assert "Workshop — October 2, 2026" in texts  # a one-word label is a name, not a setting
    assert any(t.startswith("Ada Lovelace — Analytical Engines Ltd") for t in texts)
    assert "chairs@example.org" in joined
    # the replaced date is struck, so only the new one is current; settings and code are not text
    deadline = next(t for t in texts if t.startswith("Paper submission deadline"))
    assert "July 27, 2026" in deadline and "July 20" not in deadline
    assert "dark" not in joined and "computed" not in joined and "ada.png" not in joined


def test_a_script_the_page_does_not_load_or_a_remote_one_adds_nothing(tmp_path: Path):
    page = PAGE.replace('<script src="config.js"></script>', "<!-- <script src=\"config.js\"></script> -->")
    texts = blocks_of(tmp_path, {"index.html": page, "config.js": CONFIG_JS})
    assert not any("August 14" in t for t in texts)


APP_JS = """\
import React from "react";
import Card from "./Card";

const speakers = [
  { name: "Grace Hopper", affiliation: "Navy Research Lab", bio: "Compiler pioneer." },
];

export default function App() {
  const [open, setOpen] = React.useState(false);
  return (
    <div className="App">
      <h2>Important Dates</h2>
      <ul>
        <li>Submission deadline: <s>Aug 22, 2025</s> Sep 5, 2025 (AoE)</li>
        {/* <li>Camera-ready: Oct 15, 2025</li> */}
        <li style={{ display: "none" }}>Registration fee: $500</li>
      </ul>
      <p>Submit via <a href="https://openreview.net/group?id=W">OpenReview</a> {"before the deadline"}.</p>
      {open && <p>Secret modal text</p>}
      {speakers.map((s) => <Card key={s.name} speaker={s} />)}
      <Card title="Opening remarks at 9:00 AM" image="a.png" />
    </div>
  );
}
"""


def test_a_react_apps_jsx_is_read_as_the_html_it_renders_into_its_shell_page(tmp_path: Path):
    texts = blocks_of(
        tmp_path,
        {
            "package.json": '{"name": "site", "dependencies": {"react": "18"}}',
            "public/index.html": '<html><head><title>GenAI Health</title></head><body><div id="root"></div></body></html>',
            "src/App.js": APP_JS,
            "src/App.test.js": 'test("renders", () => { render(<App />); expect(screen.getByText("Test only text")); });',
        },
    )
    joined = "\n".join(texts)
    assert "Sep 5, 2025 (AoE)" in joined and "Aug 22" not in joined  # struck in JSX as in HTML
    assert "Camera-ready" not in joined  # a JSX comment
    assert "$500" not in joined  # display: none
    assert "Secret modal" not in joined  # computed: shown only when a visitor opens it
    assert "OpenReview (https://openreview.net/group?id=W) before the deadline" in joined
    assert "Grace Hopper — Navy Research Lab — Compiler pioneer." in joined  # the data the page maps over
    assert "Opening remarks at 9:00 AM" in joined  # a component's text prop
    assert "Test only text" not in joined


def test_minified_bundles_and_code_without_literals_hold_no_text():
    assert script_html("var a=1;" + "x" * 5000) == ""
    assert script_html('function f(el) { el.textContent = "Hello " + name; }') == ""
    assert script_html('const opts = { easing: "swing", duration: 300 };') == ""


def test_a_typescript_app_reads_the_same_and_its_type_declarations_are_not_text(tmp_path: Path):
    tsx = APP_JS.replace("const speakers = [", "type Speaker = { name: string };\nconst speakers: Speaker[] = [")
    texts = blocks_of(
        tmp_path,
        {
            "package.json": "{}",
            "index.html": '<html><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
            "src/main.tsx": 'import App from "./App";\ncreateRoot(document.getElementById("root")!).render(<App />);',
            "src/App.tsx": tsx,
            "src/env.d.ts": 'export declare const site: { title: string };\nconst example = { note: "Declared only" };',
        },
    )
    joined = "\n".join(texts)
    assert "Grace Hopper — Navy Research Lab" in joined and "Sep 5, 2025 (AoE)" in joined
    assert "Aug 22" not in joined and "Declared only" not in joined


APP_WITH_HOOKS = """\
import React, { useMemo, useState } from "react";

function SpeakerCard({ name, institution, keynote, onOpen }) {
  return (<div onClick={onOpen}><h3>{name}</h3><p>{institution}</p><p>{keynote.profile}</p>
    {/* <h4>{keynote.title}</h4> */}</div>);
}

export default function App() {
  const [open, setOpen] = useState(false);
  const speakers = useMemo(() => [
    { name: "Grace Hopper", institution: "Navy Research Lab", category: "Compilers",
      keynote: { title: "Nanoseconds Explained", profile: "Compiler pioneer." } },
  ], []);
  const agenda = useMemo(() => ([
    { time: "8:00-8:15", event: "Grace Hopper (Navy)", type: "session" },
  ]), []);
  const topics = [{ title: "Program synthesis" }];
  return (<main>{speakers.map((s) => <SpeakerCard key={s.name} {...s} onOpen={() => setOpen(true)} />)}
    {agenda.map((a) => <p key={a.time}>{a.time} {a.event}</p>)}
    {topics.map((t) => <li key={t.title}>{t.title}</li>)}</main>);
}
"""


def test_data_a_hook_wraps_is_read_with_its_times_and_keys_only_a_comment_reads_are_not_text():
    """``useMemo(() => [...])`` holds data as written; "8:00-8:15" is a value though it has no letter;
    a talk title read only by commented-out JSX, and a key no code reads, are not on the page."""
    page = script_html(APP_WITH_HOOKS)
    assert "Grace Hopper" in page and "Compiler pioneer." in page
    assert "8:00-8:15" in page and "Grace Hopper (Navy)" in page
    assert "Nanoseconds Explained" not in page  # keynote.title: read only in a comment
    assert "Compilers" not in page  # category: read nowhere
    assert "Program synthesis" in page  # .title is read, for topics


def test_a_record_spread_into_a_component_written_elsewhere_keeps_every_key():
    imported = APP_WITH_HOOKS.replace(
        'function SpeakerCard({ name, institution, keynote, onOpen }) {', 'import SpeakerCard from "./SpeakerCard";\nfunction Unused({ onOpen }) {'
    )
    page = script_html(imported)
    assert "Nanoseconds Explained" in page and "Compilers" in page  # nothing here says what SpeakerCard shows


def test_a_scripts_markup_is_read_as_html_and_its_data_is_a_section_of_the_page(tmp_path: Path):
    """BELIV's dates.js writes ``date: "<del>June 29</del> <b>July 6</b>, 2026"`` into the page:
    the struck date is struck, no tag is shown, and the dates are not part of the page's last section."""
    dates = 'let dateData = [\n  { event: "<b>Deadline for submissions</b>", date: "<del>June 29</del> <b>July 6</b>, 2026 (AoE)" },\n];\n'
    page = """<html><head><script src="JS/dates.js"></script></head><body><h1>Welcome</h1><p>Hi.</p>
    <h1>News</h1><p>Announced.</p><h1>Publications</h1><ul><li>BELIV 2006: doi</li></ul></body></html>"""
    pages = {"index.html": page, "JS/dates.js": dates}
    for name, text in pages.items():
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    blocks = [b for p in _load_pages(tmp_path) for b in p.parsed.blocks]
    row = next(b for b in blocks if b.text.startswith("Deadline for submissions"))
    assert row.text == "Deadline for submissions — July 6, 2026 (AoE) (changed from an earlier value)"
    assert [h.text for h in row.path] == ["Date data"]
