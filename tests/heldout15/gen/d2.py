from lib import *

D = "kst-36800-XV-"
DAY = "2025-12-04"
write("002_handelingen_debat_participatiewet_moties_voorgelezen", "d2.txt",
      "Handelingen II 2025/26, nr. 31, item 12 (running header 'TK 31  31-12-1', 'Vergadering van donderdag 4 "
      "december 2025'): plenary debate on the Participatiewet with the minister (MSZW, Van Rijswijk) and the "
      "staatssecretaris (SSZW, Bosschaert) van Sociale Zaken en Werkgelegenheid.  The chair: 'De "
      "motie-Van Dijk c.s. (36 800-XV, nr.\\n42) ... is aangehouden' and 'De motie-Özdemir/Kleinjan (36 800-XV, "
      "nr. 47) is ingetrokken' (cited, heldout13).  A member names her older motion 'motie-Van der Laan (36 "
      "800-XV, nr.\\n19)' 'nog steeds niet uitgevoerd' (cited, as tests/gold 010).  A motion read out in full "
      "with the names under it ('Van der Laan / Kleinjan / Zij krijgt nr. 58 (36800-XV).'): sponsors from the "
      "names, party null, no relation (heldout14 005).  Promises dated to the debate (heldout9/11/12/14, the "
      "majority), no venue key: SSZW 'Ik zeg u toe dat ik de Kamer voor 1 maart 2026 een brief stuur'; MSZW "
      "'Ik stuur de Kamer in het voorjaar van 2026 een voorstel'; MSZW 'Ja, dat zeg ik toe' to a question "
      "without a term (deadline key left out: 'bij dat voorstel' may or may not carry the voorjaar); SSZW 'Ik "
      "kom in het voorjaar met de uitkomsten van de proef naar de Kamer' (heldout12: 'kom ik terug' binds).  "
      "MSZW's CD promise of 2 oktober jl. settled ('daarmee is die toezegging afgedaan').  No commitments: "
      "'Dat kan ik niet toezeggen' and 'Daar kom ik in de tweede termijn op terug' (answered in the same "
      "debate, not registered).  Look-alikes: 0900-9294, '27 jaar', '14 gemeenten', '19.30 uur', dates.",
      DAY, "handelingen", DAY, "h-tk-20252026-31-12",
      [K(D + "42"), K(D + "47"), K(D + "19"), K(D + "58")],
      [],
      [],
      [M(D + "42", [S("Van Dijk")], True, "cited"),
       M(D + "47", [S("Özdemir"), S("Kleinjan")], False, "cited"),
       M(D + "19", [S("Van der Laan")], False, "cited"),
       M(D + "58", [S("Van der Laan"), S("Kleinjan")], False)],
      [C(["SSZW"], DAY, "made", deadline="voor 1 maart 2026", about="brief kostendelersnorm jongeren"),
       C(["MSZW"], "2025-10-02", "settled", venue="commissiedebat Arbeidsmarktbeleid", deadline=None,
         about="evaluatie no-riskpolis, afgedaan"),
       C(["MSZW"], DAY, "made", deadline="in het voorjaar van 2026", about="voorstel loonkostensubsidie"),
       C(["MSZW"], DAY, "made", about="reacties internetconsultatie ('Ja, dat zeg ik toe')"),
       C(["SSZW"], DAY, "made", deadline="in het voorjaar", about="uitkomsten proef bijverdienen")])
