"""Checks every heldout4 docs/*.expected.json against its text (annotation.check_docs:
id shapes, numbers, sponsors, parties, venues, deadlines and refs present in
the text, actors, relations, dates, 60-200 lines).  Exit 1 on any problem."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_docs  # noqa: E402

sys.exit(1 if check_docs(here, lines=(60, 200)) else 0)
