"""JavaScript apps with no HTML page (Next.js, Gatsby): each route component is a page, its
local components written in where it uses them (issue 13: a Next.js workshop site was not read
at all, "no pages found")."""

from pathlib import Path

from perfm_bot.importing.site_folder import read_site_folder
from perfm_bot.importing.write import land
from perfm_bot.sources.jsx_app import app_routes, render_route, route_path
from perfm_bot.sources.loader import _load_pages

NEXT_APP = {
    "package.json": '{"name": "ws", "dependencies": {"next": "14.2.5", "react": "18"}}',
    "src/app/layout.js": """import Header from "./components/header";
export const metadata = { title: "AOV-Workshop", description: "A workshop on ambiguous objects at ACM MM 2026." };
export default function RootLayout({ children }) {
  return (<html lang="en"><body><Header />{children}</body></html>);
}""",
    "src/app/page.js": """"use client";
import Section from "./components/section";
import Dates from "./components/dates";
import Speakers from "./components/speakers";
import { People } from "@/app/components/people";
export default function Home() {
  return (
    <main>
      <Section title={"Important Dates"} body={<Dates />} id="dates" />
      {/* <Section title={"Speakers"} body={<Speakers />} id="speakers" /> */}
      <Section title="Organizers"><People /></Section>
    </main>
  );
}""",
    "src/app/components/header.jsx": """const Header = () => <div className="header"><div>Workshop on Ambiguous Objects (AOV)</div><div>Dublin, Ireland</div></div>;
export default Header;""",
    "src/app/components/section.jsx": """const Section = ({ title, body, children, id }) => {
  return (<div id={id}><div className="font-bold text-[2em]">{title}</div><div>{body}{children}</div></div>);
}
export default Section;""",
    "src/app/components/dates.jsx": """export default function Dates() {
  return <ul>
    <li>Paper submission deadline: <span className="font-bold"><span className="line-through">Jun. 13, 2026</span> Jul. 11, 2026</span></li>
    <li>Camera-ready deadline: <span>Aug. 11, 2026</span></li>
  </ul>;
}""",
    "src/app/components/speakers.jsx": "export default function Speakers() { return <p>Keynote: Grace Hopper (Navy)</p>; }",
    "src/app/components/avatar.jsx": """export default function Avatar(props) {
  return <div><img src={props.image} alt={props.name} /><div>{props.name}</div><div>{props.affiliation}</div></div>;
}""",
    "src/app/components/people.jsx": """import Avatar from "./avatar";
export function People() {
  return <div><Avatar name="Ada Lovelace" image="/ada.png" affiliation={"University of Dayton, US"} />
  <Avatar name="Alan Turing" affiliation="Monash University, Australia" /></div>;
}""",
    "src/app/cfp/page.jsx": """export default function Cfp() { return <main><h1>Call for Papers</h1><p>Long papers: up to 8 pages.</p></main>; }""",
}


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_each_route_of_a_next_app_is_a_page_at_its_url(tmp_path: Path):
    app = write(tmp_path / "app", NEXT_APP)
    routes = app_routes(app)
    assert sorted(route_path(app, r) for r in routes) == ["/", "/cfp/"]
    pages = _load_pages_of(tmp_path, NEXT_APP)
    assert sorted((p.slug, p.permalink) for p in pages) == [("cfp", "/cfp/"), ("index", "/")]


def test_a_route_renders_with_its_layout_and_components_written_in(tmp_path: Path):
    pages = {p.slug: p for p in _load_pages_of(tmp_path, NEXT_APP)}
    home = pages["index"]
    blocks = [(b.path[-1].text if b.path else "", b.text) for b in home.parsed.blocks]
    texts = [t for _, t in blocks]
    assert home.title == "AOV-Workshop"
    assert "Workshop on Ambiguous Objects (AOV)" in texts  # the layout's header, around the page
    # a section's body under the title its parent handed it
    assert ("Important Dates", "Camera-ready deadline: Aug. 11, 2026") in blocks
    # a struck class is struck: the old deadline is never current
    deadline = next(t for t in texts if t.startswith("Paper submission deadline"))
    assert "Jul. 11, 2026" in deadline and "Jun. 13" not in deadline
    # a card's props: a name with its affiliation, under the section handed it as children
    assert ("Organizers", "Ada Lovelace — University of Dayton, US") in blocks
    assert ("Organizers", "Alan Turing — Monash University, Australia") in blocks
    # a component whose use is commented out is not on the page, though its file is there
    assert not any("Grace Hopper" in t for t in texts)


