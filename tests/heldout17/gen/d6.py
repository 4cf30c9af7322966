from lib import *

write("006_brief_ek_vro_toezeggingen_tnummers_deels_voldaan", "d6.txt",
      "Letter of the minister van Volkshuisvesting en Ruimtelijke Ordening (MVRO) to the Eerste Kamer, 26 "
      "november 2026, answering the commissie's letter (EK kenmerk 178342.01u, a look-alike).  T03456 "
      "(plenary, 14 april 2026: dated, no venue key; 'binnen een jaar na de inwerkingtreding' its term) "
      "'Met deze brief voldoe ik aan toezegging T03456' (settled).  T03471 ('In hetzelfde debat': dated "
      "2026-04-14; 'voor 1 januari 2027' its term; the T-number stands only in the heading) 'deels voldaan' "
      "(progress, heldout14).  T03298 of 'Mijn ambtsvoorganger' (the office, MVRO; heldout14), 20 juni 2023 "
      "in a mondeling overleg (no venue key), no term, 'Ik beschouw deze toezegging daarom als vervallen' "
      "with a reason (addressed, heldout11/14).  EK motion Van der Goot c.s. (36 512, J; chamber I) 'Ik kan "
      "de motie pas als afgedaan beschouwen wanneer ...' (progress: a step reported, explicitly not done).  "
      "New: 'Ik zeg uw Kamer toe dat ik haar in het najaar van 2027 informeer' and 'Daarnaast ontvangt u "
      "uiterlijk 1 juli 2027 de eerste monitor' (made).  The VNG's 'heeft toegezegd' none.  The bare "
      "dossier '(36 512)' is no Kamerstuk.  Look-alikes: 214 gemeenten, Kenmerk 2026-0000731904.",
      "2026-11-26", "brief", "2026-11-26", None,
      [K("kst-36512-98"), K("kst-36211-A", "I", "2022-2023"), K("kst-36512-J", "I", "2025-2026")],
      [H("h-ek-20252026-27-6")],
      [T("T03456", "toezegging"), T("T03471", "toezegging"), T("T03298", "toezegging")],
      [M("kst-36512-J", [S("Van der Goot")], True, "progress")],
      [C(["MVRO"], "2026-04-14", "settled", deadline="binnen een jaar na de inwerkingtreding", refs=["T03456"],
         about="volkshuisvestingsprogramma's gemeenten"),
       C(["MVRO"], "2026-04-14", "progress", deadline="voor 1 januari 2027", refs=["T03471"],
         about="voorhang ontwerpbesluiten, deels voldaan"),
       C(["MVRO"], "2023-06-20", "addressed", refs=["T03298"], about="ex-ante-evaluatie zelfbewoningsplicht, vervallen"),
       C(["MVRO"], None, "made", deadline="in het najaar van 2027", about="ervaringen provincies instructiebevoegdheid"),
       C(["MVRO"], None, "made", deadline="uiterlijk 1 juli 2027", about="eerste monitor woningbouwafspraken")])
