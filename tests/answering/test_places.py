"""What counts as naming a place, for "where" questions."""

import pytest

from perfm_bot.answering.places import names_place, names_region


@pytest.mark.parametrize(
    "text, region, place",
    [
        ("SuRE Workshop @ IJCAI 2026, Bremen, Germany", True, True),
        ("Thursday, June 4, 2026 • Room 110, Denver, Colorado", True, True),
        ("June 12th, 2025, Nashville TN Room: Davidson C2", True, True),
        ("The workshop takes place on Friday, July 10, 2026, at ICML in Seoul.", False, True),
        ("3:00 PM – 3:40 PM — Coffee Break — ExHall A", False, True),
        ("The workshop will be fully online.", False, True),
        # names, not places; "in the New…" passes the lenient half, which is only asked to let a venue line through
        ("His work was featured in the New York Times and at Georgia Tech.", False, True),
        ("Her work on fairness and robustness won the outstanding paper award.", False, False),
        ("The workshop is a half-day event on August 17th combining invited keynotes.", False, False),
        ("9:00 — Breakfast and coffee — ECSC 116", False, True),  # a room by its building's code and number
        ("12:30 — Lunch — ECSC patio", False, True),
        ("18:30 — Dinner Reception — DOC house (end of Rope Ferry Rd)", False, True),
        ("The keynote at 10:00 runs for 45 minutes in 2026.", False, False),
        ("PRL @ ICAPS 2026. Dublin, Ireland Date: June 28", True, True),  # a label after the country, not "Ireland Dates Inc."
    ],
)
def test_a_place_is_a_country_state_venue_or_way_to_attend(text, region, place):
    assert names_region(text) is region
    assert names_place(text) is place
