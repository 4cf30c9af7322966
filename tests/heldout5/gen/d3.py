from lib import *

write("003_brief_ocw_moties_tweekoloms", "d3.txt",
      "Letter signed by MOCW and SOCW ('wij' = both), its margin column flattened into separate lines "
      "at the top, with a two-column bijlage 'Motie | Stand van zaken' that pdftotext (raw order) put out "
      "cell after cell: each motion cell's lines, then its status cell's lines.  Statuses: Afgedaan "
      "(settled, also by an earlier letter), In uitvoering / Loopt / Wordt meegenomen / Deels uitgevoerd "
      "(progress), Ingetrokken (cited, with a Handelingen reference); a gewijzigde motie 'was nr. 491' "
      "(the old number a motion without sponsors, cited, as tests/gold mot-050).  The letter settles "
      "MOCW's CD commitment; SOCW's WGO commitment in progress (its only term the status's 'voor het "
      "voorjaarsreces'); a new joint commitment.",
      "2026-12-02", "brief", "2026-12-02", None,
      [K("kst-31293-712"), K("kst-31293-730"), K("kst-31293-718"), K("kst-31293-721"),
       K("kst-36800-VIII-33"), K("kst-31497-502"), K("kst-31293-725"), K("kst-27923-488"),
       K("kst-31293-709"), K("kst-27923-495"), K("kst-27923-491"), K("kst-27923-503")],
      [H("h-tk-20252026-89-4")],
      [],
      [M("kst-31293-712", [S("Van Meenen", "D66")], True, "settled"),
       M("kst-31293-718", [S("Pouw-Verweij", "JA21"), S("Stoffer", "SGP")], False, "progress"),
       M("kst-31293-721", [S("Beertema")], False, "settled"),
       M("kst-36800-VIII-33", [S("Soepboer", "NSC")], False, "progress"),
       M("kst-31497-502", [S("Rooderkerk", "D66"), S("Westerveld", "GroenLinks-PvdA")], False, "progress"),
       M("kst-31293-725", [S("Kwint"), S("Van Baarle")], False, "settled"),
       M("kst-27923-488", [S("Ceder")], True, "progress"),
       M("kst-31293-709", [S("Paternotte")], False, "cited"),
       M("kst-27923-495", [S("De Hoop")], False, "settled"),
       M("kst-27923-491", rel="cited")],
      [C(["MOCW"], "2026-09-10", "settled", venue="commissiedebat Funderend onderwijs",
         about="halfjaarlijks overzicht moties (this letter)"),
       C(["SOCW"], "2026-06-02", "progress", venue="wetgevingsoverleg Onderwijs en Zorg",
         deadline="voor het voorjaarsreces", about="thuiszitters terug naar school"),
       C(["MOCW", "SOCW"], None, "made", deadline="voor 1 juli 2027", about="pilot verkorte pabo")])
