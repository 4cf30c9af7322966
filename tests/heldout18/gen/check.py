"""Checks every heldout18 docs/*.expected.json against its text with
annotation.check_docs (id shapes, numbers, sponsors, parties, venues,
deadlines and refs in the text, actors, relations, dates, 10 documents of
60-110 lines).  Exit 1 on any problem."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

sys.exit(check_gen(here, lines=(60, 110), ndocs=10))
