from datetime import datetime, timezone
from pathlib import Path

import pytest

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.sources.loader import load_knowledge


def problems_for(knowledge_dir: Path, file_name: str, content: str) -> list[str]:
    (knowledge_dir / file_name).write_text(content)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_dir)
    return caught.value.problems


def test_shipped_knowledge_is_valid(knowledge_dir: Path):
    knowledge = load_knowledge(knowledge_dir)
    assert [d.key for d in knowledge.dates] == ["abstract", "paper", "notification", "camera-ready", "workshop"]
    assert all(not d.announced for d in knowledge.dates)  # the page says TBA for every date
    assert len(knowledge.news) == 2 and all(n.day is None for n in knowledge.news)  # the page's 2026-XX-XX is no date
    assert knowledge.default_timezone == "AoE"


def test_faq_problems_name_file_line_and_what(knowledge_dir: Path):
    faq = knowledge_dir / "faq.yaml"
    problems = problems_for(
        knowledge_dir,
        "faq.yaml",
        "- id: one\n  question: Is it?\n  anwser: yes\n"
        "- id: one\n  question: is it\n  answer: No\n"
        "- id: two\n  question: Where?\n  answer: Here.\n  source: perfm-aaai26#no-such-heading\n",
    )
    assert problems[:4] == [
        f"{faq}:3: unknown field 'anwser' (expected one of: also, answer, by, id, question, source)",
        f"{faq}:1: 'answer' is missing",
        f"{faq}:4: duplicate id 'one' (first on line 1)",
        f"{faq}:5: the same question is already asked on line 2",
    ]


def test_a_source_must_name_a_real_page_anchor(knowledge_dir: Path):
    faq = knowledge_dir / "faq.yaml"
    problems = problems_for(
        knowledge_dir, "faq.yaml", "- id: two\n  question: Where?\n  answer: Here.\n  source: perfm-aaai26#nope\n"
    )
    assert problems == [f"{faq}:1: source 'perfm-aaai26#nope': page 'perfm-aaai26' has no heading with anchor '#nope'"]


def test_unparseable_yaml_names_the_line(knowledge_dir: Path):
    news = knowledge_dir / "news.yaml"
    problems = problems_for(knowledge_dir, "news.yaml", "- text: fine\n- text: [unclosed\n  date: 2026-01-01\n")
    assert len(problems) == 1 and problems[0].startswith(f"{news}:3: invalid YAML")


def test_date_problems(knowledge_dir: Path):
    dates = knowledge_dir / "dates.yaml"
    problems = problems_for(
        knowledge_dir,
        "dates.yaml",
        "timezone: Mars/Olympus\n"
        "dates:\n"
        "  - key: paper\n    label: Paper deadline\n    date: 2026-02-30\n"
        "  - key: abstract\n    label: Abstract\n    date: 2026-01-10\n    time: 24:00\n"
        "  - key: paper\n    label: Again\n"
        "  - key: x\n    label: X\n    date: soon\n    kind: party\n",
    )
    assert problems == [
        f"{dates}:1: unknown timezone 'Mars/Olympus': use AoE, UTC or an IANA name such as Europe/Berlin",
        f"{dates}:5: 'date': '2026-02-30' is not a real calendar date (write TBA when it is not announced)",
        f"{dates}:9: 'time': '24:00' is not a time of day",
        f"{dates}:10: 'date' is missing (write TBA when it is not announced)",
        f"{dates}:10: duplicate key 'paper' (first on line 3)",
        f"{dates}:14: 'date': expected a date as YYYY-MM-DD, got 'soon' (write TBA when it is not announced)",
        f"{dates}:15: 'kind' must be one of deadline, event, got 'party'",
    ]


