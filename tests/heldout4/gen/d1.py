from lib import *

write("001_verzamelbrief_ienw_stand_van_zaken", "d1.txt",
      "Margin-form verzamelbrief signed by MIenW with a bijlage table (motie/toezegging, vindplaats, "
      "stand van zaken) whose cells wrap; the letter settles its own commitment (CD Verkeersveiligheid "
      "24 september jl.), motions settled/progress/cited, a SIenW commitment in progress (TZ number, "
      "Handelingen footnote), a MIenW commitment settled in the table, one new commitment.",
      "2026-11-03", "brief", "2026-11-03", None,
      [K("kst-29398-1121"), K("kst-31305-487"), K("kst-36600-XII-61"), K("kst-36600-XII-54"),
       K("kst-29398-1140"), K("kst-27625-702"), K("kst-31409-455"), K("kst-29398-1150")],
      [H("h-tk-20252026-98-12")],
      [T("2026Z15820", "zaak"), T("TZ202606-118", "toezegging"), T("TZ202607-031", "toezegging")],
      [M("kst-29398-1121", [S("Olger van Dijk", "NSC")], True, "settled"),
       M("kst-31305-487", [S("Kröger"), S("Vedder")], False, "progress"),
       M("kst-36600-XII-61", [S("Veltman")], False, "cited"),
       M("kst-36600-XII-54", [S("Grinwis")], False, "settled"),
       M("kst-27625-702", [S("Pierik", "BBB")], False, "settled")],
      [C(["MIenW"], "2026-09-24", "settled", venue="commissiedebat Verkeersveiligheid",
         about="halfjaarlijks overzicht (this letter)"),
       C(["SIenW"], "2026-07-02", "progress", venue="tweeminutendebat Spoor",
         deadline="voor het einde van 2026", refs=["TZ202607-031"], about="kleine stations"),
       C(["MIenW"], "2026-06-03", "settled", venue="commissiedebat Maritiem",
         refs=["TZ202606-118"], about="IMO-onderhandelingen"),
       C(["MIenW"], None, "made", deadline="voor de zomer van 2027",
         about="evaluatie Wet rijonderricht motorrijtuigen")])
