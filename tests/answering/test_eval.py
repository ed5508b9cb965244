"""The answer-quality floor, on the real model: the project's promise to attendees."""

from pathlib import Path

import pytest

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.core.settings import Settings
from perfm_bot.answering.compose import Answer
from perfm_bot.answering.engine import Engine
from perfm_bot.answering.evaluation import Case, Part, format_result, load_cases, run_eval
from perfm_bot.index.chunking import Source

REPO = Path(__file__).resolve().parents[2]
QUESTIONS = REPO / "tests" / "eval" / "questions.yaml"
MESSY = REPO / "tests" / "eval" / "messy.yaml"


@pytest.fixture(scope="module")
def engine(real_embedder, tmp_path_factory):
    from datetime import datetime, timezone

    settings = Settings(knowledge_dir=REPO / "knowledge", state_dir=tmp_path_factory.mktemp("state"))
    return Engine(settings, real_embedder, clock=lambda: datetime(2026, 11, 24, tzinfo=timezone.utc))


def test_question_set_is_big_and_varied_enough():
    cases = load_cases(QUESTIONS)
    assert len(cases) >= 60
    assert sum(not c.answerable for c in cases) >= 12


def test_answer_quality_holds_the_floor(engine):
    result = run_eval(load_cases(QUESTIONS), engine.ask_many)
    report = format_result(result, str(QUESTIONS))
    assert result.answerable_rate >= 0.95, report
    assert result.abstain_rate >= 0.90, report
    assert result.forbidden_hits == 0, report


def test_the_ranking_beats_the_plain_dense_baseline(engine):
    cases = load_cases(QUESTIONS)
    ours = run_eval(cases, engine.ask_many)
    plain = run_eval(cases, lambda qs: engine.ask_many(qs, plain=True))
    assert ours.answerable_correct + ours.abstained_correct > plain.answerable_correct + plain.abstained_correct


def test_messy_discord_messages_hold_their_floor(engine):
    """Slang, typos, background, two questions in one, follow-ups in threads, off-topic requests.

    Before the question analyser (issue 14): 69.4% answerable correct, 63.8% declined, 1 forbidden."""
    cases = load_cases(MESSY)
    assert len(cases) >= 120 and any(c.context for c in cases) and any(c.parts for c in cases)
    result = run_eval(cases, lambda qs, contexts=None: engine.ask_many(qs, contexts=contexts))
    report = format_result(result, str(MESSY))
    assert result.answerable_rate >= 0.90, report
    # 11 of the declines are program times ("when's lunch?"), answered "the schedule is not
    # published yet (TBA)" the way questions.yaml expects; the next test counts them as honest.
    assert result.abstain_rate >= 0.75, report
    assert result.forbidden_hits == 0, report


def test_messy_unanswerable_messages_are_declined_or_answered_honestly(engine):
    """The issue's measure for messy messages: declined, or only "not published yet (TBA)"."""
    result = run_eval(load_cases(MESSY), lambda qs, contexts=None: engine.ask_many(qs, contexts=contexts))
    assert result.honest_rate >= 0.95, format_result(result, str(MESSY))


