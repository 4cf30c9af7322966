from lib import *

# d5.txt's table was laid out with mk5.py (pdftotext -layout's four columns); the letter around it by hand
X = "kst-36600-X-"
write("005_overzicht_openstaande_toezeggingen_defensie_tabel", "d5.txt",
      "Letter of the minister van Defensie 'mede namens de staatssecretaris' (self_id null, 'Datum 2 juni "
      "2027') with a bijlage table as pdftotext -layout prints it: columns Nr. / Toezegging / Vindplaats / "
      "Stand van zaken, cells wrapping over lines, so a reference in one cell shares its lines with the "
      "others ('(Kamerstuk' / '27 830, nr. 455)', '(Handelingen II 2026/27,' / 'nr. 27, item 9)'); the "
      "header row repeated on page 2.  One record per row, actor from the cell ('De minister' MDef, 'De "
      "staatssecretaris' SDef), date from the Vindplaats, refs its T/TZ number; venues left out (every "
      "venue cell wraps).  'Afgedaan' settled; 'Loopt.', 'Doorlopend.', 'In behandeling.' progress; 'Open.' "
      "(not yet taken up, the letter says) relation left out, as heldout8's 'openstaand'.  A recurring "
      "promise ('jaarlijks') has no deadline key; 'voor de zomer van 2027' stated in the promise is its "
      "deadline.  The motion Boswijk c.s. (CDA) 'Met dit overzicht geef ik uitvoering aan' (settled).  "
      "Look-alikes: 'BS2027014412', '070 - 441 9 222', 'postbus 20701'.",
      "2027-06-02", "brief", "2027-06-02", None,
      [K(X + "97"), K(X + "61"), K("kst-36592-31"), K(X + "104"), K("kst-27830-455"), K("kst-27830-461")],
      [H("h-tk-20262027-27-9")],
      [T("TZ202609-112", "toezegging"), T("TZ202610-045", "toezegging"), T("TZ202611-201", "toezegging"),
       T("TZ202612-019", "toezegging"), T("T03745", "toezegging"), T("TZ202702-033", "toezegging")],
      [M(X + "61", [S("Boswijk", "CDA")], True, "settled")],
      [C(["MDef"], "2026-09-24", "settled", refs=["TZ202609-112"], about="werving reservisten nationale reserve"),
       C(["SDef"], "2026-10-07", "progress", refs=["TZ202610-045"], about="overzicht vertraagde vastgoedprojecten"),
       C(["MDef"], "2026-11-19", "progress", refs=["TZ202611-201"], about="jaarlijks munitievoorraden (recurring)"),
       C(["SDef"], "2026-12-08", "settled", deadline="voor de zomer van 2027", refs=["TZ202612-019"],
         about="aanbesteding gevechtslaarzen (SO answers)"),
       C(["MDef"], "2027-01-19", "progress", refs=["T03745"], about="EK: Wet defensiegereedheid en brandweer"),
       C(["MDef"], "2027-02-11", refs=["TZ202702-033"], about="veiligheidsregio's, status 'Open.'")])
