"""
Same input, same output: across threads, runs and hash seeds (issue 8).
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import newsevents

SEED = Path(__file__).parent / "golden" / "pompeo-reuters.txt"
TEXTS = [
    SEED.read_text(encoding="utf-8"),
    "Truce collapses\n\nThe truce agreed on Monday collapsed on Friday, killing 12 people, police said.",
    '"We will not stop," the rebel leader said on Tuesday. Three soldiers were wounded last week.',
]

_SCRIPT = """
import sys, newsevents
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    print(newsevents.to_json(newsevents.parse(text, published="2020-03-18")))
"""


class TestDeterminism:
    """
    `parse()` is a pure function of its arguments.
    """

    def test_threads_agree_with_serial(self) -> None:
        """
        Parsing from 8 threads at once gives the same articles as parsing one by one.
        """
        serial = [newsevents.parse(text, published="2020-03-18") for text in TEXTS * 8]
        with ThreadPoolExecutor(max_workers=8) as pool:
            threaded = list(
                pool.map(lambda text: newsevents.parse(text, published="2020-03-18"), TEXTS * 8)
            )

        assert serial == threaded

    def test_hash_seed_does_not_matter(self, tmp_path: Path) -> None:
        """
        Two processes with different PYTHONHASHSEEDs write byte-identical JSON.
        """
        paths = []
        for index, text in enumerate(TEXTS):
            path = tmp_path / f"{index}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))

        def run(seed: str) -> str:
            env = {**os.environ, "PYTHONHASHSEED": seed}
            return subprocess.run(
                [sys.executable, "-c", _SCRIPT, *paths],
                capture_output=True,
                text=True,
                check=True,
                env=env,
                timeout=600,  # a hang guard, not a speed bound
            ).stdout

        assert run("0") == run("4242")