def test_sets_never_tuned_on_hold_their_floor(engine):
    """Written blind and measured once (blind.yaml 2026-12-04: 96.4% answerable / 72.0% declined /
    92.0% declined-or-honest): a regression on questions nobody tuned on fails here. The earlier
    blind sets are tuned on since and keep regression floors: messy24 (was messy_blind22, once at
    the end of stop 33 at a7bf155: 75.0% / 84.0% / 100%) after it; messy23 (was messy_blind21, once at
    the end of stop 32 at 5b2d3ff: 87.2% / 80.8% / 92.3%) after it; messy22 (was messy_blind20, once at
    the end of stop 31 at b031f0f: 85.7% / 78.3% / 95.7%) from stop 32; messy21 (was messy_blind19, once at
    the end of stop 30 at d598cd3: 90.0% / 84.0% / 96.0%) from stop 31; messy20 (was messy_blind18, once at
    the end of stop 29 at a8ff263: 76.7% / 95.5% / 100%) from stop 30; messy19 (was messy_blind17, once at
    the end of stop 28 at 6c54a27: 85.4% / 95.8% / 100%) from stop 29; messy18 (was messy_blind16, once at
    the end of stop 27 at 94b1e7f: 87.8% / 83.3% / 83.3%) from stop 28; messy17 (was messy_blind15, once at
    the end of stop 26 at a0947df: 90.2% / 66.7% / 95.8%) from stop 27; messy16 (was messy_blind14, once at
    the end of stop 25 at 4c4b843: 90.0% / 64.0% / 88.0%) from stop 26; messy15 (was messy_blind13, once in
    stop 25 at 3583f2d: 80.0% / 84.0% / 96.0%) from later in stop 25; messy14 (was messy_blind12, once at
    6169dd2: 86.7% / 85.0% / 95.0%) from stop 25; messy13 (was messy_blind11, once at
    4be7f59: 81.0% / 81.8% / 100%) from stop 24; messy12 (was messy_blind10, once at 3d10581: 77.5% / 83.3% / 95.8%)
    from stop 23; messy11 (was messy_blind9, once at
    7e00d9d: 76.2% / 72.7% / 95.5%) from stop 22; messy10 (was messy_blind8, once at
    cded6fa: 82.5% / 87.5% / 95.8%) from stop 21; messy9 (was messy_blind7, once at afdb5ce: 85.7% / 82.6% / 91.3%)
    from stop 20; messy8 (was messy_blind6, once at f11ea5c: 68.0% / 77.3% / 81.8%)
    from stop 19; messy7 (was messy_blind5, once at 277f0e4: 75.0% / 68.4% / 84.2%) and messy6 (was
    messy_blind4, once at d6589b9: 68.2% / 67.9% / 85.7%) from stop 18; messy5 (was messy_blind3,
    once at stop 17: 73.5% / 81.8% / 90.9%) from stop 17; messy3 and messy4 were blind until stop
    16 (then messy_blind 74.4% / 72.0% / 88.0%, messy_blind2 70.7% / 66.7% / 95.8%). The floors sit
    a case or two below the figures."""
    for name, answerable, honest in (
        ("messy24.yaml", 0.77, 0.96),
        ("messy23.yaml", 0.84, 0.88),
        ("messy22.yaml", 0.83, 0.91),
        ("messy21.yaml", 0.87, 0.92),
        ("messy20.yaml", 0.74, 0.95),
        ("messy19.yaml", 0.80, 0.95),
        ("messy18.yaml", 0.85, 0.79),
        ("messy17.yaml", 0.85, 0.91),
        ("messy16.yaml", 0.87, 0.84),
        ("messy15.yaml", 0.77, 0.92), ("messy14.yaml", 0.84, 0.90),
        ("messy13.yaml", 0.78, 0.95), ("messy12.yaml", 0.85, 0.91), ("messy11.yaml", 0.78, 0.95),
        ("messy10.yaml", 0.87, 0.95), ("messy9.yaml", 0.88, 0.91),
        ("messy8.yaml", 0.84, 0.90), ("messy7.yaml", 0.82, 0.78),
        ("messy6.yaml", 0.77, 0.82), ("messy5.yaml", 0.83, 0.86), ("messy3.yaml", 0.84, 0.88), ("messy4.yaml", 0.66, 0.91),
        ("blind.yaml", 0.94, 0.92),
    ):
        path = REPO / "tests" / "eval" / name
        result = run_eval(load_cases(path), lambda qs, contexts=None: engine.ask_many(qs, contexts=contexts))
        report = format_result(result, str(path))
        assert result.answerable_rate >= answerable and result.honest_rate >= honest, report
        assert result.forbidden_hits == 0, report


def _reply(text: str, origin: str, url: str = "/events/perfm-aaai26/#3-submissions-and-timeline", parts=()) -> Answer:
    return Answer("q", True, text, (Source("PerFM", url),), 0.9, "faq", "c", origin, "r", "", tuple(parts))


def test_the_evaluator_honours_kind_source_and_parts():
    case = Case("wen is the papr deadline", ("TBA",), kind="date")
    assert run_eval([case], lambda qs: [_reply("The paper deadline is TBA.", "date")]).answerable_correct == 1
    wrong = run_eval([case], lambda qs: [_reply("The submission site is TBA.", "faq")])  # "TBA" alone is not enough
    assert wrong.answerable_correct == 0 and "not date" in wrong.failures[0]["why"]
    cited = Case("page limit?", ("9 pages",), source="#3-submissions")
    assert run_eval([cited], lambda qs: [_reply("9 pages", "faq", url="/x#7-faq")]).answerable_correct == 0
    two = Case("page limit and double blind?", parts=(Part(("9 pages",)), Part(answerable=False)))
    declined = Answer("b", False, "I don't know", (), 0.0, "none")
    both = _reply("9 pages\nI don't know", "faq", parts=(_reply("9 pages", "faq"), declined))
    assert run_eval([two], lambda qs: [both]).answerable_correct == 1
    answered_both = _reply("9 pages\nyes", "faq", parts=(_reply("9 pages", "faq"), _reply("yes", "faq")))
    assert run_eval([two], lambda qs: [answered_both]).answerable_correct == 0


