"""
Shared test configuration: Hypothesis profiles.

``FAST=1`` selects a quick profile for local runs; CI runs the default.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: tests/typing is for mypy only: its module is checked, never run.
collect_ignore = ["typing"]

settings.register_profile(
    "default",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("fast", max_examples=20, deadline=None)
settings.load_profile("fast" if os.environ.get("FAST") else "default")
