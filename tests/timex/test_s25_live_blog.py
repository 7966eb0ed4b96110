"""
Live blogs: a clock time on a line of its own heads an entry and is a time of the blog's day.

A live blog ("The Latest: ... (all times local)") lists its entries newest first, each headed by
a clock time alone on its line. Read in text order, each heading comes after the entry before
it, and took the last day that entry named (a debate "on Monday", "next Tuesday", even a
quoted "Sept. 11"). A heading is now on the reference day, and the entry under it reads its
days from there.
"""

from __future__ import annotations

import pytest

from newsevents.timex import find_times

REFERENCE = "2021-03-12"  # a Friday

BLOG = (
    "The Latest: Governor signs budget (all times local):\n\n"
    "5:00 p.m.\n\n"
    "The governor says he will campaign in Ohio next Tuesday.\n\n"
    "___\n\n"
    "4:30 p.m.\n\n"
    "Lawmakers say the vote on Monday was close.\n\n"
    "___\n\n"
    "2:15 p.m.:\n\n"
    "The mayor spoke about the attack of Sept. 11, 2001.\n\n"
    "___\n\n"
    "11:05 a.m.\n\n"
    "The governor will speak tonight.\n"
)


def _values() -> dict[str, str]:
    return {time.text: time.value for time in find_times(BLOG, REFERENCE)}


class TestLiveBlogHeadings:
    """
    Entry headings are on the reference day, whatever the entry before them named.
    """

    def test_headings_on_the_reference_day(self) -> None:
        """
        Every heading is a time of 2021-03-12.

        The entries before them name next Tuesday, a Monday and Sept. 11, 2001.
        """
        values = _values()

        assert [values[heading] for heading in ("4:30 p.m.", "2:15 p.m.", "11:05 a.m.")] == [
            "2021-03-12T16:30",
            "2021-03-12T14:15",
            "2021-03-12T11:05",
        ]

    def test_the_entry_under_a_heading_reads_the_blog_day(self) -> None:
        """
        "tonight" in the entry under the last heading is the reference day's night.
        """
        assert _values()["tonight"] == "2021-03-12TNI"

    def test_days_in_entries_are_unchanged(self) -> None:
        """
        The days the entries name keep their own values.
        """
        values = _values()

        assert (values["next Tuesday"], values["Monday"], values["Sept. 11, 2001"]) == (
            "2021-03-16",
            "2021-03-08",
            "2001-09-11",
        )

    def test_a_clock_time_in_a_sentence_takes_the_story_day(self) -> None:
        """
        A clock time inside a sentence is not a heading: it is on the day the story names.
        """
        text = "The vote was on Monday.\n\nIt closed at 4:30 p.m. after a long debate.\n"

        values = {time.text: time.value for time in find_times(text, REFERENCE)}

        assert values["4:30 p.m."] == "2021-03-08T16:30"

    def test_without_reference_the_day_is_unknown(self) -> None:
        """
        With no reference a heading has no day.
        """
        values = {time.text: time.value for time in find_times(BLOG, None)}

        assert values["4:30 p.m."] == "XXXX-XX-XXT16:30"


class TestStatusDay:
    """
    A day that dates a state of things is no day of the events.

    After "As of Tuesday morning, he was in critical condition", a clock time in a later
    sentence stays on the incident's day.
    """

    @pytest.mark.parametrize("opening", ["As of Tuesday morning", "By Tuesday morning"])
    def test_clock_after_status_day(self, opening: str) -> None:
        """
        "6:08 p.m." after the status sentence is Sunday's, the day of the shooting.
        """
        text = (
            "Two men were shot Sunday in Chicago. One was shot about 8:10 p.m. "
            f"{opening}, he was in critical condition. Police were called just after 6:08 p.m."
        )

        values = {time.text: time.value for time in find_times(text, "2021-03-16")}

        assert values["6:08 p.m."] == "2021-03-14T18:08"