def _measure_sites(sites, real_embedder, tmp_path):
    import shutil
    from datetime import datetime, timezone

    totals = {"answerable": 0, "correct": 0, "unanswerable": 0, "declined": 0, "forbidden": 0}
    reports = []
    for site in sites:
        knowledge = tmp_path / site.name
        shutil.copytree(site / "site", knowledge / "pages")
        try:
            engine = Engine(
                Settings(knowledge_dir=knowledge, state_dir=tmp_path / f"state-{site.name}"), real_embedder,
                clock=lambda: datetime(2026, 11, 24, 12, tzinfo=timezone.utc),
            )
        except KnowledgeError as exc:  # a site the reader cannot read answers nothing and declines nothing
            nothing = run_eval(load_cases(site / "questions.yaml"), lambda qs, contexts=None: [Answer(q, False, "", (), 0.0, "none") for q in qs])
            totals["answerable"] += nothing.answerable_total
            totals["unanswerable"] += nothing.unanswerable_total
            reports.append((site.name, None, f"{site.name}: not read: {exc}"))
            continue
        result = run_eval(load_cases(site / "questions.yaml"), lambda qs, contexts=None: engine.ask_many(qs, contexts=contexts))
        reports.append((site.name, result, format_result(result, site.name)))
        totals["answerable"] += result.answerable_total
        totals["correct"] += result.answerable_correct
        totals["unanswerable"] += result.unanswerable_total
        totals["declined"] += result.abstained_correct
        totals["forbidden"] += result.forbidden_hits
    assert totals["answerable"] and totals["unanswerable"]
    return totals, reports


def _sites(blind: bool) -> list[Path]:
    return sorted(
        p for p in (REPO / "tests" / "eval" / "sites").iterdir()
        if (p / "questions.yaml").exists() and p.name.endswith("-blind") == blind
    )


# The five tuned sites with the most text to embed (WiNLP's past editions, HRAIM's and EAI's long
# pages, MADICES's MDX cards, OpenSUN3D's editions: about a third of all ninety sites' text, three
# minutes of a 2-core machine) are measured by ``benchmarks.quality`` at every stop but not here, so
# the suite stays under its ten minutes (9 min 38 s at stop 29 with only the first three left out).
MEASURED_BY_BENCHMARK_ONLY = frozenset(
    {"jekyll-winlp-emnlp2025", "jekyll-hraim-mila2024", "gatsby-eai-cvpr2025", "docusaurus-madices-cecam2025", "html-opensun3d-eccv2026"}
)


@pytest.mark.timeout(900)  # eighty-five real sites, each read, embedded and asked (~5 min alone here); a 2-core CI machine
def test_real_workshop_sites_read_as_published_hold_their_floor(real_embedder, tmp_path):
    """Each real site's files alone, dropped into an empty knowledge folder as a new workshop would:
    answered/declined rates over the eighty-five sites tuned on (the ninety but
    MEASURED_BY_BENCHMARK_ONLY) a case or so under what was measured (2026-12-08, end of stop 33:
    1540/2043 answerable correct, 723/847 declined; all ninety 1620/2164 and 766/897, with
    stop 33's blind four, measured once there, renamed into tuning sites), and no more hidden,
    commented-out, struck-out or superseded text shown than the eight known hits: DiversityOne's
    call gives the workshop's day as "(TBD) October 12 or 13, 2015"; CV4DC's call
    for papers still states the two track deadlines its dates list moved (June 27, July 20), and
    the bot gives them; HEXED's first-edition
    proceedings (no year in their address) answer a question about this edition's; PRL's home page
    still states an ICAPS deadline its own page moved; LATTE's reply labels a part with the asker's
    own words ("like a github discussion thread per paper?"), which name what a template comment
    hides; Co-Living's stale key-info page gives the deadline its home page strikes and moves, and
    a day "TBD" its home page states. One more fails."""
    sites = [s for s in _sites(blind=False) if s.name not in MEASURED_BY_BENCHMARK_ONLY]
    assert len(sites) >= 85
    totals, reports = _measure_sites(sites, real_embedder, tmp_path)
    text = "\n".join(r for _, _, r in reports)
    assert totals["forbidden"] <= FORBIDDEN_TUNED, text
    assert totals["correct"] / totals["answerable"] >= FLOOR_TUNED[0] and totals["declined"] / totals["unanswerable"] >= FLOOR_TUNED[1], text


FLOOR_TUNED = (0.75, 0.84)
FORBIDDEN_TUNED = 8


