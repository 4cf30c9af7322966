#!/usr/bin/env python3
"""Writes ../docs/NAME.txt and NAME.expected.json from d*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import d1, d2, d3, d4, d5, d6  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
for d in (d1, d2, d3, d4, d5, d6):
    base = os.path.join(here, "..", "docs", d.NAME)
    with open(base + ".txt", "w") as f:
        f.write(d.TEXT)
    exp = {"file": d.NAME + ".txt"}
    exp.update(d.EXPECTED)
    with open(base + ".expected.json", "w") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