def test_the_routes_html_is_a_document_with_the_metadata_in_its_head(tmp_path: Path):
    app = write(tmp_path / "app", NEXT_APP)
    page = render_route(app, app / "src/app/page.js")
    assert page.startswith("<html><head><title>AOV-Workshop</title>")
    assert '<meta name="description" content="A workshop on ambiguous objects at ACM MM 2026.">' in page
    assert page.count("<html") == 1 and page.count("<body") == 1  # the layout's own document tags merged
    assert "Metadata" not in page  # Next's metadata is the head, not a section of text


def test_a_gatsby_app_reads_its_pages_folder_and_a_component_defined_beside_the_page(tmp_path: Path):
    files = {
        "package.json": '{"dependencies": {"gatsby": "5"}}',
        "gatsby-config.js": "module.exports = { siteMetadata: { title: 'EAI' } };",
        "src/pages/index.tsx": """import * as React from "react";
import Layout from "../components/layout";
const Speaker = (props: { name: string; slot: string }) => <li>{props.slot} — {props.name}</li>;
export default function Index(): JSX.Element {
  return <Layout><h2>Schedule</h2><ul><Speaker name="Lerrel Pinto" slot="2:00 PM" /></ul></Layout>;
}
export const Head = () => <title>Embodied AI Workshop</title>;""",
        "src/pages/404.tsx": "export default function NotFound() { return <p>Not found</p>; }",
        "src/pages/api/hello.ts": "export default function handler() { return 1; }",
        "src/components/layout.tsx": """export default function Layout({ children }: { children: any }) {
  return <div><h1>Embodied AI Workshop @ CVPR 2026</h1>{children}</div>;
}""",
    }
    app = write(tmp_path / "app", files)
    assert [r.name for r in app_routes(app)] == ["index.tsx"]
    texts = [b.text for p in _load_pages_of(tmp_path / "k", files) for b in p.parsed.blocks]
    assert "2:00 PM — Lerrel Pinto" in texts
    assert not any("Not found" in t for t in texts)


def test_an_app_with_an_html_shell_is_still_read_from_its_shell(tmp_path: Path):
    """A React or Vite app's ``index.html`` is its page (``test_script_text``); no route folders."""
    files = {
        "package.json": "{}",
        "public/index.html": '<html><body><div id="root"></div></body></html>',
        "src/App.jsx": "export default function App() { return <main><h2>Dates</h2><p>Workshop day: December 6, 2025</p></main>; }",
    }
    pages = _load_pages_of(tmp_path, files)
    assert [(p.slug, p.permalink) for p in pages] == [("index", "/")]
    assert [b.text for b in pages[0].parsed.blocks] == ["Workshop day: December 6, 2025"]


def test_a_next_app_folder_imports_with_its_sources_and_reads_as_published(tmp_path: Path):
    app = write(tmp_path / "site", {**NEXT_APP, "node_modules/next/index.js": "module.exports = {};", "next.config.mjs": "export default {};"})
    harvest = read_site_folder(app)
    taken = sorted(p.path for p in harvest.pages)
    assert "src/app/page.js" in taken and "src/app/components/section.jsx" in taken and "package.json" in taken
    assert not any(p.startswith("node_modules") for p in taken)
    land(harvest, tmp_path / "knowledge" / "pages")
    texts = [b.text for p in _load_pages(tmp_path / "knowledge") for b in p.parsed.blocks]
    assert "Ada Lovelace — University of Dayton, US" in texts


def _load_pages_of(tmp_path: Path, files: dict[str, str]):
    write(tmp_path / "pages", files)
    return _load_pages(tmp_path)


