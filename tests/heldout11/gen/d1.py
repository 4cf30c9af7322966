from lib import *

write("001_brief_ocw_2011_ocr_lerarenbeleid_ao", "d1.txt",
      "An older letter (20 januari 2011) of the minister van OCW as a scanner's OCR gives it: letterhead "
      "margin column (repeated on page 2), 'Pagina 1 van 2'.  Old forms: 'TK 2007-2008, 27 923, nurnmer 64' "
      "('rn' for 'm'), 'Kamerstukken 11 2009/10, 32 l23 VIII, nr, 41' ('11' for II, 'l' for 1, 'nr,'), "
      "'TK 2009-2010, 32 123 VIII, nr. 47', rijkswet 'Kamerstukken II 2009/10, 32 186 (R1909), nr. 3', a "
      "page-numbered Handelingen 'Handelingen II 2009/10, blz. 2245–2263' (id by page range, as "
      "officielebekendmakingen names pre-2011 items) and 'Handelingen II 2010/11, nr. 34, item 7'; a footnote "
      "'TK 2008-2009, 31 289, nurnmer\\n62' broken over lines.  Commitments (MOCW, the office also for 'mijn "
      "ambtsvoorganger'): 'Tijdens het AO Leraren d.d. 07/12 heb ik toegezegd ... voor 1 maart 2011 ... "
      "nagekomen.1' (settled; 07/12 = 2010-12-07); the predecessor's begroting promise of 11 november 2009, "
      "'jaarlijks' (recurring: no deadline key; plenary: no venue key), 'De derde rapportage ontvangt u in het "
      "voorjaar' (progress); 'een toezegging gedaan tijdens het AO Lerarenopleidingen van 30 september 2010' "
      "'De pilot loopt' (progress); the plenary promise to Lemmers in the begroting debate (no date written: "
      "null) 'voor de zomer van 2011 ... in voorbereiding' (progress); 'Ik zal uw Kamer voor 1 juni 2011 "
      "informeren' (made).  The PO-Raad's 'heeft toegezegd' is no commitment.  Motions: Van Oordt (SP) "
      "'uitgevoerd' (settled), 'motie-Breukink c.s.' 'voer ik uit in het wetsvoorstel dat ik in het voorjaar "
      "... zend' (progress), Lemmers/Van Oordt 'verworpen; ik noem haar hier alleen' (cited).  Look-alikes: "
      "kenmerk PO/KOV/265431, 9 400, € 8,5 mln, artikel 3, 31 naar 38 procent.",
      "2011-01-20", "brief", "2011-01-20", None,
      [K("kst-27923-64", "II", "2007-2008"), K("kst-27923-109", "II", "2010-2011"),
       K("kst-32186-3", "II", "2009-2010", "R1909"), K("kst-32123-VIII-41", "II", "2009-2010"),
       K("kst-32500-VIII-52", "II", "2010-2011"), K("kst-32123-VIII-47", "II", "2009-2010"),
       K("kst-31289-62", "II", "2008-2009"), K("kst-27923-112", "II", "2010-2011")],
      [H("h-tk-20092010-2245-2263"), H("h-tk-20102011-34-7")],
      [],
      [M("kst-32123-VIII-41", [S("Van Oordt", "SP")], False, "settled"),
       M("kst-32500-VIII-52", [S("Breukink")], True, "progress"),
       M("kst-32123-VIII-47", [S("Lemmers", "VVD"), S("Van Oordt", "SP")], False, "cited")],
      [C(["MOCW"], "2010-12-07", "settled", venue="AO Leraren", deadline="voor 1 maart 2011",
         about="gebruik lerarenbeurs in het vo"),
       C(["MOCW"], "2009-11-11", "progress", about="jaarlijkse rapportage functiemix Randstadregio's"),
       C(["MOCW"], "2010-09-30", "progress", venue="AO Lerarenopleidingen", about="pilot zij-instromers techniek"),
       C(["MOCW"], None, "progress", deadline="voor de zomer van 2011", about="plan werving leraren BES (plenary, undated)"),
       C(["MOCW"], None, "made", deadline="voor 1 juni 2011", about="overleg sociale partners salarissen mbo")])
