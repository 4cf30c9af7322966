"""Checks every heldout20 docs/*.expected.json against its text with
annotation.check_gen (id shapes, numbers, sponsors, parties, venues,
deadlines and refs present in the text, actors, relations, dates; 10
documents of 50-100 lines).  One problem by design: 007 writes the
Eerste Kamer motion only as "(36.412, G)", the dossier with a dot.  Exit 1
on any other problem."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

sys.exit(check_gen(here, lines=(50, 100), ndocs=10, expected=("not in text kst-36412-G",),
                   why="the EK's dotted dossier 36.412"))
