from lib import *

D = "2026-11-25"
write("001_handelingen_tk_wetgevingsdebat_vro_blokjes_interrupties", "d1.txt",
      "Handelingen II 2026/27, nr. 27, item 9 (running header 'TK 27  27-9-1', 'Vergadering van woensdag 25 "
      "november 2026'): wetgevingsdebat on the Wet versterking regie volkshuisvesting (36 712), first term of "
      "the government, the minister van VRO (MVRO, 'Minister Dekkers-Bal:', welcomed by the chair) answering "
      "in blokjes with interruptions.  Promises dated to the sitting, no venue key (plenary, heldout9/11/12/"
      "14/15), deadline the term the promise (or the member's question it answers) states: 'Ik zeg toe dat ik "
      "de Kamer voor 1 april 2027 een overzicht stuur'; 'Kan de minister ook toezeggen dat ... voor de zomer "
      "van 2027 ...?' / 'Dat kan ik toezeggen.'; 'Ik kom daar in de eerste helft van volgend jaar schriftelijk "
      "op terug'; 'Wil de minister de Kamer voor de kerst een brief sturen ...?' / 'Ja, dat wil ik doen.'; "
      "'Ik zal bekijken of ... en de Kamer daarover bij de volgende voortgangsbrief informeren'; 'We gaan dat "
      "uitzoeken en ik laat het u weten' (no term).  The chair's list repeats the six (no new records).  "
      "Older: 'In het commissiedebat Bouwen en wonen van 8 oktober jl. heb ik toegezegd ... daarmee is die "
      "toezegging afgedaan' (settled).  Not promises: 'Kan de minister toezeggen ...?' / 'Nee.'; 'Ik ga daar "
      "niet over'; a member's own 'dan zeg ik toe dat ik het [amendement] aanpas' (a member is no "
      "bewindspersoon); 'Een andere appreciatie kan ik nu niet toezeggen'.  Amendments 'op stuk nr. 14/17/21' "
      "take the dossier of the bill (chamber and year null), the memorie van toelichting is cited in full; "
      "'(36 712)' alone is no Kamerstuk; '30%' and 'dinsdag 1 december' are look-alikes.",
      D, "handelingen", D, "h-tk-20262027-27-9",
      [K("kst-36712-3", "II", "2025-2026"), K("kst-36712-14"), K("kst-36712-17"), K("kst-36712-21")],
      [], [], [],
      [C(["MVRO"], D, rel="made", deadline="voor 1 april 2027", about="overzicht regionale woonprogramma's per provincie"),
       C(["MVRO"], D, rel="made", deadline="voor de zomer van 2027", about="monitor betaalbaarheidsgrens ('Dat kan ik toezeggen')"),
       C(["MVRO"], D, rel="made", deadline="in de eerste helft van volgend jaar", about="urgentieregelingen, schriftelijk terugkomen"),
       C(["MVRO"], D, rel="made", deadline="voor de kerst", about="brief studentenhuisvesting ('Ja, dat wil ik doen')"),
       C(["MVRO"], D, rel="made", deadline="bij de volgende voortgangsbrief", about="handreiking woonwagenbeleid bekijken en informeren"),
       C(["MVRO"], D, rel="made", deadline=None, about="aantal gemeenten met woonzorgvisie ('ik laat het u weten')"),
       C(["MVRO"], "2026-10-08", rel="settled", venue="commissiedebat Bouwen en wonen", deadline=None,
         about="doorstroming ouderen, afgedaan")])
