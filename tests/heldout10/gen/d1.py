from lib import *

D = "kst-21501-32-"
write("001_geannoteerde_agenda_landbouw_visserijraad_toezeggingen", "d1.txt",
      "Letterhead letter of the minister van LVVN (self_id null, 'Datum 12 maart 2027') with the geannoteerde "
      "agenda of a Landbouw- en Visserijraad: agendapunten with 'Inhoud' / 'Nederlandse inzet', a BNC-fiche "
      "'Kamer-\\nstuk 22 112, nr. 4127', COM(2027) 114.  Motions: Vedder c.s. (CDA) quoted with its 'verzoekt de "
      "regering', 'Ik breng het punt in deze Raad opnieuw in en meld u de uitkomst' (progress); Van Campen "
      "(VVD) and Holman (NSC) 'uitgevoerd1' (settled; footnote 1 a Kamerstuk).  Section 'Toezeggingen': two "
      "promises of the commissiedebat Landbouw- en Visserijraad of 17 februari 2027 - 'kom ik die toezegging "
      "na' (settled) and 'de toezegging loopt daarom nog' (progress, TZ202702-088; the Commission's 'voor de "
      "zomer' is no deadline of the promise: key left out); a new 'zeg ik uw Kamer hierbij toe ... voor 1 juni "
      "2027' (made).  Look-alikes: '€ 21 501 per vaartuig', '29 boomkorkotters', 'DGA-EIZ / 27081342' merged "
      "into a body line on page 2.  Handelingen II of a tweeminutendebat; the commissie's zaak number.",
      "2027-03-12", "brief", "2027-03-12", None,
      [K(D + "1709"), K("kst-22112-4127"), K(D + "1702"), K("kst-22112-3898"), K(D + "1698"),
       K(D + "1711"), K(D + "1712")],
      [H("h-tk-20262027-51-14")],
      [T("TZ202702-088", "toezegging"), T("2027Z03341", "zaak")],
      [M(D + "1702", [S("Vedder", "CDA")], True, "progress"),
       M(D + "1698", [S("Van Campen", "VVD"), S("Holman", "NSC")], False, "settled")],
      [C(["MLVVN"], "2027-02-17", "settled", venue="commissiedebat Landbouw- en Visserijraad",
         about="gevolgen tongadvies voor de kottervloot ('kom ik die toezegging na')"),
       C(["MLVVN"], "2027-02-17", "progress", venue="commissiedebat Landbouw- en Visserijraad",
         refs=["TZ202702-088"], about="aandringen op snellere toelating groene gewasbeschermingsmiddelen"),
       C(["MLVVN"], None, "made", deadline="voor 1 juni 2027", about="uitkomst overleg ombouwregeling kotters")])
