from lib import *

write("004_lijst_vragen_antwoorden_begroting_jenv_2025", "d4.txt",
      "Lijst van vragen en antwoorden (feitelijke vragen) on the begroting JenV 2025, 36 600 VI, nr. 11, "
      "'Vastgesteld 5 november 2024'; the minister (MJenV) answers ('De minister heeft deze vragen beantwoord'), "
      "so 'ik' and 'u' in the answers and questions are MJenV.  Kind verslag, date 'Vastgesteld', self_id the "
      "own number (tests/heldout's VWS lijst).  Numbered questions '21' ... '27' alone on their lines with "
      "'Antwoord'; 'zie ook het antwoord op vraag 12', 'vraag 23 en 24' are no references.  'Kamerstuk 36 600-VI, "
      "nr. 2' (hyphenated sub-dossier); the Aanhangsel 'Aanhangsel Handelingen II\\n2023/24, nr. 1987'.  Motions: "
      "Van Nispen/Ellian '(36 410-VI,\\nnr. 60)' 'is in uitvoering' (progress); Helder 'uitvoering gegeven ... "
      "als afgedaan' (settled); Ellian c.s. 'verworpen' (cited).  Commitments: the CD promise named in question "
      "23 'zoals de minister ... heeft toegezegd', answered 'Die toezegging is nagekomen' (settled; the "
      "question's 'nog dit jaar' is the member's, deadline left out); 'zeg ik toe dat ik de Kamer voor 1 april "
      "2025 een brief stuur' (made); the WGO Politie promise 'voor de zomer van 2025 ontvangt; dat haal ik' "
      "(progress).  Question 23's 'Kunt u toezeggen' is no commitment.  Look-alikes: '(blz. 45)', '198 000', "
      "'8 procent', 'artikel 34.2', 'EUR 29.279 (x 1.000)', '4,1 miljoen', '1-1-2025', 'artikel 126nd Sv'.",
      "2024-11-05", "verslag", "2024-11-05", "kst-36600-VI-11",
      [K("kst-36600-VI-2"), K("kst-36410-VI-60"), K("kst-29279-912"), K("kst-36200-VI-77"),
       K("kst-36410-VI-45")],
      [H("ah-tk-20232024-1987")],
      [],
      [M("kst-36410-VI-60", [S("Van Nispen"), S("Ellian")], False, "progress"),
       M("kst-36200-VI-77", [S("Helder")], False, "settled"),
       M("kst-36410-VI-45", [S("Ellian")], True, "cited")],
      [C(["MJenV"], "2024-07-04", "settled", venue="commissiedebat Gevangeniswezen en tbs",
         about="evaluatie Wet straffen en beschermen (nagekomen)"),
       C(["MJenV"], None, "made", deadline="voor 1 april 2025", about="brief uitrusting boa's"),
       C(["MJenV"], "2024-06-18", "progress", venue="wetgevingsoverleg Politie",
         deadline="voor de zomer van 2025", about="wetsvoorstel bewaartermijn camerabeelden")])