def test_news_placeholder_dates_are_refused(knowledge_dir: Path):
    news = knowledge_dir / "news.yaml"
    problems = problems_for(knowledge_dir, "news.yaml", "- text: Website launched.\n  date: 2026-XX-XX\n")
    assert problems == [
        f"{news}:2: 'date': expected a date as YYYY-MM-DD, got '2026-XX-XX' (leave 'date' out when it is not known)"
    ]


def test_yaml_11_surprises_stay_what_the_organizer_typed(knowledge_dir: Path):
    (knowledge_dir / "faq.yaml").write_text("- id: yes-no\n  question: Is there a dress code?\n  answer: No\n")
    (knowledge_dir / "dates.yaml").write_text(
        "dates:\n  - key: paper\n    label: Paper deadline\n    date: 2026-12-15\n    time: 12:30\n    timezone: UTC\n"
    )
    knowledge = load_knowledge(knowledge_dir)
    assert knowledge.faq[0].answer == "No"
    paper = knowledge.date("paper")
    assert paper.instant() == datetime(2026, 12, 15, 12, 30, tzinfo=timezone.utc)


def test_every_problem_is_reported_at_once(knowledge_dir: Path):
    (knowledge_dir / "faq.yaml").write_text("- id: a\n  question: q\n")
    (knowledge_dir / "news.yaml").write_text("- date: 2026-01-01\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_dir)
    assert [p.split(":")[0] for p in caught.value.problems] == [
        str(knowledge_dir / "faq.yaml"),
        str(knowledge_dir / "news.yaml"),
    ]


def test_missing_folder_pages_and_optional_files(tmp_path: Path, knowledge_dir: Path):
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        load_knowledge(tmp_path / "nowhere")
    (tmp_path / "k").mkdir()
    with pytest.raises(KnowledgeError, match="no pages"):
        load_knowledge(tmp_path / "k")
    for name in ("faq.yaml", "dates.yaml", "news.yaml", "out_of_scope.yaml"):
        (knowledge_dir / name).unlink()
    pages_only = load_knowledge(knowledge_dir)  # a knowledge base can be just the pages
    assert (pages_only.faq, pages_only.dates, pages_only.news, pages_only.out_of_scope) == ((), (), (), ())


def test_a_news_file_with_only_comments_is_no_news(knowledge_dir: Path):
    (knowledge_dir / "news.yaml").write_text("# nothing announced yet\n")
    assert load_knowledge(knowledge_dir).news == ()


def test_an_empty_file_is_an_empty_list(knowledge_dir: Path):
    for name in ("faq.yaml", "news.yaml"):
        (knowledge_dir / name).write_text("# nothing yet\n")
    (knowledge_dir / "dates.yaml").write_text("timezone: AoE\ndates:\n")
    knowledge = load_knowledge(knowledge_dir)
    assert (knowledge.faq, knowledge.news, knowledge.dates) == ((), (), ())


def test_the_fast_and_the_reporting_yaml_parsers_agree_on_values_and_lines():
    """Valid files go through libyaml, broken ones are reported by PyYAML: both must read alike."""
    import yaml

    from perfm_bot.sources import yaml_lines

    def same(a, b):
        assert type(a) is type(b) and a == b
        if isinstance(a, yaml_lines.LineMap):
            assert (a.line, a.key_lines) == (b.line, b.key_lines)
            for key in a:
                same(a[key], b[key])
        if isinstance(a, yaml_lines.LineList):
            assert (a.line, a.item_lines) == (b.line, b.item_lines)
            for x, y in zip(a, b):
                same(x, y)

    shipped = Path(__file__).resolve().parents[2] / "knowledge"
    texts = [p.read_text() for p in sorted(shipped.glob("*.yaml"))]
    texts.append("# c\n- id: x\n  question: |\n    multi\n    line\n\n\n  answer: >-\n    folded\n  also: [a, b]\n  at: 23:59\n  n: No\n")
    for text in texts:
        same(yaml.load(text, Loader=yaml_lines._Loader), yaml.load(text, Loader=yaml_lines._FastLoader))