def test_a_class_component_wraps_the_page_and_a_bare_ampersand_in_its_text_breaks_nothing(tmp_path: Path):
    """The Embodied AI workshop's Gatsby pages: a ``PageWrapper`` class puts ``this.props.children``
    in its frame, and "Challenge Q&A" or "learning & exploration" in JSX text, which React shows
    as written, once made tree-sitter drop the page around it."""
    files = {
        "package.json": '{"dependencies": {"gatsby": "5"}}',
        "src/pages/index.tsx": """import * as React from "react";
import PageWrapper from "../components/page-wrapper";
export default function Home({ data }) {
  const both = data && data.site;
  return (
    <PageWrapper
      // an earlier year's colour
      headerGradient="linear-gradient(0deg, #e2d2b9, #153968)"
    >
      <section><h2>Schedule</h2><p>3:00 PM: Challenge Q&A with the winners</p></section>
      <section><h2>Call for Papers</h2><p>Themes: learning & exploration. Papers are non-archival.</p></section>
    </PageWrapper>
  );
}""",
        "src/components/page-wrapper.tsx": """import * as React from "react";
export default class PageWrapper extends React.Component<{ children: any }> {
  render() {
    return <div><h1>Embodied AI Workshop</h1><main>{this.props.children}</main></div>;
  }
}""",
    }
    texts = [b.text for p in _load_pages_of(tmp_path / "k", files) for b in p.parsed.blocks]
    assert any("3:00 PM: Challenge Q&A with the winners" in t for t in texts)
    assert any("Themes: learning & exploration. Papers are non-archival." in t for t in texts)


DATA_APP = {
    "package.json": '{"name": "fagen", "dependencies": {"next": "15.0.0"}}',
    "src/lib/workshop-data.ts": """export const site = { title: "Failure Modes in Agentic AI", workshopDateLabel: "July 10, 2026", workshopVenueRoom: "Grand Ballroom 104-105" };
export const speakers = [
  { name: "Yoshua Bengio", affiliation: "Mila", bio: "A bio no card shows.", focus: "AI safety" },
];
""",
    "src/components/AvatarCard.tsx": """export function AvatarCard({ person }) {
  return (<div><h3>{person.name}</h3><p>{person.affiliation}</p><p>{person.focus}</p></div>);
}
""",
    "src/app/page.tsx": """import { AvatarCard } from "@/components/AvatarCard";
import { site, speakers } from "@/lib/workshop-data";
export default function Home() {
  return (<main><h1>{site.title}</h1><p>{site.workshopDateLabel}</p>
    <section id="speakers"><h2>Speakers</h2>{speakers.map((s) => (<AvatarCard key={s.name} person={s} />))}</section></main>);
}
""",
}


def test_a_module_of_data_the_page_imports_is_read_with_the_fields_its_components_show(tmp_path: Path):
    """FAGEN keeps its date, room and speakers in ``lib/workshop-data.ts`` and maps over them in
    JSX; the data is read, without the fields no component shows (a bio no card displays)."""
    home = next(p for p in _load_pages_of(tmp_path, DATA_APP) if p.slug == "index")
    text = "\n".join(b.text for b in home.parsed.blocks)
    assert "July 10, 2026" in text and "Grand Ballroom 104-105" in text and "Yoshua Bengio" in text
    assert "A bio no card shows" not in text


ROUTER_APP = {  # RS4SD's create-react-app, published without its package.json
    "root/public/index.html": '<html><head><title>RS4SD Workshop @ CIKM</title></head><body><div id="root"></div></body></html>',
    "root/src/App.tsx": """import { HashRouter as Router, Route, Routes } from "react-router-dom";
import Home from "./pages/home";
import Team from "./pages/team";
import Cfp from "./pages/cfp";
import Paper from "./pages/paper";
const App = () => (<Router><Routes>
  <Route path="*" element={<Home />} />
  <Route path="/team" element={<Team />} />
  <Route path="/cfp" element={<Cfp/>} />
  <Route path="/papers/:id" element={<Paper />} />
</Routes></Router>);
export default App;""",
    "root/src/components/Layout.jsx": """import {Helmet} from "react-helmet";
const Layout = ({title, children}) => (<div><Helmet><title>{title}</title></Helmet>
  <p>November 14, Coex, Seoul, Korea</p><div>{children}</div></div>);
export default Layout;""",
    "root/src/pages/home.js": """import Layout from "../components/Layout";
const Home = () => <Layout title="RS4SD | Home"><h2>Overview</h2><p>Recommender systems for sustainable development.</p></Layout>;
export default Home;""",
    "root/src/pages/cfp.js": """import Layout from "../components/Layout";
const Cfp = () => <Layout title="RS4SD | CFP"><section id="dates"><h2>Key Dates</h2>
  <p>Paper Submission Deadline: <s>August 31, 2025</s> September 21, 2025</p></section></Layout>;
export default Cfp;""",
    "root/src/pages/paper.js": "const Paper = () => <p>One paper, chosen by its id.</p>;\nexport default Paper;",
    "root/src/pages/team.js": """import Layout from "../components/Layout";
import Person from "../components/Person";
import { teamMembers } from "../data/TeamData";
const YELLOW = "#ffb500";
const Team = () => (<Layout title="RS4SD | Team"><h2>Overview</h2><p>Who runs it.</p>
  <section id="organizers"><h3>Organizers</h3><div>
  {teamMembers.map((member, index) => (<Person key={index} boldText={member.name} smallText={member.affiliation} iconColor={YELLOW} />))}
  </div></section></Layout>);
export default Team;""",
    "root/src/components/Person.jsx": "const Person = ({boldText, smallText}) => <div><b>{boldText}</b><small>{smallText}</small></div>;\nexport default Person;",
    "root/src/data/TeamData.jsx": """export const teamMembers = [
  { name: "Mehrdad Rostami", affiliation: "University of Oulu, Finland", secret: "not shown" },
  { name: "Ashmi Banerjee", affiliation: "Technical University of Munich, Germany", secret: "not shown" },
];""",
}


