"""
``python -m newsevents``: the ``newsevents`` command, for an environment without its script.
"""

import sys

from newsevents.cli import main

if __name__ == "__main__":
    sys.exit(main())
