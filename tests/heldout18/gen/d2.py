from lib import *

D = "2026-11-24"
write("002_handelingen_ek_wetsvoorstel_jenv_minister_zegt_toe", "d2.txt",
      "Handelingen I 2026/27, nr. 10, item 4 ('Vergadering van dinsdag 24 november 2026'): the Eerste Kamer "
      "plenary on the Wet aanpak digitale intimidatie (36 655) with the minister van Justitie en Veiligheid "
      "(MJenV, 'Minister Verhoeven-Lim:', welcomed by the chair).  The senators' questions are reported by the "
      "minister ('De heer Van Rijckevorsel vroeg of ik bereid ben toe te zeggen ... Dat zeg ik toe.').  "
      "Promises dated to the sitting, no venue key: evaluation 'binnen drie jaar na de inwerkingtreding'; "
      "'Ik zeg mevrouw Bakhuis toe dat ik de Eerste Kamer voor 1 juni 2027 informeer'; 'Ik zeg de heer Tromp "
      "toe dat ik in het voorjaar van 2027 een brief stuur'; 'Is de minister bereid ...?' / 'Ja, dat doe ik. "
      "U ontvangt die handreiking in de eerste helft van 2027.'  The chair's 'De minister zegt toe ...' list "
      "repeats the four (no new records).  Older: the predecessor's promise of 14 mei 2024 (T03702) 'in "
      "uitvoering' (progress, MJenV: the office; no venue key: 'bij de behandeling van de Wet seksuele "
      "misdrijven' names a bill, deadline not scored: 'jaarlijks' is a frequency).  Not promises: 'Dat kan ik "
      "niet toezeggen', 'daar ga ik niet [over]'.  An EK motion read out by the chair ('Door de leden Bakhuis, "
      "Engberts en Tromp', 'Zij krijgt letter E (36 655)'): sponsors from the chair's line, party null, and "
      "given the minister's appreciation 'oordeel van de Kamer' (cited, heldout17 003).  The memorie van "
      "antwoord 'Kamerstukken I 2026/27, 36 655, C'.",
      D, "handelingen", D, "h-ek-20262027-10-4",
      [K("kst-36655-C", "I", "2026-2027"), K("kst-36655-E")],
      [], [T("T03702", "toezegging")],
      [M("kst-36655-E", [S("Bakhuis"), S("Engberts"), S("Tromp")], cs=False, rel="cited")],
      [C(["MJenV"], D, rel="made", deadline="binnen drie jaar na de inwerkingtreding", about="evaluatie wet"),
       C(["MJenV"], D, rel="made", deadline="voor 1 juni 2027", about="opsporingscapaciteit online intimidatie"),
       C(["MJenV"], D, rel="made", deadline="in het voorjaar van 2027", about="brief inzet evaluatie DSA"),
       C(["MJenV"], D, rel="made", deadline="in de eerste helft van 2027", about="handreiking werkgevers doxing ('Ja, dat doe ik')"),
       C(["MJenV"], "2024-05-14", rel="progress", refs=["T03702"], about="monitor zedenrecherche, in uitvoering")])
