"""
Expressions found by the session 69 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a day just after the reference, told as the day a shooting happened (a weekend roundup
    # updated after its date), is the incident's day: clock times after it are on it
    (
        (
            "At least 20 people were shot across the city over the weekend. The weekend's latest"
            " shooting happened early Sunday in Austin. A man was shot at 2:10 a.m. on a porch,"
            " police said."
        ),
        "2016-12-17",
        (
            ("the weekend", "2016-W50-WE"),
            ("The weekend", "2016-W50-WE"),
            ("early Sunday", "2016-12-18"),
            ("2:10 a.m.", "2016-12-18T02:10"),
        ),
        "a-clock-after-a-later-day-told-as-the-incidents",
    ),
    (
        (
            "The weekend's deadliest shooting happened early Sunday in Old Town, when two brothers"
            " were killed. The men were in a car at 2:59 a.m. when someone fired shots."
        ),
        "2016-12-17",
        (
            ("The weekend", "2016-W50-WE"),
            ("early Sunday", "2016-12-18"),
            ("2:59 a.m.", "2016-12-18T02:59"),
        ),
        "a-clock-after-a-later-day-when-two-were-killed",
    ),
    # controls: the later day is a vigil's, said in a relative clause, or still to come, or
    # a death after the incident; the clock times keep the reference's day
    (
        (
            "Mourners gathered this weekend, on Sunday, outside the store where she was shot."
            " Police said she was shot at 9 p.m."
        ),
        "2016-12-17",
        (
            ("this weekend", "2016-W50-WE"),
            ("Sunday", "2016-12-18"),
            ("9 p.m.", "2016-12-17T21:00"),
        ),
        "a-shooting-in-a-relative-clause-dates-no-incident",
    ),
    (
        (
            "The weekend's vigil will be held Sunday at the park where he was shot. He was shot"
            " at 9 p.m., police said."
        ),
        "2016-12-17",
        (
            ("The weekend", "2016-W50-WE"),
            ("Sunday", "2016-12-18"),
            ("9 p.m.", "2016-12-17T21:00"),
        ),
        "a-coming-vigil-dates-no-incident",
    ),
    (
        (
            "The weekend's last victim was shot and died later Sunday morning. Officers arrived"
            " at 3 a.m., police said."
        ),
        "2016-12-17",
        (
            ("The weekend", "2016-W50-WE"),
            ("Sunday morning", "2016-12-18TMO"),
            ("3 a.m.", "2016-12-17T03:00"),
        ),
        "a-death-later-dates-no-incident",
    ),
    # an activity in the simple past before "until" reaches a day that has come
    (
        "Police searched the woods until nightfall Tuesday.",
        "2016-03-10",
        (("Tuesday", "2016-03-08"),),
        "searched-until-a-past-tuesday",
    ),
    (
        "The jury deliberated until Friday without a verdict.",
        "2016-03-10",
        (("Friday", "2016-03-04"),),
        "deliberated-until-a-past-friday",
    ),
    (
        "Crews have searched the woods and will keep looking until Tuesday.",
        "2016-03-10",
        (("Tuesday", "2016-03-15"),),
        "will-keep-looking-until-tuesday-stays-ahead",
    ),
    # a death in the small hours after a late clock time of the reference's night is on the
    # next day; not after an incident in the reference's own small hours
    (
        (
            "Three people were shot Wednesday night in Englewood. They were in a home at 11:20"
            " p.m. when a man they knew started shooting, police said. Two were pronounced dead"
            " at the scene. The third was taken to a hospital, where she died at 2:37 a.m.,"
            " authorities said."
        ),
        "2016-05-11",
        (
            ("Wednesday night", "2016-05-11TNI"),
            ("11:20 p.m.", "2016-05-11T23:20"),
            ("2:37 a.m.", "2016-05-12T02:37"),
        ),
        "a-death-after-a-late-clock-is-the-next-day",
    ),
    (
        (
            "A boy was shot early Wednesday as he lay on a mattress just before 1:40 a.m. He"
            " kept the boys Wednesday night, his uncle said. The boy was pronounced dead at 2:25"
            " a.m., the coroner said."
        ),
        "2016-05-11",
        (
            ("early Wednesday", "2016-05-11"),
            ("1:40 a.m.", "2016-05-11T01:40"),
            ("Wednesday night", "2016-05-11TNI"),
            ("2:25 a.m.", "2016-05-11T02:25"),
        ),
        "a-death-after-a-small-hours-shooting-stays-on-its-day",
    ),
    (
        "Three people were shot Wednesday night. The gunman had fled at 2:37 a.m., police said.",
        "2016-05-11",
        (("Wednesday night", "2016-05-11TNI"), ("2:37 a.m.", "2016-05-11T02:37")),
        "a-flight-in-the-small-hours-of-the-reference-stays",
    ),
    # a weekday of an event, the day before the reference, stays that day before a "will"
    (
        (
            "Obama isn't seeking re-election, but his address Sunday about fighting terrorism"
            " will be a major topic of the campaign."
        ),
        "2015-12-07",
        (("Sunday", "2015-12-06"),),
        "an-address-sunday-will-be-a-topic-on-monday",
    ),
    (
        "Sunday's address will be a major topic.",
        "2015-12-07",
        (("Sunday", "2015-12-06"),),
        "sundays-address-will-be-a-topic-on-monday",
    ),
    (
        (
            "And while Monday's debate in New York will be Trump's first against a single"
            " opponent, Clinton will be ready."
        ),
        "2016-09-23",
        (("Monday", "2016-09-26"),),
        "mondays-debate-will-be-his-first-on-friday-stays-ahead",
    ),
    (
        "He will attend Monday's rally in Ohio.",
        "2016-09-27",
        (("Monday", "2016-10-03"),),
        "a-will-before-a-possessive-event-stays-ahead",
    ),
    # a participle's phrase opening a long sentence is read past its comma for a far cue
    (
        (
            "Having both said we need to unify the party, Speaker Ryan has invited Donald Trump"
            " to meet with members of the House Republican leadership in Washington on Thursday"
            " morning."
        ),
        "2016-05-06",
        (("Thursday morning", "2016-05-12TMO"),),
        "a-participle-phrase-before-an-invitation-to-meet-thursday",
    ),
    (
        (
            "Saying nothing is certain about the boy's return, Cuba's government exhorted"
            " citizens to keep rallying, after the boy's relatives in Miami said they would look"
            " for ways to get around Wednesday's ruling by the U.S. Immigration and"
            " Naturalization Service to repatriate the child by Jan. 14."
        ),
        "2000-01-15",
        (("Wednesday", "2000-01-12"), ("Jan. 14", "2000-01-14")),
        "a-second-comma-still-cuts-a-far-cue",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_69_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each time found takes the value a careful reader gives it.
    """
    assert _found(text, reference) == expected
