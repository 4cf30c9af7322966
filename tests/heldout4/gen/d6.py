from lib import *

V = "Tweeminutendebat Jeugdzorg (CD 24/9)"
write("006_handelingen_tweeminutendebat_jeugdzorg", "d6.txt",
      "Handelingen item (14e vergadering, item 8; the Kamer's running header 'TK 14 14-8-2' at a page "
      "break): three motions read out and submitted (no relation), one held over right after its "
      "submission (relation left out: submitted and held), appreciaties, a motion settled by the "
      "staatssecretaris (SJSP, welcomed by the chair), her CD commitment in progress, and two "
      "commitments made in the debate ('ik zeg de heer Ceder toe', 'Dat zeg ik toe').",
      "2026-10-14", "handelingen", "2026-10-14", "h-tk-20262027-14-8",
      [K("kst-31839-512"), K("kst-31839-513"), K("kst-31839-514"), K("kst-31839-488")],
      [],
      [],
      [M("kst-31839-512", [S("Ceder"), S("Westerveld")], False),
       M("kst-31839-513", [S("Daniëlle Jansen")], False),
       M("kst-31839-514", [S("De Kort"), S("Ceder"), S("Bikker")], False),
       M("kst-31839-488", [S("Van der Werf")], False, "settled")],
      [C(["SJSP"], "2026-10-14", "made", venue=V, deadline="in de volgende voortgangsbrief Jeugd",
         about="pleegzorgvergoeding"),
       C(["SJSP"], "2026-09-24", "progress", venue="commissiedebat Jeugdzorg", deadline="voor 1 december",
         about="plaatsingen buiten de regio"),
       C(["SJSP"], "2026-10-14", "made", venue=V, deadline="voor de kerst", about="wachtlijsten per regio")])
