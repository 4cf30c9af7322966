from lib import *

write("006_beslisnota_defensie_werving_advies_toezeggen", "d6.txt",
      "Beslisnota to the staatssecretaris van Defensie ('u'; SDef) of 21 oktober 2025 (kenmerk BS2025028114) "
      "on a Kamerbrief.  u's CD Personeel promise of '3 april jl.' 'voor het zomerreces', 'vertraagd ... Met "
      "de bijgevoegde brief komt u die toezegging alsnog na' (u settled); 'Uw ambtsvoorganger' (the office, "
      "SDef) CD Personeel 'd.d. 16-10-2024' 'afgedaan met de brief van 12 februari 2025' (settled, no term); "
      "the minister van Defensie's promise in the debate over the Defensienota of 25 september 2025 'valt "
      "buiten deze brief; de minister handelt haar af in een eigen brief' (MDef progress, heldout9; venue left "
      "out; status time: deadline left out).  Advice: 'Wij adviseren u in de brief toe te zeggen dat u de "
      "Kamer uiterlijk in juni 2026 informeert' and 'adviseren wij u toe te zeggen dat u ... in het najaar van "
      "2026 ... stuurt' (u made, dated null).  Not promises: 'Wij adviseren u niet toe te zeggen', 'adviseren "
      "wij niet toe te zeggen', 'kunt u bezien of', the centrales' 'hebben toegezegd'.  Motion of the member "
      "Steen-Verhoef (JA21) (36 600 X, nr. 41) 'De brief meldt dat de uitvoering van die motie loopt' "
      "(progress).  Look-alikes: BS2025028114, artikel 6, onderdeel C, € 38 mln.",
      "2025-10-21", "beslisnota", "2025-10-21", None,
      [K("kst-36592-31"), K("kst-36600-X-41")],
      [],
      [],
      [M("kst-36600-X-41", [S("Steen-Verhoef", "JA21")], False, "progress")],
      [C(["u"], "2025-04-03", "settled", venue="commissiedebat Personeel", deadline="voor het zomerreces",
         about="resultaten programma werving en behoud"),
       C(["SDef"], "2024-10-16", "settled", venue="commissiedebat Personeel", deadline=None,
         about="uitstroom jonge militairen (ambtsvoorganger)"),
       C(["MDef"], "2025-09-25", "progress", about="reservisten bewaking vitale infrastructuur, eigen brief"),
       C(["u"], None, "made", deadline="uiterlijk in juni 2026", about="resultaten proef flexibele contracten"),
       C(["u"], None, "made", deadline="in het najaar van 2026", about="evaluatie loongebouw")])
