"""Vue apps: the shell page is empty and every fact is written by ``.vue`` components from a data
module (issue 13: such a site was read as its scripts' raw data, a bio no card shows included, or
not at all)."""

from pathlib import Path

from perfm_bot.importing.site_folder import read_site_folder
from perfm_bot.sources.loader import _load_pages

SHELL = """<!doctype html><html><head><title>SafeWorldModels @ ECCV 2026</title>
<meta name="description" content="ECCV 2026 Workshop. September 8, 2026 (afternoon)."></head>
<body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>"""

SINGLE_PAGE = {  # Safe World Models (Vite + Vue 3, no router): the text is all in the components
    "package.json": '{"name": "swm", "dependencies": {"vue": "^3.4.0"}}',
    "index.html": SHELL,
    "src/main.js": "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App).mount('#app')\n",
    "src/App.vue": """<script setup>
import HeroSection from './components/HeroSection.vue'
import OrganizersSection from './components/OrganizersSection.vue'
import CallForPapers from './components/CallForPapers.vue'
import { workshopData } from './data/workshopData'
</script>

<template>
  <main>
    <HeroSection :workshop="workshopData" />
    <CallForPapers id="cfp" :workshop="workshopData" />
    <!-- <SponsorSection :workshop="workshopData" /> -->
    <organizers-section :workshop="workshopData" />
  </main>
</template>
""",
    "src/components/HeroSection.vue": """<script setup>
defineProps({ workshop: { type: Object, required: true } })
</script>
<template>
  <section class="hero">
    <h1>{{ workshop.fullTitle }}</h1>
    <div class="hero-meta-row"><span>{{ workshop.dateDisplay }}</span> <span>{{ workshop.location }}</span></div>
  </section>
</template>
""",
    "src/components/CallForPapers.vue": """<script setup>
defineProps(['workshop'])
function formatDate(value) { return new Intl.DateTimeFormat('en').format(new Date(value)) }
</script>
<template>
  <section>
    <h2>Important Dates</h2>
    <div v-for="entry in workshop.importantDates" :key="entry.label" class="date-row">
      <span>{{ entry.label }}</span>: <strong>{{ entry.displayDate || formatDate(entry.date) }}</strong>
    </div>
    <p v-if="workshop.reviewPolicy">Review: {{ workshop.reviewPolicy }}</p>
  </section>
</template>
""",
    "src/components/OrganizersSection.vue": """<script setup>
import { getAvatar } from '../utils/avatars'
defineProps({ workshop: Object })
</script>
<template>
  <section class="section">
    <div class="section-heading"><p class="eyebrow">Organizers</p><h2>Organizing Committee</h2></div>
    <article v-for="organizer in workshop.organizers" :key="organizer.name" class="organizer-card">
      <img v-if="getAvatar(organizer.name)" :src="getAvatar(organizer.name)" :alt="organizer.name" />
      <span v-else>{{ organizer.initials }}</span>
      <h4>{{ organizer.name }}</h4>
      <p>{{ organizer.affiliation }}</p>
    </article>
  </section>
</template>
""",
    "src/data/workshopData.js": """const organizers = [
  { name: 'Dandan Zhang', initials: 'DZ', affiliation: 'Imperial College London, UK', bio: 'A bio no card shows.' },
  { name: 'Haibao Yu', initials: 'HY', affiliation: 'Carnegie Mellon University, USA', bio: 'A bio no card shows.' },
]
export const workshopData = {
  fullTitle: 'Safe World Models for Trustworthy Embodied AI',
  dateDisplay: 'September 9 (Morning), 2026',
  location: 'Malmö, Sweden',
  doubleBlind: 'Double-blind peer review',
  importantDates: [
    { label: 'Paper Submission Deadline', date: '2026-07-15T23:59:59' },
    { label: 'Workshop Date', date: '2026-09-09T09:00:00', displayDate: 'September 9 (Morning), 2026' },
  ],
  organizers,
}
""",
}


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _pages(tmp_path: Path, files: dict[str, str]):
    write(tmp_path / "pages", files)
    return {p.slug: p for p in _load_pages(tmp_path)}


def _text(page) -> str:
    return "\n".join(b.text for b in page.parsed.blocks)


