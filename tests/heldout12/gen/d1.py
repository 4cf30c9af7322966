from lib import *

write("001_verzamelbrief_ezk_moties_toezeggingen_najaar", "d1.txt",
      "Verzamelbrief of the minister van Economische Zaken (MEZK; letterhead margin column, 'Datum 27 november "
      "2026', margin repeated on page 2, 'Pagina 1 van 2', footnote '1 Kamerstuk 32 637, nr. 618' after a glued "
      "'2026;1').  Motions: Vermeulen (VVD) 'uitgevoerd ... als afgedaan' (settled); Bikker (ChristenUnie) and "
      "Van der Lee (GroenLinks-\\nPvdA) 'is in uitvoering' (progress); Stoffer c.s. 'verworpen ... alleen "
      "volledigheidshalve' (cited).  Commitments, none phrased with 'toezeggen' in a new promise: CD Digitale "
      "economie 'd.d. 16-10-2026' 'voor het kerstreces', 'kan als afgedaan worden beschouwd' (settled); "
      "'Ik heb de Kamer ... beloofd' in the tweeminutendebat of '14 mei jl.' (TZ202605-044), 'is in uitvoering' "
      "(progress, no term: deadline null); MKGG's CD promise 'loopt nog; hij informeert u ... in het voorjaar "
      "van 2027' (progress, status time: deadline left out); the begroting promise of 5 november 2025 'uiterlijk "
      "medio 2026', 'is vertraagd ... in Q1 2027' (progress; two terms: deadline left out, heldout4; plenary: no "
      "venue key); CD Mkb-beleid 'is gedeeltelijk nagekomen' (progress, heldout10's 'gedeeltelijk'); the "
      "vragenuur promise 'beschouw ik als afgedaan' (settled; plenary, no venue key).  Made: 'Wel laat ik u voor "
      "1 mei 2027 weten' (deadline); 'kom ik terug in de voortgangsbrief mkb van het najaar van 2027' (made; "
      "deadline left out: the term stands inside the letter's name).  'kan ik niet toezeggen' is a refusal; "
      "the KVK's 'heeft toegezegd' no commitment.  Look-alikes: Postbus 20401, kenmerk DGBI / 26312458, 2029.",
      "2026-11-27", "brief", "2026-11-27", None,
      [K("kst-36800-XIII-61"), K("kst-36800-XIII-27"), K("kst-32637-612"), K("kst-21501-30-644"),
       K("kst-32637-618")],
      [],
      [T("TZ202605-044", "toezegging")],
      [M("kst-36800-XIII-27", [S("Vermeulen", "VVD")], False, "settled"),
       M("kst-32637-612", [S("Bikker", "ChristenUnie"), S("Van der Lee", "GroenLinks-PvdA")], False, "progress"),
       M("kst-21501-30-644", [S("Stoffer")], True, "cited")],
      [C(["MEZK"], "2026-10-16", "settled", venue="commissiedebat Digitale economie",
         deadline="voor het kerstreces", about="marktconsultatie cloudopslag mkb"),
       C(["MEZK"], "2026-05-14", "progress", venue="tweeminutendebat Staatsdeelnemingen", deadline=None,
         refs=["TZ202605-044"], about="overzicht dividendverwachtingen"),
       C(["MKGG"], "2026-07-02", "progress", venue="commissiedebat Energie-intensieve industrie",
         about="onderzoek netcongestie bedrijventerreinen"),
       C(["MEZK"], "2025-11-05", "progress", about="evaluatie Regeling groeifaciliteit (vertraagd)"),
       C(["MEZK"], "2026-06-22", "progress", venue="commissiedebat Mkb-beleid", deadline=None,
         about="gesprek banken familiebedrijven (gedeeltelijk nagekomen)"),
       C(["MEZK"], "2026-05-12", "settled", deadline=None, about="vragenuur: gebruik energiebesparingsplicht"),
       C(["MEZK"], None, "made", deadline="voor 1 mei 2027", about="verlenging Regeling groeifaciliteit"),
       C(["MEZK"], None, "made", about="resultaten pilot startersleningen in voortgangsbrief najaar 2027")])
