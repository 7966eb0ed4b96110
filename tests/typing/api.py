"""
Type-checked only (mypy): the public API's types as a user sees them.
"""

from __future__ import annotations

import datetime as dt

import newsevents

article: newsevents.Article = newsevents.parse("text", published=dt.date(2020, 3, 18))
times: list[newsevents.TimeExpression] = newsevents.find_times("last month", reference="2020-03-18")
time: newsevents.TimeExpression | None = newsevents.resolve_time(
    "last month", reference="2020-03-18"
)
quantity: newsevents.Quantity | None = newsevents.parse_quantity("at least 34")
same: newsevents.Article = newsevents.from_json(newsevents.to_json(article))
statement: newsevents.Statement = newsevents.from_json("{}", newsevents.Statement)
schema: dict[str, object] = newsevents.json_schema()