def test_a_vue_apps_page_is_what_its_components_show_of_its_data(tmp_path: Path):
    """Props bound, ``v-for`` run over the data, ``{{ }}`` filled, a formatter given a date shows
    the date; the shell's description (a date the app replaced) and fields no template reads (a
    bio, the review policy) are not on the page, nor a component the app commented out."""
    page = _pages(tmp_path, SINGLE_PAGE)["index"]
    text = _text(page)
    assert page.title == "SafeWorldModels @ ECCV 2026"
    assert "September 9 (Morning), 2026" in text and "Malmö, Sweden" in text
    assert "Paper Submission Deadline: July 15, 2026" in text
    assert "Dandan Zhang" in text and "Carnegie Mellon University, USA" in text
    assert "A bio no card shows" not in text and "Double-blind" not in text and "Review:" not in text
    assert "September 8" not in text and "{{" not in text
    assert "DZ" not in text  # the avatar shows; its initials fallback does not


def test_a_vue_cards_stand_under_the_heading_their_eyebrow_labels(tmp_path: Path):
    page = _pages(tmp_path, SINGLE_PAGE)["index"]
    zhang = next(b for b in page.parsed.blocks if "Dandan Zhang" in b.text)
    path = [h.text for h in zhang.path]
    assert path[path.index("Organizers") + 1] == "Organizing Committee"


ROUTED = {  # vue-router with lazy views and hash history
    "index.html": '<html><head><title>WDMD 2024</title></head><body><div id="app"></div></body></html>',
    "src/App.vue": "<template><div><nav>Home | CFP</nav><router-view /><footer>WDMD 2024</footer></div></template>\n",
    "src/router/index.js": """import { createRouter, createWebHashHistory } from 'vue-router'
import Home from '../views/Home.vue'
const routes = [
  { path: '/', name: 'home', component: Home },
  { path: '/cfp', name: 'cfp', component: () => import('../views/Cfp.vue') },
  { path: '/:pathMatch(.*)*', component: () => import('../views/NotFound.vue') },
]
export default createRouter({ history: createWebHashHistory(), routes })
""",
    "src/views/Home.vue": "<template><section><h2>About</h2><p>WDMD is held in Tsukuba, Japan, on October 28, 2024.</p></section></template>\n",
    "src/views/Cfp.vue": """<script setup>
const dates = [{ what: 'Submission', old: 'August 11, 2024', now: 'August 14, 2024' }]
</script>
<template><section><h2>Important Dates</h2>
<p v-for="d in dates" :key="d.what">{{ d.what }}: <del>{{ d.old }}</del> <b>{{ d.now }}</b></p></section></template>
""",
    "src/views/NotFound.vue": "<template><p>Page not found</p></template>\n",
}


def test_each_view_a_vue_router_routes_is_a_page_at_its_hash_url(tmp_path: Path):
    pages = _pages(tmp_path, ROUTED)
    assert {s: p.permalink for s, p in pages.items()} == {"index": "/", "cfp": "/#/cfp"}
    assert "Tsukuba, Japan" in _text(pages["index"])
    cfp = _text(pages["cfp"])
    assert "August 14, 2024" in cfp and "August 11" not in cfp  # struck in the view: superseded
    assert "WDMD 2024" in cfp or "Home | CFP" not in cfp  # the app's frame is read as chrome or not at all


def test_a_ui_librarys_table_shows_its_bound_rows_under_its_declared_columns(tmp_path: Path):
    """WDMD's programme is an Element Plus ``<el-table :data>`` with ``<el-table-column prop label>``:
    the rows are in the script, the cells written by the library; Ant Design's ``:columns`` likewise."""
    files = {
        **ROUTED,
        "src/views/Cfp.vue": """<template><div class="program">
<el-table :data="tableData" border><el-table-column prop="time" label="Time" /><el-table-column prop="topic" label="Topic" />
<el-table-column prop="speaker" label="Speaker" /></el-table>
<a-table :data-source="rooms" :columns="columns" /></div></template>
<script lang="ts" setup>
interface Data { time: string; topic: string; speaker: string }
const tableData: Data[] = [
  { time: '9:30-10:10', speaker: 'Yuxiang Sun', topic: 'Keynote 1: Safe Navigation' },
  { time: '14:20-15:00', speaker: 'Mohamed Wahib', topic: 'Keynote 4: Parallelism in LLMs' },
]
const columns = [{ title: 'Room', dataIndex: 'room' }, { title: 'Session', dataIndex: 'what' }]
const rooms = [{ room: 'Hall B', what: 'Posters' }]
</script>
""",
    }
    cfp = _text(_pages(tmp_path, files)["cfp"])
    assert "Time: 14:20-15:00; Topic: Keynote 4: Parallelism in LLMs; Speaker: Mohamed Wahib" in cfp
    assert "Hall B — Posters" in cfp  # a table of one row reads as a line


