from lib import *

write("008_voortgangsbrief_vro_woningbouw", "d8.txt",
      "Voortgangsbrief in Kamerstuk form (own number 32 847 nr. 1342, repeated in a footnote and the "
      "officielebekendmakingen footer: never a reference), signed by MVRO: a motion settled ('Hiermee "
      "beschouw ik de motie als afgedaan', no-break space in 'nr. 1297'), two commitments of CD "
      "Bouwopgave 4 juni jl. in progress (the second introduced by 'In hetzelfde debat'), a motion "
      "settled by an earlier letter (inside a 'Zie ook' sentence: the specific clause wins), a MBZK "
      "commitment from the vragenuur carried into the next voortgangsbrief (progress), a new commitment.",
      "2026-11-19", "brief", "2026-11-19", "kst-32847-1342",
      [K("kst-32847-1297"), K("kst-27926-402", "II", "2025-2026"), K("kst-27926-396", "II", "2025-2026"),
       K("kst-32847-1318", "II", "2025-2026")],
      [H("h-tk-20262027-19-4")],
      [],
      [M("kst-32847-1297", [S("De Hoop"), S("Flach")], False, "settled"),
       M("kst-27926-396", [S("Grinwis")], True, "settled")],
      [C(["MVRO"], "2026-06-04", "progress", venue="commissiedebat Bouwopgave",
         deadline="voor de begrotingsbehandeling", about="pilot Van groot naar beter"),
       C(["MVRO"], "2026-06-04", "progress", venue="commissiedebat Bouwopgave",
         about="normhuur middenhuur"),
       C(["MBZK"], "2026-11-10", "progress", venue="mondelinge vragenuur",
         deadline="in de volgende voortgangsbrief", about="huurtoeslag"),
       C(["MVRO"], None, "made", deadline="voor 1 maart 2027", about="wetsvoorstel bouwleges")])
