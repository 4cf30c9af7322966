from lib import *

D = "kst-21501-20-"
write("004_handelingen_debat_europese_raad_mp_bz_toezeggingen", "d4.txt",
      "Plenary Handelingen item ('Vergaderjaar 2026-2027, nr. 34', 'Vergadering van woensdag 16 december 2026', "
      "item '5', foot 'TK 34  34-5-1'): kind handelingen, own id h-tk-20262027-34-5 (not listed).  The "
      "minister-president (MP) and the minister van Buitenlandse Zaken (MBuZa) answer.  Commitments (plenary: no "
      "venue key; made ones dated to the debate): MP's 'Het kabinet stuurt de Kamer voor de Europese Raad van "
      "maart een brief' (made; the speaker's promise for the cabinet is his; 'Voor zover die bekend zijn, ja' and "
      "the chair's 'Ik constateer dat de minister-president heeft toegezegd' the same record); MP's promise of "
      "'21 oktober jl.' 'Daarmee heb ik die toezegging ingelost' (settled; 'zoals ik heb aangegeven in het debat'; "
      "deadline left out); 'Dat kan ik niet toezeggen' a refusal, 'Als de Raad ... besluit, zal ik bezien hoe' "
      "a conditional non-promise; MBuZa's 'Ik ben daartoe bereid en zal u daarover voor 1 juni 2027 informeren' "
      "(made); MBuZa's older undated recurring promise 'ik heb de Kamer beloofd dat ik haar ... na elke Raad "
      "Buitenlandse Zaken informeer. Dat doe ik ook nu' (progress, date null, recurring: no deadline key); 'Wij "
      "zeggen u beiden toe, de minister-president en ik, ... in het voorjaar van 2027' (MP + MBuZa, made).  "
      "Motions: 'motie-Dassen c.s. (21 501-20, nr. 2190)' 'voer ik uit; het voorstel ligt ... op tafel' "
      "(progress); the motion submitted 'Zij krijgt nr. 2240 (21 501-20).' with Eerdmans and Van Dijk under it "
      "(parties null, no relation).",
      "2026-12-16", "handelingen", "2026-12-16", "h-tk-20262027-34-5",
      [K(D + "2231"), K(D + "2227"), K(D + "2190"), K(D + "2240")],
      [],
      [],
      [M(D + "2190", [S("Dassen")], True, "progress"),
       M(D + "2240", [S("Eerdmans"), S("Van Dijk")], False)],
      [C(["MP"], "2026-12-16", "made", deadline="voor de Europese Raad van maart", about="brief inzet MFK"),
       C(["MP"], "2026-10-21", "settled", about="afspraken met Tunesië"),
       C(["MBuZa"], "2026-12-16", "made", deadline="voor 1 juni 2027", about="evaluatie sancties Belarus"),
       C(["MBuZa"], None, "progress", about="na elke RBZ informeren over bevroren tegoeden"),
       C(["MP", "MBuZa"], "2026-12-16", "made", deadline="in het voorjaar van 2027",
         about="kabinetsappreciatie uitbreiding Unie")])
