"""heldout55 annotation helpers: tests/annotation.py's record builders under
short names (K Kamerstuk, H Handelingen, T Kamer number, M motion, S sponsor,
C commitment) and write() for one document."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from annotation import H, K, OMIT, T  # noqa: E402,F401
from annotation import doc_commitment as C  # noqa: E402,F401
from annotation import doc_motion as M  # noqa: E402,F401
from annotation import doc_sponsor as S  # noqa: E402,F401
from annotation import write_doc  # noqa: E402


def write(*args):
    """gen/SRC -> docs/NAME.txt and docs/NAME.expected.json."""
    return write_doc(HERE, *args)
