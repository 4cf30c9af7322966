from lib import *

write("003_brief_ek_fin_rappel", "d3.txt",
      "Margin-form letter to the Eerste Kamer answering its rappel of open toezeggingen, signed by "
      "SFin (mede namens MFin).  Each item quotes the register text ('De staatssecretaris van "
      "Financiën zegt de Kamer ... toe') with its T-number and dossier '(36.412)' (a dossier, not a "
      "Kamerstuk), then a Reactie: a predecessor's commitment settled ('nagekomen'), a MFin commitment "
      "settled ('treft u bijgaand aan'), one open with the deadline the promise states, one 'deels "
      "uitgevoerd' (progress), an EK motion settled, a bare T-number (tk_numbers only: no actor, no "
      "date), and a new commitment whose 'bij de behandeling ...' is not scored as deadline.",
      "2026-11-10", "brief", "2026-11-10", None,
      [K("kst-36412-G", "I", "2026-2027"), K("kst-36830-3", "II", "2026-2027"),
       K("kst-36418-H", "I", "2025-2026"), K("kst-36830-2", "II", "2026-2027")],
      [H("h-ek-20232024-36-9")],
      [T("T03702", "toezegging"), T("T03815", "toezegging"), T("T03907", "toezegging"),
       T("T03911", "toezegging"), T("T03588", "toezegging")],
      [M("kst-36418-H", [S("Van Strien-Hoekstra")], True, "settled")],
      [C(["SFin"], "2024-06-18", "settled", refs=["T03702"], about="rechtsherstel box 3"),
       C(["MFin"], "2025-05-14", "settled", refs=["T03815"], about="heffingen toezichthouders"),
       C(["SFin"], "2025-12-02", "progress", deadline="voor de zomer van 2027", refs=["T03907"],
         about="bijtelling elektrische auto's"),
       C(["SFin"], "2025-12-02", "progress", refs=["T03911"], about="kleine pensioenfondsen"),
       C(["SFin"], None, "made", about="uitvoerbaarheid bijtellingsregels")])
