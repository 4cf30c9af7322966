from lib import *

write("007_brief_vro_mede_namens_kgg_gezamenlijke_toezeggingen", "d7.txt",
      "Letter of the minister van Volkshuisvesting en Ruimtelijke Ordening (MVRO) of 10 september 2025, 'mede "
      "namens de minister van Klimaat en Groene Groei' (MKGG): 'ik' is the signer, 'wij' both (heldout11).  "
      "Older promises: MVRO's CD Bouwen en wonen 'd.d. 05-03-2025' 'voor de zomer', 'met deze brief kom ik die "
      "toezegging na' (settled, though late); MKGG's CD Verduurzaming gebouwde omgeving of '14 mei jl.' 'loopt "
      "nog' (progress, status time: deadline left out); the joint plenary promise 'Bij de behandeling van de "
      "Wet ... op 3 april jl. hebben wij toegezegd', 'Het eerste deel ... nagekomen' (MVRO + MKGG progress, no "
      "venue key, no term).  New: 'De minister van Klimaat en Groene Groei en ik zullen ... rond de "
      "jaarwisseling' and 'Wij sturen uw Kamer in het najaar' (MVRO + MKGG made); 'Ik zeg u daarnaast toe ... "
      "voor de behandeling van de begroting van VRO' (MVRO made); 'De minister van Klimaat en Groene Groei zal "
      "uw Kamer voor het zomerreces 2026 ... toesturen' (MKGG made).  Not promises: 'kunnen wij niet "
      "toezeggen', 'zullen wij bezien of', 'zal ik bezien of', Aedes's 'heeft toegezegd', Netbeheer Nederland's "
      "act.  Motions: Mulder-Kroes c.s. 'Hiermee is de motie uitgevoerd' (settled); Beckerman-Tol and "
      "Sterk-Vos 'is in uitvoering' (progress).  Look-alike: Kenmerk 2025-0000512870.",
      "2025-09-10", "brief", "2025-09-10", None,
      [K("kst-32847-1210"), K("kst-36600-XXII-17")],
      [],
      [],
      [M("kst-32847-1210", [S("Mulder-Kroes")], True, "settled"),
       M("kst-36600-XXII-17", [S("Beckerman-Tol"), S("Sterk-Vos")], False, "progress")],
      [C(["MVRO"], "2025-03-05", "settled", venue="commissiedebat Bouwen en wonen", deadline="voor de zomer",
         about="woningbouwprojecten stil door netcongestie"),
       C(["MKGG"], "2025-05-14", "progress", venue="commissiedebat Verduurzaming gebouwde omgeving",
         about="onderzoek energielasten huurders na isolatie"),
       C(["MVRO", "MKGG"], "2025-04-03", "progress", deadline=None,
         about="afspraken corporaties isolatie en huurverhoging, deels nagekomen"),
       C(["MVRO", "MKGG"], None, "made", deadline="rond de jaarwisseling", about="overleg netbeheerders nieuwe wijken"),
       C(["MVRO", "MKGG"], None, "made", deadline="in het najaar", about="uitwerking programma Aardgasvrije huurwoningen"),
       C(["MVRO"], None, "made", deadline="voor de behandeling van de begroting van VRO",
         about="overzicht woningbouwlocaties wachtend op netaansluiting"),
       C(["MKGG"], None, "made", deadline="voor het zomerreces 2026", about="evaluatie ISDE")])
