from lib import *

write("001_brief_defensie_uitvoering_moties", "d1.txt",
      "Margin-form Kamerbrief signed by SDef (mede namens MDef) answering motions in prose: one settled "
      "by a regulation ('uitvoering gegeven', glued footnote 'c.s.1'), one in progress, one the letter "
      "decides not to carry out and still calls 'afgedaan' (settled), one only pointed at ('Zie ... ook', "
      "cited, its reference across a page break), one submitted motion given an appreciatie ('Ik ontraad "
      "deze motie': no relation key).  MDef's CD commitment settled, SDef's WGO commitment (d.d. "
      "22-06-2026, TZ number) in progress, a new SDef commitment.  Look-alikes: Stcrt., amounts, "
      "artikel 12a, lid 2, the kenmerk BS2026031877, a phone number, 'juni jl.' without a commitment.",
      "2026-11-17", "brief", "2026-11-17", None,
      [K("kst-36800-X-41", "II", "2025-2026"), K("kst-36800-X-44"), K("kst-36800-X-52", "II", "2025-2026"),
       K("kst-35570-X-19"), K("kst-35570-X-97"), K("kst-21501-28-272")],
      [],
      [T("2026Z17342", "zaak"), T("TZ202606-204", "toezegging")],
      [M("kst-36800-X-41", [S("Erkens", "VVD")], True, "settled"),
       M("kst-36800-X-44", [S("Boswijk", "CDA"), S("Tuinman", "BBB")], False, "progress"),
       M("kst-36800-X-52", [S("Dassen")], False, "settled"),
       M("kst-35570-X-19", [S("Van Dijk")], False, "cited"),
       M("kst-35570-X-97", [S("Pool", "PVV")], False)],
      [C(["MDef"], "2026-10-08", "settled", venue="commissiedebat Personeel",
         deadline="voor het einde van het jaar", about="uitstroom jonge militairen"),
       C(["SDef"], "2026-06-22", "progress", venue="wetgevingsoverleg Personeel", refs=["TZ202606-204"],
         about="werving dienjaar (the later 'naar verwachting in maart' is a status, deadline not scored)"),
       C(["SDef"], None, "made", deadline="in het eerste kwartaal van 2027",
         about="pilot flexibele dienstverbanden reservisten KMar")])
