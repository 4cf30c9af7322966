# The annotation helpers are shared by the held-out sets: tests/annotation.py.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from annotation import C, H, K, M, OMIT, S, T  # noqa: E402,F401