@pytest.mark.timeout(900)  # a round of blind sites, each read, embedded and asked; a 2-core CI machine
def test_real_sites_nobody_tuned_on_hold_their_floor(real_embedder, tmp_path):
    """Real sites with questions written blind, measured once at the end of the stop that added
    them: the floor is the last round's (stop 33, 2026-12-08 at a7bf155: GenAI Accountability
    (hand-written HTML), CMNA'25 (Hugo, PaperModX), GRAIL-V (Jekyll), DiversityOne (Quarto)
    60/97 answerable correct, 30/41 declined, seven forbidden (six GRAIL-V's old single-page site
    and held-back data, one DiversityOne's mistyped year)) a case or two under; a new round that
    falls further, or shows any forbidden phrase, fails. Earlier rounds (stop 32: MUSI, SDSW,
    SLM-Agents, TTU 62/98 and 27/41, two forbidden; stop 31: 3D4S, TNSAA, CV4DC, CSI (MkDocs, read as loose files) 55/98 and
    29/41, four forbidden; stop 30: NLP4KGC, FedKDD, UncertaiNLP, QDML (SvelteKit, not read) 55/100 and
    34/40, none forbidden; stop 29: SECURE-AI4H, LRC, CVPPA, RAS
    35/101 and 28/39, two forbidden; stop 28: Co-Living, SPIQE,
    PECS, MADICES 48/100 and 31/38, two forbidden; stop 27: VideoWorldModel,
    KISV, PMBS, REPRO-HPC 62/98 and 28/39, two forbidden; stop 26: FLaNN, WAILS, HRAIM,
    WDMD 41/99 and 30/39, four forbidden; stop 17: TSALM, Building Trust, AACL SRW 38/64 and 19/27; stop
    18: FM4HS, RegML, ManipSkills, TARO 50/94 and 32/41, then MUWS, Med-Reasoner, WiNLP 43/71 and
    19/30; stop 19: SLRTP, SuRE, USRW 48/70 and 26/29; stop 20: CustomNLP4U, CaLM, MARS2,
    GenAI4Health 66/99 and 35/39; stop 21: HCRL, STRL, AIDaR, ACA 49/93 and 41/43; stop 22: ARLET,
    ActInterp, Space Robotics, AOCV 47/104 and 25/42; stop 23: Language Gamification, UCRL,
    Gaze4NLP, Embodied AI 51/93 and 36/40, four forbidden; stop 24: ES-FoMo III, SP4Sci, POETS,
    BlackboxNLP 52/96 and 38/42, none forbidden; stop 25's first round, measured at 3583f2d:
    OpenSUN3D, IIR, PRL (not read), FAGEN 21/98, five forbidden; stop 25's second round, at
    4c4b843: CHOMPS, PRICE, KEIR, RS4SD (a create-react-app, not read) 50/101 and 30/38, none
    forbidden) are tuned on since and counted above."""
    sites = _sites(blind=True)
    if not sites:
        pytest.skip("no blind sites in tests/eval/sites")
    totals, reports = _measure_sites(sites, real_embedder, tmp_path)
    text = "\n".join(r for _, _, r in reports)
    assert totals["correct"] / totals["answerable"] >= FLOOR_BLIND[0] and totals["declined"] / totals["unanswerable"] >= FLOOR_BLIND[1], text
    assert totals["forbidden"] <= FORBIDDEN_BLIND, text


FLOOR_BLIND = (0.59, 0.68)
# the issue's target is zero: stop 33's round showed seven (GRAIL-V's old single-page site and its
# where_exp-filtered data, six; DiversityOne's "2015"), stop 32's round two (MUSI's first edition's room, SDSW's
# leftover committee), stop 31's four (CV4DC: a template's leftover venue and
# currency pages, and two deadlines its call states and its dates list moved), stop 30's none; stop 29's showed two (SECURE-AI4H), stop 28's two, both Co-Living's stale key-info page (a
# deadline the home page strikes and moves, a day still "TBD"); stop 27's two (KISV's archive),
# stop 26's four (WDMD's unlinked #/attending route). Held here so that no more creep in.
FORBIDDEN_BLIND = 0


def test_a_part_may_carry_its_own_style_label(tmp_path):
    """A helper labels a part's style as it does a message's ("trap" inside a two-in-one): a label
    the evaluator does not judge, read, not refused; an unknown field is still refused."""
    from perfm_bot.core.errors import KnowledgeError

    good = tmp_path / "set.yaml"
    good.write_text('- q: "a and b?"\n  parts:\n    - q: "a?"\n      expect: ["x"]\n      style: trap\n    - q: "b?"\n      answerable: false\n', encoding="utf-8")
    assert load_cases(good)[0].parts[0].expect == ("x",)
    bad = tmp_path / "bad.yaml"
    bad.write_text('- q: "a and b?"\n  parts:\n    - q: "a?"\n      expect: ["x"]\n      styel: trap\n', encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"bad.yaml:3: unknown field\(s\) styel"):
        load_cases(bad)