def test_a_react_router_app_reads_each_routed_page_at_its_hash_url(tmp_path: Path):
    """RS4SD (a create-react-app) has one empty shell page and its pages in the router: each
    routed component is a page a visitor opens at ``/#/cfp``, the catch-all route is home, a
    route with a parameter is no page, and a section links to its page (no second '#')."""
    pages = {p.slug: p for p in _load_pages_of(tmp_path, ROUTER_APP)}
    assert {s: p.permalink for s, p in pages.items()} == {"index": "/", "team": "/#/team", "cfp": "/#/cfp"}
    cfp = "\n".join(b.text for b in pages["cfp"].parsed.blocks)
    assert "September 21, 2025" in cfp and "November 14, Coex, Seoul" in cfp
    assert "<h2>" not in cfp  # Helmet's title names the page; it heads no section
    from perfm_bot.index.chunking import anchored
    assert anchored("/#/cfp", "dates") == "/#/cfp" and anchored("/cfp/", "dates") == "/cfp/#dates" and anchored("/cfp/", "") == "/cfp/"


def test_data_a_component_maps_over_is_written_where_it_maps_it(tmp_path: Path):
    """``{teamMembers.map(m => <Person … iconColor={YELLOW} />)}``: the organizers' records stand
    under the Organizers heading (they came first on the page, under "Team members", and a
    constant colour handed to a card made every field of every record count as shown)."""
    pages = {p.slug: p for p in _load_pages_of(tmp_path, ROUTER_APP)}
    blocks = pages["team"].parsed.blocks
    rostami = next(b for b in blocks if "Mehrdad Rostami" in b.text)
    assert rostami.path[-1].text == "Organizers" and "University of Oulu" in rostami.text
    assert not any("not shown" in b.text for b in blocks)
    assert sum("Ashmi Banerjee" in b.text for b in blocks) == 1


def test_a_string_a_data_module_names_is_shown_where_a_prop_hands_it_on(tmp_path: Path):
    """RS4SD's ``<Schedule date={scheduleDate} />`` with ``export const scheduleDate = "Friday,
    November 14, 2025"``: the workshop's day (it was missing); a router link's target is no text."""
    files = {
        **ROUTER_APP,
        "root/src/data/ScheduleData.js": 'export const scheduleDate = "Friday, November 14, 2025";\n',
        "root/src/components/Schedule.jsx": "const Schedule = ({ date }) => <h3><strong>Time: {date}</strong></h3>;\nexport default Schedule;",
        "root/src/pages/home.js": """import Layout from "../components/Layout";
import Schedule from "../components/Schedule";
import { HashLink as Link } from "react-router-hash-link";
import { scheduleDate } from "../data/ScheduleData";
const Home = () => <Layout title="RS4SD | Home"><h2>Program</h2><Link to="/program-2025/#keynote">Keynote Speakers</Link>
  <Schedule date={scheduleDate} /></Layout>;
export default Home;""",
    }
    text = "\n".join(b.text for b in {p.slug: p for p in _load_pages_of(tmp_path, files)}["index"].parsed.blocks)
    assert "Time: Friday, November 14, 2025" in text
    assert "/program-2025/#keynote" not in text and "Keynote Speakers" in text
