from lib import *

write("006_beslisnota_kgg_warmte", "d6.txt",
      "Beslisnota to the minister of KGG ('u') with a header block beside a margin column: "
      "'Toezegging / motie Ja', 'Nummer' (TZ number and a Kamerstuk), 'Termijn', 'Vindplaats'; the "
      "addressee's CD commitment of 25 juni jl. settled by the letter ('doet u die toezegging af'; the "
      "header block and the Aanleiding are one record), a motion settled ('geeft ... invulling aan'; the "
      "party 'GroenLinks-\\nPvdA' broken at its hyphen), a rejected motion (cited), MVRO's commitment "
      "in progress, the predecessor's commitment (MKGG, only the year 2025: date null) settled, and "
      "the advice 'Instemmen met de toezegging in de brief' (a new commitment of the letter: [] as the "
      "seed).  Look-alikes: artikel 3, lid 5, amounts, a phone number, the kenmerk, a third party's "
      "request that 'is in de brief niet toegezegd'.",
      "2026-10-27", "beslisnota", "2026-10-27", None,
      [K("kst-36576-88"), K("kst-36576-91"), K("kst-36576-64", "II", "2024-2025"),
       K("kst-37000-XXIII-2", "II", "2026-2027")],
      [],
      [T("TZ202606-092", "toezegging")],
      [M("kst-36576-88", [S("Thijssen", "GroenLinks-PvdA"), S("Flach", "SGP")], False, "settled"),
       M("kst-36576-91", [S("Kops")], False, "cited")],
      [C(["u"], "2026-06-25", "settled", venue="commissiedebat Warmtetransitie",
         deadline="voor het kerstreces", refs=["TZ202606-092"], about="tarieven publieke warmtenetten"),
       C([], None, "made", deadline="in het tweede kwartaal van 2027", about="aanwijzing warmtekavels"),
       C(["MVRO"], "2026-10-05", "progress", venue="notaoverleg Energietransitie",
         about="reactie IBO Warmte"),
       C(["MKGG"], None, "settled", about="verkenning landelijk warmtefonds (ambtsvoorganger, 2025)")])