def test_a_vue_app_folder_imports_with_its_components(tmp_path: Path):
    app = write(tmp_path / "site", SINGLE_PAGE)
    taken = sorted(p.path for p in read_site_folder(app).pages)
    assert "src/App.vue" in taken and "src/components/OrganizersSection.vue" in taken and "src/data/workshopData.js" in taken


def test_an_options_api_component_shows_what_its_data_function_returns(tmp_path: Path):
    files = {
        "index.html": '<html><head><title>WS</title></head><body><div id="app"></div></body></html>',
        "src/App.vue": """<template><section><h2>Speakers</h2><ul><li v-for="s in speakers" :key="s.name">{{ s.name }} ({{ s.org }})</li></ul>
<p v-if="showRoom">Room {{ room }}</p></section></template>
<script>
export default {
  name: 'App',
  data() {
    return { speakers: [{ name: 'Ada Lovelace', org: 'Analytical Engines' }], showRoom: false, room: 'B-12' }
  },
}
</script>
""",
    }
    text = _text(_pages(tmp_path, files)["index"])
    assert "Ada Lovelace (Analytical Engines)" in text and "B-12" not in text  # v-if false: not shown


def test_a_component_that_names_its_props_reads_them_through_that_name(tmp_path: Path):
    """``const props = defineProps(…)`` then ``{{ props.workshop.contactEmail }}``: the address shows."""
    files = {
        "index.html": SHELL,
        "src/App.vue": "<script setup>\nimport Contact from './Contact.vue'\nimport { data } from './data.js'\n</script>\n"
        '<template><Contact :workshop="data" /></template>\n',
        "src/Contact.vue": "<script setup>\nconst props = defineProps({ workshop: Object })\n</script>\n"
        "<template><section><h2>Get in Touch</h2><a>{{ props.workshop.contactEmail }}</a></section></template>\n",
        "src/data.js": "export const data = { contactEmail: 'd.zhang17@imperial.ac.uk' }\n",
    }
    assert "d.zhang17@imperial.ac.uk" in _text(_pages(tmp_path, files)["index"])


def test_a_route_the_app_no_longer_links_to_is_not_published(tmp_path: Path):
    """WDMD still routes ``/attending``, but its menu item is commented out: the page (with the
    2023 edition's travel grants) is no more published than a static site's orphan page. An app
    whose links name no route at all keeps every route (they may be computed)."""
    files = {
        **ROUTED,
        "src/App.vue": "<template><div><el-menu router><el-menu-item index=\"/cfp\">CFP</el-menu-item>"
        "<!-- <el-menu-item index=\"/attending\">ATTENDING</el-menu-item> --></el-menu><router-view /></div></template>\n",
        "src/router/index.js": ROUTED["src/router/index.js"].replace(
            "  { path: '/:pathMatch", "  { path: '/attending', component: () => import('../views/Attending.vue') },\n  { path: '/:pathMatch"),
        "src/views/Attending.vue": "<template><p>Student travel grants up to 500 EUR.</p></template>\n",
    }
    pages = _pages(tmp_path, files)
    assert sorted(pages) == ["cfp", "index"]
    assert not any("travel grants" in _text(p) for p in pages.values())


def test_a_date_a_components_own_style_strikes_is_superseded(tmp_path: Path):
    """WDMD writes its moved deadlines as ``<span class="value del">August 11th</span>`` with
    ``.del { text-decoration: line-through }`` in the component's scoped style: the old date is
    struck, not a second deadline."""
    files = {
        "index.html": SHELL,
        "src/App.vue": """<template><section><h2>Important Dates</h2>
<p>Submission deadline: <span class="value">August 14th, 2024</span> <span class="value del">August 11th, 2024</span></p></section></template>
<style lang="less" scoped>
.dates { .del { text-decoration: line-through; } }
</style>
""",
    }
    text = _text(_pages(tmp_path, files)["index"])
    assert "August 14th, 2024" in text and "August 11th" not in text.replace("changed from", "")
