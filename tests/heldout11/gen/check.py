"""Checks every heldout11 docs/*.expected.json against its text with
annotation.check_docs (id shapes, numbers, sponsors, parties, venues,
deadlines and refs in the text, actors, relations, dates, 7 documents of
60-150 lines).  Exit 1 on any problem, except the OCR misreads written by
design (001: '32 l23 VIII' is 32 123, an 'l' for a '1')."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

sys.exit(check_gen(here, lines=(60, 150), ndocs=7, expected={"not in text kst-32123-VIII-41"}, why="OCR misreads by design"))
