from lib import *

D = "2026-11-05"
write("009_handelingen_tk_begroting_ocw_pdftotext_paginakop", "d9.txt",
      "Handelingen II 2026/27, sitting 19, item 7 (the Kamer's PDF as pdftotext gives it without -layout: one "
      "narrow column, words hyphenated at line ends ('toe-\\nzeggen', 'be-\\nhandeling'), a form feed and the "
      "running header 'TK 19  19-7-2' of the second page inside the minister's turn): tweede termijn of the "
      "begrotingsbehandeling OCW 2027 (36 950-VIII) with the minister van OCW (MOCW, 'Minister Terpstra-"
      "Amrani:'; the chair welcomed her in an earlier part, so the title is only in the turn label and the "
      "bill).  Promises dated to the sitting, no venue key: 'Kan de minister toezeggen dat we die analyse voor "
      "de zomer krijgen?' / 'Ja, dat kan ik toe-zeggen: ... ontvangt u voor de zomer' (the member's 'De "
      "minister zei toe daar op terug te komen' is the same promise); 'Dat wil ik doen. Ik zeg toe dat ik de "
      "Kamer in februari 2027 een overzicht stuur' (after the page break).  The chair's list repeats the two.  "
      "Older: 'In het wetgevingsoverleg over de Wet vrije schoolkeuze van 9 juni jl. heb ik toegezegd ... die "
      "toe-zegging is daarmee afgedaan' (settled, venue as named).  Not a promise: 'Een maximum ga ik niet "
      "toezeggen'.  A motion submitted ('Zij krijgt nr. 31 (36950-VIII).', names under it: party null) and "
      "'ontraad ik' (cited, heldout17 003).  Look-alikes: 60 miljoen, 100 euro, page numbers 19-7-1/19-7-2.",
      D, "handelingen", D, "h-tk-20262027-19-7",
      [K("kst-36950-VIII-31")],
      [], [],
      [M("kst-36950-VIII-31", [S("Van der Zee-Bakker"), S("Ouchan")], cs=False, rel="cited")],
      [C(["MOCW"], D, rel="made", deadline="voor de zomer", about="analyse leesresultaten ('Ja, dat kan ik toe-zeggen')"),
       C(["MOCW"], D, rel="made", deadline="in februari 2027", about="overzicht kosten regionale regeling zij-instroom"),
       C(["MOCW"], "2026-06-09", rel="settled", venue="wetgevingsoverleg over de Wet vrije schoolkeuze", deadline=None,
         about="toelating leerlingen met zorgvraag, afgedaan")])
