from lib import *

D = "kst-32545-"
write("003_memorie_van_toelichting_crypto_moties_amendementen", "d3.txt",
      "Memorie van toelichting, Kamerstuk print 36 981, nr. 3 (kind and date left out as heldout8 did for a "
      "memorie van toelichting; self_id its own number; the own number in the running foot not listed), "
      "signed by the minister van Financiën.  Motions the bill executes: 'Met dit wetsvoorstel wordt uitvoering "
      "gegeven aan de motie-Van Eijk (VVD)' (settled); 'geeft ook gedeeltelijk invulling aan de motie van de "
      "leden Inge van Dijk (CDA) en Stoffer (SGP)', second part by AMvB later (progress, heldout7); Alkaya (SP) "
      "'verworpen' (cited).  Amendments are Kamerstukken, not motions: 'amendement van het lid Van Dijk "
      "(Kamerstuk 36 123, nr. 12)', 'gewijzigd amendement van de leden Heinen en Grinwis (Kamerstuk 36 123, "
      "nr. 19, was nr. 15)' (both numbers Kamerstukken, no motion record).  Commitments of the minister "
      "('De minister van Financiën heeft ... toegezegd'): the CD promise TZ202610-077 'wordt die toezegging "
      "nagekomen' (settled); the EK promise T03731 'Dat onderzoek loopt nog' (progress; plenary: no venue "
      "key).  The AFM's 'heeft ... toegezegd' is no commitment.  Look-alikes: '36 981 Nederlandse consumenten', "
      "'artikel 2:96a', 'Stb. 2019, 210', '(EU) 2023/1114', 'W06.27.0041/III', glued footnote 'meegezonden3'.",
      "2027-04-15", OMIT, OMIT, "kst-36981-3",
      [K(D + "231"), K(D + "238"), K("kst-36600-IX-22"), K("kst-36123-12"), K("kst-36123-19"),
       K("kst-36123-15"), K("kst-36123-C", "I", "2024-2025"), K(D + "244"), K("kst-32013-298"), K(D + "251")],
      [],
      [T("TZ202610-077", "toezegging"), T("T03731", "toezegging")],
      [M(D + "231", [S("Van Eijk", "VVD")], False, "settled"),
       M(D + "238", [S("Inge van Dijk", "CDA"), S("Stoffer", "SGP")], False, "progress"),
       M("kst-36600-IX-22", [S("Alkaya", "SP")], False, "cited")],
      [C(["MFin"], "2026-10-06", "settled", venue="commissiedebat Financiële markten", refs=["TZ202610-077"],
         about="registratieplicht ook voor self-custody wallets ('wordt die toezegging nagekomen')"),
       C(["MFin"], "2026-12-15", "progress", refs=["T03731"],
         about="EK: onderzoek toezichtskosten AFM kleine aanbieders ('Dat onderzoek loopt nog')")])
