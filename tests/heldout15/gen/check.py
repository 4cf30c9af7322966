"""Checks every heldout15 docs/*.expected.json against its text with
annotation.check_docs (id shapes, numbers, sponsors, parties, venues,
deadlines and refs in the text, actors, relations, dates, 7 documents of
60-100 lines).  Exit 1 on any problem (one is written by design: the middle number
of 006's range 'nrs. 180 t/m 182')."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

sys.exit(check_gen(here, lines=(60, 100), ndocs=7, expected={"not in text kst-30597-181"}, why="a range's middle number, by design"))
