"""Checks every heldout8 docs/*.expected.json against its text with
annotation.check_docs (id shapes, numbers, sponsors, parties, venues,
deadlines and refs in the text, actors, relations, dates, 8 documents of
60-150 lines).  The middle number of a written range ('nrs. 1180–1182')
is not in the text by design: those reports are expected and dropped.
Exit 1 on any other problem."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

sys.exit(check_gen(here, lines=(60, 150), ndocs=8, expected={"not in text kst-26643-1181"}, why="range middles expected"))
