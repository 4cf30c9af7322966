from lib import *

write("003_brief_vro_stand_van_zaken_moties_toezeggingen", "d3.txt",
      "Kamerbrief MVRO 'Stand van zaken moties en toezeggingen' (margin form, signature wrapped over "
      "two lines) with a bijlage: a two-column layout table 'Motie | Stand van zaken' (references broken "
      "inside the left cell, status on the same lines) and a numbered list of toezeggingen with "
      "'Vindplaats:' and 'Stand van zaken:' lines.  Each row has its own status (the introduction says "
      "'afgedaan of wat de voortgang is').  The predecessor's TZ commitment settled (office: MVRO); SFin's "
      "commitments only pointed at ('zie daarvoor de verzamelbrief': no relation key); row 1 settled "
      "(own term 'voor het einde van 2026' is the deadline), row 2 progress (own term and a new time "
      "'in april 2027': deadline left out), row 3 progress (plenary, venue left out; 'bij de "
      "Voorjaarsnota' left out as deadline).  'Het volgende overzicht ontvangt u voor 1 juli 2027' is a "
      "made commitment.  A gewijzigde motie with 'was nr. 1238' (cited, no sponsors).  Look-alikes: "
      "kenmerk, postcode 9711, '€ 29 453 duizend', Stb., artikel/lid, phone.",
      "2027-02-11", "brief", "2027-02-11", None,
      [K("kst-29453-601"), K("kst-32847-1221"), K("kst-32847-1230"), K("kst-32847-1245"),
       K("kst-32847-1238"), K("kst-36600-XXII-34"), K("kst-27926-402")],
      [H("h-tk-20262027-18-9")],
      [T("TZ202504-033", "toezegging"), T("TZ202606-118", "toezegging")],
      [M("kst-32847-1221", [S("De Hoop")], True, "settled"),
       M("kst-32847-1230", [S("Grinwis", "ChristenUnie"), S("Welzijn", "NSC")], False, "progress"),
       M("kst-32847-1245", [S("Vijlbrief", "D66")], False, "settled"),
       M("kst-32847-1238", rel="cited"),
       M("kst-36600-XXII-34", [S("Madlener", "PVV")], False, "progress")],
      [C(["MVRO"], None, "made", deadline="voor 1 juli 2027", about="volgend overzicht"),
       C(["MVRO"], "2025-04-04", "settled", venue="commissiedebat Woningcorporaties", deadline=None,
         refs=["TZ202504-033"], about="investeringscapaciteit corporaties (ambtsvoorganger = office)"),
       C(["SFin"], "2026-09-22", venue="commissiedebat Fiscaliteit en wonen",
         about="fiscale behandeling verhuurde woningen; only pointed at"),
       C(["MVRO"], "2026-06-26", "settled", venue="commissiedebat Huurbeleid",
         deadline="voor het einde van 2026", refs=["TZ202606-118"], about="evaluatie huurverhoging middenhuur"),
       C(["MVRO"], "2026-11-03", "progress", venue="tweeminutendebat Bouwen en wonen",
         about="woonzorgvisie gemeenten (own term and new time: deadline left out)"),
       C(["MVRO"], "2026-11-06", "progress", about="woningbouwimpuls na 2027 (plenary: venue left out)")])
