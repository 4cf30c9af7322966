"""Checks every heldout17 docs/*.expected.json against its text with
annotation.check_docs (id shapes, numbers, sponsors, parties, venues,
deadlines and refs in the text, actors, relations, dates, 10 documents of
50-100 lines).  Exit 1 on any problem (three by design: 001's terms
wrapped in a layout table cell)."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

sys.exit(check_gen(here, lines=(50, 100), ndocs=10,
                   expected={"deadline not in text: voor de zomer van 2026",
                             "deadline not in text: voor het kerstreces van 2026",
                             "deadline not in text: binnen zes weken na de NAVO-top"},
                   why="001's promise terms wrap inside a table cell, the other columns between the lines"))
