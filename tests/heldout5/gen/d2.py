from lib import *

V = "debat over netcongestie"
write("002_handelingen_debat_netcongestie_stemmingen", "d2.txt",
      "Handelingen extract of two consecutive items (12: tweede termijn of the plenary debate over "
      "netcongestie with MKGG, welcomed by the chair; 13: the votes on its motions and on two earlier "
      "ones), with the Kamer's running page headers.  Two motions read out and submitted, one of them "
      "changed ('Zij krijgt nr. 565, was nr. 562'), then voted: motions that arise in this text have no "
      "relation key.  An earlier motion settled in the minister's words, an earlier motion held over "
      "again and one adopted (cited).  Commitments made in the debate: 'Dat kan ik toezeggen' (the term "
      "is in the member's question), 'Voor de zomer krijgt de Kamer ...', 'Ik zeg toe dat ...'; a CD "
      "commitment settled ('2 oktober' without a year).  A promise by Netbeheer Nederland is no "
      "commitment.  self_id left out: the text holds two items.",
      "2026-11-24", "handelingen", "2026-11-24", OMIT,
      [K("kst-29023-561"), K("kst-29023-562"), K("kst-29023-540"), K("kst-29023-565"),
       K("kst-29023-548"), K("kst-29023-551")],
      [],
      [],
      [M("kst-29023-561", [S("Kops")], False),
       M("kst-29023-562", [S("Kröger"), S("Bontenbal")], False),
       M("kst-29023-565", [S("Kröger"), S("Bontenbal")], False),
       M("kst-29023-540", cs=False, rel="settled"),
       M("kst-29023-548", [S("Grinwis")], False, "cited"),
       M("kst-29023-551", [S("Erkens")], True, "cited")],
      [C(["MKGG"], "2026-11-24", "made", venue=V, deadline="in het eerste kwartaal van 2027",
         about="evaluatie flexibele transportcontracten ('Dat kan ik toezeggen')"),
       C(["MKGG"], "2026-11-24", "made", venue=V, deadline="voor de zomer", about="prioriteringskader"),
       C(["MKGG"], "2026-11-24", "made", venue=V, deadline="voor 1 maart 2027", about="wachtrijen per regio"),
       C(["MKGG"], "2026-10-02", "settled", venue="commissiedebat Elektriciteitsnet",
         about="brief congestiemanagement")])
