"""python3 gen/build.py [dN ...]: runs gen/dN.py (docs/NAME.fodt and
docs/NAME.expected.json) and converts each .fodt to PDF with LibreOffice."""
import glob
import os
import runpy
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DOCS = os.path.join(HERE, "..", "docs")
which = sys.argv[1:] or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "d*.py")))
for w in which:
    g = runpy.run_path(os.path.join(HERE, w + ".py"))
    src = os.path.join(DOCS, g["NAME"] + ".fodt")
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS, src],
                   check=True, stdout=subprocess.DEVNULL)
    print(g["NAME"])
