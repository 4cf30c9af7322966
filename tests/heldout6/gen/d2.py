from lib import *

V = "commissiedebat over het geneesmiddelenbeleid"
write("002_stenogram_commissiedebat_geneesmiddelen", "d2.txt",
      "Ongecorrigeerd stenogram of a TK commissiedebat (VWS): speaker turns, the minister (MVWS, "
      "welcomed by the chair; turns headed 'Minister Van den Broek-Amrani:') answers 'Kan de minister "
      "toezeggen ...?' with 'Ja, dat kan ik toezeggen' (deadline from the question), 'Ik zeg de heer "
      "Kaptein toe ...', a promise inside a clause ('dat ik de Kamer ... zal toesturen'), a refusal "
      "('kan ik niet toezeggen': no commitment), a follow-up 'Dat kan.' answering a second question; "
      "the chair's closing list repeats the four (one record each).  An earlier CD commitment "
      "'ingelost' (settled).  Motions: 'mijn motie' (sponsors not scored) in progress, another "
      "'uitgevoerd'.  Kind left out (a stenogram is neither Handelingen nor a vastgesteld verslag).",
      "2026-12-02", OMIT, "2026-12-02", None,
      [K("kst-29477-902"), K("kst-29477-897"), K("kst-29477-915")],
      [],
      [],
      [M("kst-29477-902", rel="progress"),
       M("kst-29477-897", rel="settled")],
      [C(["MVWS"], "2026-12-02", "made", venue=V, deadline="voor 1 maart 2027", about="tekorten antibiotica kinderen"),
       C(["MVWS"], "2026-12-02", "made", venue=V, deadline="voor de zomer", about="apotheekbereiding"),
       C(["MVWS"], "2026-12-02", "made", venue=V, deadline="in het eerste kwartaal van 2027",
         about="advies Gezondheidsraad"),
       C(["MVWS"], "2026-12-02", "made", venue=V,
         about="jaarlijks overzicht prijsonderhandelingen ('voor het eerst in september 2027': deadline "
               "left out, a recurring promise)"),
       C(["MVWS"], "2026-06-11", "settled", about="onderzoek Europese subsidie productie ('ingelost')")])
