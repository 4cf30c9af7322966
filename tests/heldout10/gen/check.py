"""Checks every heldout10 docs/*.expected.json against its text with
annotation.check_docs (id shapes, numbers, sponsors, parties, venues,
deadlines and refs in the text, actors, relations, dates, 7 documents of
60-150 lines).  Exit 1 on any problem."""
import contextlib
import io
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
from annotation import check_docs  # noqa: E402

RANGE_MIDDLE = set()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    check_docs(here, lines=(60, 150), ndocs=7)
bad = [ln for ln in out.getvalue().splitlines()
       if ": " in ln and not ln.startswith("checked") and ln.split(": ", 1)[1] not in RANGE_MIDDLE]
for ln in bad:
    print(ln)
print(f"checked 7 documents; {len(bad)} problems (range middles expected: {len(RANGE_MIDDLE)})")
sys.exit(1 if bad else 0)
