"""Checks every heldout55 docs/*.expected.json against its text with
annotation.check_gen (id shapes, numbers, sponsors, parties, venues,
deadlines and refs present in the text, actors, relations, dates; 5
documents of 55-70 lines).  Exit 1 on any problem."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

sys.exit(check_gen(here, lines=(55, 72), ndocs=5))