class TestBracketedDay:
    """
    A day in brackets after a clock time dates it: "UPDATE @ 12:01 p.m. (Jan. 18)".
    """

    @pytest.mark.parametrize(
        ("heading", "clock", "value"),
        [
            ("UPDATE @ 12:01 p.m. (Jan. 18)", "12:01 p.m.", "2016-01-18T12:01"),
            ("UPDATE 7:23 a.m. (Friday):", "7:23 a.m.", "2016-01-22T07:23"),
        ],
    )
    def test_bracketed_day(self, heading: str, clock: str, value: str) -> None:
        """
        The clock time is on the day in brackets; the day stays an expression of its own.
        """
        times = find_times(f"{heading}\n\nPolice said the man died.", "2016-01-25")

        assert [time.value for time in times if time.text == clock] == [value]
        assert len(times) == 2


class TestIncidentClock:
    """
    A clock time told of the incident after a later day was named is on the incident's day.
    """

    def test_it_happened_after_a_later_day(self) -> None:
        """
        "It happened around 11 p.m." after "died ... on Tuesday" is Monday night's.
        """
        text = (
            "A man was shot Monday night. He died at 9:30 a.m. on Tuesday. "
            "It happened around 11 p.m. near his home."
        )

        values = {time.text: time.value for time in find_times(text, "2016-12-21")}

        assert values["around 11 p.m."] == "2016-12-19T23:00"

    def test_a_clock_time_of_the_later_day_stays(self) -> None:
        """
        A clock time that tells of no incident stays on the last day named.
        """
        text = "A man was shot Monday night. He died Tuesday. His family spoke at 4 p.m."

        values = {time.text: time.value for time in find_times(text, "2016-12-21")}

        assert values["4 p.m."] == "2016-12-20T16:00"

    @pytest.mark.parametrize(
        ("heading", "clock"),
        [
            ("UPDATE: 12:35 PM: Employees say a bullet hit the store.", "12:35 PM"),
            ("UPDATE @ 11:50 p.m.", "11:50 p.m."),
        ],
    )
    def test_update_heading(self, heading: str, clock: str) -> None:
        """
        A clock time after "UPDATE" heads an update: it is on the reference day.
        """
        text = f"A man was shot Friday.\n\n{heading}\n"

        values = {time.text: time.value for time in find_times(text, "2015-11-22")}

        assert values[clock].startswith("2015-11-22T")


class TestHabitualClock:
    """
    A clock time told of a habit is on no day: "The show airs weekdays from 6 a.m.".
    """

    @pytest.mark.parametrize(
        ("text", "clock"),
        [
            ("Clinton spoke on Sept. 11. The show airs weekdays from 6 a.m. to 9 a.m.", "6 a.m."),
            ("He was shot Friday. The store normally opens at 9 a.m.", "9 a.m."),
            ("Police said the bar closes at 2 a.m. every night.", "2 a.m."),
        ],
    )
    def test_no_day(self, text: str, clock: str) -> None:
        """
        The time has no day: ``XXXX-XX-XXTHH:MM``.
        """
        values = {time.text: time.value for time in find_times(text, "2016-09-15")}

        assert values[clock].startswith("XXXX-XX-XXT")

    def test_a_paper_named_daily_is_no_habit(self) -> None:
        """
        "Daily" in a name ("New York Daily News") tells of no habit.
        """
        text = "He was shot Friday. Gunfire erupted at 8:30 p.m., New York Daily News said."

        values = {time.text: time.value for time in find_times(text, "2016-09-15")}

        assert values["8:30 p.m."] == "2016-09-09T20:30"


class TestStoryDatedEarly:
    """
    A report day before a dated incident in a story a day early is the day after the incident.
    """

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "A man was shot Thursday. On Friday, police said a fifth victim was discovered.",
                "2015-04-03",
            ),
            ("A man was shot Thursday. He died Friday, officials said.", "2015-04-03"),
        ],
    )
    def test_report_after_incident(self, text: str, expected: str) -> None:
        """
        "On Friday, police said" after a Thursday shooting, in a story dated that Thursday.
        """
        values = {time.text: time.value for time in find_times(text, "2015-04-02")}

        assert values["Friday"] == expected

    def test_an_earlier_day_without_a_report_stays(self) -> None:
        """
        A day before the incident that reports nothing after it stays in the past.
        """
        text = "A man was shot Thursday. On Friday, he had argued with a neighbor."

        values = {time.text: time.value for time in find_times(text, "2015-04-02")}

        assert values["Friday"] == "2015-03-27"
