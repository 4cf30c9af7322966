from lib import *

write("006_brief_szw_1999_oude_opmaak_werkdruk", "d6.txt",
      "A Kamerstuk letter in the layout of the 1990s: head 'Tweede Kamer der Staten-Generaal / Vergaderjaar "
      "1998–1999 / 26 448 Arbeidsomstandighedenbeleid / Nr. 12 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN "
      "WERKGELEGENHEID', ''s-Gravenhage, 12 maart 1999', the foot 'Tweede Kamer, vergaderjaar 1998–1999, 26 "
      "448, nr. 12  1'.  Kind brief, date of the letter, self_id its own number.  Signed by the minister "
      "(MSZW) 'mede namens de staatssecretaris' ('ik' stays the signer, heldout11).  Old forms: 'Kamerstukken "
      "II 1997/98, 25 879,\\nnr. 13', 'TK 1998-1999, 26 200 XV, nr. 2', bare '(26 200 XV, nr. 21)'.  Motions: "
      "Van Zijl c.s. 'geef ik tevens uitvoering aan ... beschouw ik deze motie als afgedaan' (settled); "
      "Rosenmöller 'verworpen' (cited); 'motie-Cherribi/Van der Vlies' 'wordt betrokken bij de "
      "onderhandelingen' (progress).  Commitments: 'Tijdens het algemeen overleg over het arbobeleid van 3 "
      "december 1998 heb ik toegezegd' 'loopt dus nog' (progress; no own term, the status time 'na de zomer' "
      "is no deadline: left out); the staatssecretaris's (SSZW) begroting promise of 11 november 1998 'is "
      "daarmee nagekomen' (settled; plenary: no venue key); 'Ik zal de Kamer voor 1 oktober 1999 een plan "
      "van aanpak ... toezenden' (made).  The motion's 'verzocht de Kamer voor 1 april 1999 te informeren' is "
      "no commitment.  Look-alikes: 'f 2,3 miljoen', 'artikel 06.02', '4 312', '118', 'Stcrt. 1999, 31', "
      "'7,9 procent', '17 februari 1998', 'CAO Onderwijs 1999–2000', 'registratienummer 99-0412', "
      "'0800-0224466', 'Postbus 90801, 2509 LV'.",
      "1999-03-12", "brief", "1999-03-12", "kst-26448-12",
      [K("kst-26200-XV-21"), K("kst-25879-13", "II", "1997-1998"), K("kst-26200-XV-2", "II", "1998-1999"),
       K("kst-25600-XV-38", "II", "1997-1998"), K("kst-26200-VIII-44")],
      [],
      [],
      [M("kst-26200-XV-21", [S("Van Zijl")], True, "settled"),
       M("kst-25600-XV-38", [S("Rosenmöller")], False, "cited"),
       M("kst-26200-VIII-44", [S("Cherribi"), S("Van der Vlies")], False, "progress")],
      [C(["MSZW"], "1998-12-03", "progress", venue="algemeen overleg over het arbobeleid",
         about="stand arbo-convenanten (verpleeghuizen nog niet)"),
       C(["SSZW"], "1998-11-11", "settled", about="begroting SZW: uitkomsten onderwijs in overleg sociale partners"),
       C(["MSZW"], None, "made", deadline="voor 1 oktober 1999", about="plan van aanpak zorgsector")])
