"""Checks every heldout24 docs/*.expected.json against its text with
annotation.check_gen (id shapes, numbers, sponsors, parties, venues,
deadlines and refs present in the text, actors, relations, dates; 8
documents of 30-80 lines).  Exit 1 on any problem.  By design: 007 cites the
range "nrs. 1120–1122", whose middle number is not written."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

EXPECTED = ("not in text kst-31288-1121",)
sys.exit(check_gen(here, lines=(30, 80), ndocs=8, expected=EXPECTED,
                   why="a range's middle number, by design"))
