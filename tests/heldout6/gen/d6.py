from lib import *

write("006_brief_ek_sbzk_mede_namens_twee_ministers", "d6.txt",
      "Eerste Kamer letter H in Kamerstuk form (36 702, 'Den Haag, 9 februari 2027') from SBZK 'mede "
      "namens' MBZK and MJenV (one signature: 'ik' is SBZK).  It reports on the commitments made in "
      "004 with their T-numbers: T03902 'Hiermee is de toezegging nagekomen' (settled), T03901 in "
      "preparation (progress), the EK motion F 'uitgevoerd' (settled, 'motie-Lagas c.s.2' with a glued "
      "footnote digit), MJenV's TK commitment 'Op die verkenning ga ik hieronder in' (addressed), a new "
      "SBZK commitment.  The own number in the page footers ('Kamerstukken I 2026/27, 36 702, H') and "
      "running header is no reference.  Look-alikes: Stb. 2027, 18; € 27 500; kenmerk 181204.01U.",
      "2027-02-09", "brief", "2027-02-09", "kst-36702-H",
      [K("kst-36702-F", "I", "2026-2027"), K("kst-36702-G", "I", "2026-2027"),
       K("kst-29911-412", "II", "2026-2027")],
      [H("h-ek-20262027-11-5")],
      [T("T03902", "toezegging"), T("T03901", "toezegging")],
      [M("kst-36702-F", [S("Lagas")], True, "settled")],
      [C(["MBZK"], "2026-12-15", "settled", deadline="voor 1 juli 2027", refs=["T03902"],
         about="kosten per gemeente; venue 'de behandeling' left out"),
       C(["MBZK"], "2026-12-15", "progress", deadline="binnen drie jaar na inwerkingtreding",
         refs=["T03901"], about="evaluatie"),
       C(["MJenV"], "2026-11-04", "addressed", venue="commissiedebat Ondermijning",
         about="rol rekenkamers bij ondermijning"),
       C(["SBZK"], None, "made", deadline="in het najaar van 2027", about="tussenstand rekenkamers")])
