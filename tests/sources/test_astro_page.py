"""Astro pages (``src/pages/index.astro``): a script fence over a template whose ``{…}`` map the
site's config into components (issue 13: BlackboxNLP's whole home page, its programme, speakers
and organizers, was not read at all; only its Markdown pages were)."""

from pathlib import Path

from perfm_bot.importing.site_folder import read_site_folder
from perfm_bot.sources.loader import _load_pages

SITE = {
    "astro.config.mjs": "export default {};\n",
    "src/config/site_config.json.ts": """interface SiteConfig { name: string }
const site_config: SiteConfig = {
  name: "BlackboxNLP 2025",
  location: "Suzhou, China",
  program_events: [
    { start_time: "9:00", end_time: "9:10", description: "**Opening Remarks**" },
    { start_time: "13:45", end_time: "14:30", description: "Invited talk by [**Verna Dankers**](https://x.org)", papers: [] },
  ],
  organizers: [
    { name: "Yonatan Belinkov", affiliation: "Technion", description: "A bio no card shows." },
    { name: "Aaron Mueller", affiliation: "Boston University", description: "A bio no card shows." },
  ],
  sponsors: [],
};
export default site_config;
""",
    "src/layouts/MainLayout.astro": """---
const { title } = Astro.props;
---
<html><head><title>{title}</title></head><body><main><slot /></main><footer>Built with Astro</footer></body></html>
""",
    "src/components/Schedule.astro": """---
const { events } = Astro.props as Props;
const md = (text) => marked.parse(text || '');
---
<h2>Program</h2>
{events && events.length > 0 ? (
  <div class="schedule sm:w-28">
    {events.map((event, index) => (
      <div class="event-item">
        {/* Time Column */}
        <p>{event.start_time} – {event.end_time}</p>
        <div set:html={md(event.description)} />
        {event.papers && event.papers.length > 0 && event.papers.map((paper) => (<span>{paper.title}</span>))}
      </div>
    ))}
  </div>
) : (
  <p><em>Program under construction, stay tuned!</em></p>
)}
""",
    "src/components/Organizers.astro": """---
import Speaker from './Speaker.astro';
const { organizers = [] } = Astro.props;
---
<br>
{organizers.length > 0 && (
  <h2>Organizers</h2>
  <ul>
    {organizers.map((org) => (<li><Speaker name={org.name} affiliation={org.affiliation} /></li>))}
  </ul>
)}
<script>document.addEventListener('DOMContentLoaded', () => {});</script>
""",
    "src/components/Speaker.astro": """---
const { name, affiliation } = Astro.props;
---
<b>{name}</b> — <span>{affiliation}</span>
""",
    "src/components/Sponsors.astro": """---
const { sponsors = [] } = Astro.props;
---
{sponsors.length > 0 ? (<h2>Our Sponsors</h2>) : (<p>Sponsors to be announced.</p>)}
""",
    "src/pages/index.astro": """---
import MainLayout from "@/layouts/MainLayout.astro";
import site_config from "@/config/site_config.json";
import Schedule from "@/components/Schedule.astro";
import Organizers from "@/components/Organizers.astro";
import Sponsors from "@/components/Sponsors.astro";
const {
  name = site_config.name,
  location = site_config.location,
  program_events = site_config.program_events,
  organizers = site_config.organizers,
  sponsors = site_config.sponsors,
} = Astro.props as Props;
---
<MainLayout title={name}>
  <h1>{name}</h1>
  <p>Held in {location}.</p>
  <!-- <p>Held in Miami.</p> -->
  <Schedule events={program_events}/>
  <Sponsors sponsors={sponsors} />
  <Organizers organizers={organizers} />
</MainLayout>
""",
    "src/pages/[slug].astro": "---\nconst { slug } = Astro.params;\n---\n<p>{slug}</p>\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_an_astro_home_page_shows_its_config_through_its_components(tmp_path: Path):
    write(tmp_path / "pages", SITE)
    pages = _load_pages(tmp_path)
    assert [p.permalink for p in pages] == ["/"]  # a [slug] route is a template, no page
    blocks = pages[0].parsed.blocks
    text = "\n".join(b.text for b in blocks)
    assert "Held in Suzhou, China." in text and "Miami" not in text
    assert "13:45 – 14:30 — Invited talk by Verna Dankers (https://x.org)" in text  # Markdown rendered, not shown raw
    assert "**" not in text and "{" not in text and "under construction" not in text
    assert "Sponsors to be announced." in text  # the branch the empty list takes
    belinkov = next(b for b in blocks if "Yonatan Belinkov" in b.text)
    assert belinkov.path[-1].text == "Organizers" and "Technion" in belinkov.text
    assert "A bio no card shows" not in text and "DOMContentLoaded" not in text


def test_an_astro_site_folder_imports_its_pages_components_and_config(tmp_path: Path):
    site = write(tmp_path / "site", SITE)
    taken = sorted(p.path for p in read_site_folder(site).pages)
    assert {"src/pages/index.astro", "src/components/Speaker.astro", "src/config/site_config.json.ts"} <= set(taken)
