"""SvelteKit sites (``src/routes/+page.svelte`` inside ``+layout.svelte``): pages made of Svelte
templates and a component library's elements (issue 13: QDML @ ICDE 2025, a SvelteKit site, was
not read at all: its one page is a component, its dates a flowbite timeline's props)."""

from pathlib import Path

from perfm_bot.importing.site_folder import read_site_folder
from perfm_bot.sources.loader import _load_pages

SITE = {
    "package.json": '{"name": "qdml", "devDependencies": {"@sveltejs/kit": "^2.0.0", "flowbite-svelte": "^0.46"}}\n',
    "svelte.config.js": "import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter() } };\n",
    "src/app.html": '<!doctype html><html><head>%sveltekit.head%</head><body><div>%sveltekit.body%</div></body></html>\n',
    "src/lib/sponsors.json": '[{"name": "SDT Inc.", "url": "https://sdt.inc/en/"}]\n',
    "src/lib/Person.svelte": """<script>
    export let name;
    export let affiliation = "";
</script>
<p><span class="font-semibold">{name}</span>, <span class="text-sm">{affiliation}</span></p>
""",
    "src/routes/+layout.svelte": """<script>
    import { Navbar, NavLi, Footer } from 'flowbite-svelte';
    let contactModal = false;
</script>
<Navbar><NavLi href="#submit" on:click={() => (contactModal = true)}>Submission</NavLi></Navbar>
<main>
    <slot />
</main>
<Footer>Web Information Systems, TU Delft</Footer>
""",
    "src/routes/+page.svelte": """<script>
    import { Heading, P, Timeline, TimelineItem, Button, List, Li, Span } from 'flowbite-svelte';
    import Person from '$lib/Person.svelte';
    import sponsors from '$lib/sponsors.json';
    const chairs = [
        { name: 'Rihan Hai', affiliation: 'TU Delft' },
        { name: 'Kwanghyun Park', affiliation: 'Yonsei University' },
    ];
    const openCall = false;
</script>

<svelte:head><title>QDML 2025</title></svelte:head>

<div id="submit">
    <Heading tag="h2" customSize="text-2xl font-extrabold md:text-3xl">Submission Timeline</Heading>
    <Timeline order="vertical">
        <TimelineItem title="Paper Submission Deadline">
            <Span class="line-through block mb-2 text-sm">February 25, 2025</Span>
            <Span class="block mb-2 text-sm">March 3, 2025</Span>
            <Button href="https://easychair.org/my/conference?conf=qdml2025" color="alternative">Submit</Button>
        </TimelineItem>
        <TimelineItem title="Notification of Authors" date="March 19, 2025" />
        <!-- <TimelineItem title="Camera-ready" date="March 1, 2025" /> -->
    </Timeline>
    <P>
        The workshop will accept both regular papers and short papers (work in progress, vision or
        outrageous ideas). The papers will be uploaded as PDF files to the review system. Each paper
        will be reviewed by at least three reviewers from the program committee (PC).
    </P>
    <List tag="ul">
        <Li><Span bold>Regular Papers:</Span> up to 6 pages</Li>
    </List>
    {#if openCall}
        <P>Submissions are closed.</P>
    {:else}
        <P>Submissions are open until {chairs.length} chairs say otherwise.</P>
    {/if}
</div>

<div id="commitee">
    <Heading tag="h2">Workshop Chairs</Heading>
    <P>
        The chairs answer every question about the workshop, its programme and its proceedings, by
        mail or in person at the conference; the programme committee's members are listed below
        with their affiliations, as they stood when the call for papers was published.
    </P>
    {#each chairs as { name, affiliation }, i (name)}
        <Person {name} affiliation={affiliation} />
    {:else}
        <P>To be announced.</P>
    {/each}
    <Heading tag="h2">Sponsors</Heading>
    {#each sponsors as sponsor}<a href="{sponsor.url}">{sponsor.name}</a>{/each}
    {#await fetch('/papers.json')}<P>Loading papers…</P>{:then papers}<P>{papers.length} papers</P>{/await}
</div>
""",
    "src/routes/cfp/+page.svelte": """<script>
    let { deadline = 'March 3, 2025' } = $props();
</script>
<svelte:head><title>Call for Papers</title></svelte:head>
<h1>Call for Papers</h1>
<p>Submit by {deadline} (AoE).</p>
""",
    "src/routes/papers/[id]/+page.svelte": "<script>export let data;</script><h1>{data.title}</h1>\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _pages(tmp_path: Path):
    write(tmp_path / "pages", SITE)
    return {p.permalink: p for p in _load_pages(tmp_path)}


def test_a_sveltekit_site_has_one_page_per_route_inside_its_layout(tmp_path: Path):
    pages = _pages(tmp_path)
    assert sorted(pages) == ["/", "/cfp/"]  # app.html is the shell; a [id] route is a template, no page
    assert pages["/"].title == "QDML 2025" and pages["/cfp/"].title == "Call for Papers"
    text = "\n".join(b.text for b in pages["/"].parsed.blocks)
    assert "Web Information Systems" not in text  # the layout's footer is the site's frame, not the page
    cfp = "\n".join(b.text for b in pages["/cfp/"].parsed.blocks)
    assert "Submit by March 3, 2025 (AoE)." in cfp  # Svelte 5's $props() default


def test_a_component_librarys_text_props_are_shown_and_struck_dates_are_not_current(tmp_path: Path):
    blocks = _pages(tmp_path)["/"].parsed.blocks
    text = "\n".join(b.text for b in blocks)
    assert "Notification of Authors — March 19, 2025" in text  # <TimelineItem title date />
    deadline = next(b for b in blocks if "Paper Submission Deadline" in b.text)
    assert "March 3, 2025" in deadline.text and "February 25, 2025" not in deadline.text.replace("~~February 25, 2025~~", "")
    assert deadline.path[-1].text == "Submission Timeline"  # <Heading tag="h2">
    assert "(https://easychair.org/my/conference?conf=qdml2025)" in text  # <Button href> is a link
    assert "March 1, 2025" not in text and "Camera-ready" not in text  # commented out
    assert "text-2xl" not in text and "vertical" not in text and "alternative" not in text  # settings, not text
    assert "Regular Papers: up to 6 pages" in text


def test_svelte_blocks_run_over_the_pages_data(tmp_path: Path):
    blocks = _pages(tmp_path)["/"].parsed.blocks
    text = "\n".join(b.text for b in blocks)
    assert "Submissions are open until 2 chairs say otherwise." in text and "closed" not in text  # {#if}{:else}
    hai = next(b for b in blocks if "Rihan Hai" in b.text)
    assert hai.text == "Rihan Hai, TU Delft" and hai.path[-1].text == "Workshop Chairs"  # {#each … as { name, affiliation }}
    assert "Kwanghyun Park" in text and "Yonsei University" in text and "To be announced" not in text
    assert "SDT Inc." in text  # a JSON module imported through $lib
    assert "Loading papers" not in text and "papers.length" not in text  # {#await}: only running it shows
    assert "{" not in text and "}" not in text


def test_a_sveltekit_site_folder_imports_its_routes_components_and_data(tmp_path: Path):
    site = write(tmp_path / "site", SITE)
    taken = {p.path for p in read_site_folder(site).pages}
    assert {"svelte.config.js", "src/routes/+page.svelte", "src/routes/+layout.svelte", "src/lib/Person.svelte", "src/lib/sponsors.json"} <= taken
