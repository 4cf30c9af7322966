from lib import *

E = "kst-21501-33-"
write("005_brief_ienw_antwoord_schriftelijk_overleg_inbreng_per_fractie", "d5.txt",
      "Kamerbrief of the minister van Infrastructuur en Waterstaat (MIenW; signature in capitals), 28 mei "
      "2026, answering a schriftelijk overleg on the Transportraad (zaak 2026Z08841 as 'Uw kenmerk' in the "
      "margin column): the inbreng quoted per fractie, then 'Antwoord:'.  A question names the minister's "
      "CD Luchtvaart promise of 11 februari 2026 'voor de zomer'; the answer: 'Daarmee is de toezegging "
      "nagekomen' (MIenW settled).  Motions asked about: Van Esch-Duijn c.s. (21 501-33, nr. 1061) progress "
      "('Ik breng de motie ... opnieuw onder de aandacht en informeer u in het verslag': a next step, no new "
      "promise, tests/gold); Van Wely (CDA) (nr. 1070) settled ('Ik beschouw de motie daarmee als "
      "uitgevoerd').  'de staatssecretaris' in the minister's letter is SIenW: her tweeminutendebat Spoor "
      "promise of 3 maart 2026 'loopt nog' (progress; no own term, 'voor de zomer' a status time: deadline "
      "left out, heldout9/12).  New: 'Ik zeg u toe dat ik de Kamer voor 1 oktober 2026 een brief stuur' "
      "(made).  Not commitments: 'kan ik niet toezeggen' to a question asking 'wil toezeggen', 'zal ik bezien "
      "of' after a condition, 'Het verslag van de Raad gaat in op'.  Look-alikes: COM(2025) 312, Verordening "
      "(EU) 2024/1679, ons kenmerk IENW/BSK-2026/118734, Postbus numbers and postcodes, 11.400.",
      "2026-05-28", "brief", "2026-05-28", None,
      [K(E + "1094"), K("kst-31936-1342"), K(E + "1061"), K(E + "1070")],
      [],
      [T("2026Z08841", "zaak")],
      [M(E + "1061", [S("Van Esch-Duijn")], True, "progress"),
       M(E + "1070", [S("Van Wely", "CDA")], False, "settled")],
      [C(["MIenW"], "2026-02-11", "settled", venue="commissiedebat Luchtvaart", deadline="voor de zomer",
         about="inzet herziening slotverordening"),
       C(["MIenW"], None, "made", deadline="voor 1 oktober 2026", about="gevolgen rijtijdenverordening"),
       C(["SIenW"], "2026-03-03", "progress", venue="tweeminutendebat Spoor",
         about="aanbesteding internationale treindiensten, loopt nog")])
