"""Checks every heldout56 docs/*.expected.json against its text with
annotation.check_gen (id shapes, numbers, sponsors, parties, venues,
deadlines and refs present in the text, actors, relations, dates; 5
documents of 50-65 lines).  Exit 1 on any problem."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_gen  # noqa: E402

# check_docs accepts only Kamerstuk ids as refs; gold writes Handelingen ids too
# ("refs": ["ah-tk-20242025-1821"]), so these two are expected.
sys.exit(check_gen(here, lines=(50, 65), ndocs=5,
                   expected=("ref h-tk-20262027-24-9", "ref h-tk-20262027-18-4"),
                   why="Handelingen ids as refs, as gold writes them"))
