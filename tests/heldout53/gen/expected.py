"""Writes heldout53's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: short letters, one thing each.  Eight whole documents of 25-30 lines
from eight ministries, each handling one or two motions or toezeggingen with
little around them: an "Afdoening motie" letter, a progress letter, an
uitstelbericht for Kamervragen, an aanbiedingsbrief, an answer to a
commissieverzoek, an Aanhangsel answer with one promise, a letter whose only
motion reference is its first sentence, and an Eerste Kamer letter that
postpones a T-numbered toezegging.  Relations as tests/gold/README.md and the
earlier sets: 'beschouw ik de motie als afgedaan', 'geeft invulling aan',
'is aan het verzoek van uw Kamer voldaan', 'doe ik de toezegging gestand',
'Hierbij bied ik u, zoals toegezegd ..., het rapport aan' settled; a stand van
zaken with 'Ik verwacht u ... te informeren' and 'betrek ik' progress; a
motion only named (in the title of Kamervragen, in a commissie's request)
cited; 'Ik zal ... informeren' / 'stuur ik u' about something not named
before made."""
from lib import C, K, H, M, OMIT, S, T, write  # noqa: F401

TZ = "toezegging"

# 001: "Afdoening motie" in two paragraphs, printed as a Kamerstuk (SZW)
write("001_brief_szw_afdoening_motie_kostendelersnorm", "d1.txt",
      "Letter of the minister van SZW printed as a Kamerstuk: '36 725 XV ... Nr. 91 BRIEF VAN DE "
      "MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID', 'Den Haag, 4 juni 2026': kind brief, date "
      "2026-06-04, self_id kst-36725-XV-91 (the header, not a reference).  One Kamerstuk, the "
      "motion 'Kamerstuk 36 725 XV, nr. 37' (chamber and year not written: null).  The motion of "
      "'de leden Kuijpers (SP) en Stellingwerf (ChristenUnie)' (the second party on the next line), "
      "cs false; 'Met deze wijziging beschouw ik de motie als afgedaan': settled.  No commitments.  "
      "Look-alikes: 'Stb. 2026, 188', 'artikel 22a, lid 3, van de Participatiewet', '2.140 "
      "betrokken jongeren', 'EUR 412 per maand', telephone 030 233 71 48, '20 mei jl.' (gemeenten "
      "informed: no promise), 'vanaf 1 juli 2026', 'tot 27 jaar', 'voor 2026'.",
      "2026-06-04", "brief", "2026-06-04", "kst-36725-XV-91",
      [K("kst-36725-XV-37")],
      [],
      [],
      [M("kst-36725-XV-37", [S("Kuijpers", "SP"), S("Stellingwerf", "ChristenUnie")], False, "settled")],
      [])

# 002: a progress letter on one motion that also keeps a small promise (OCW)
write("002_brief_ocw_voortgang_motie_kleine_mbo_opleidingen", "d2.txt",
      "Kamerbrief of the minister van OCW (margin form), 'Datum 16 april 2026', 'Betreft Voortgang "
      "motie-Oudejans c.s. over kleine mbo-opleidingen': kind brief, self_id null.  'De motie van "
      "het lid Oudejans (NSC) c.s. (Kamerstuk 31 524, nr. 598)' (chamber/year null; the Betreft's "
      "'motie-Oudejans c.s.' is the same motion): 'Hierbij informeer ik u over de stand van zaken', "
      "'loopt nog', 'Ik verwacht u voor de zomer van 2026 over de uitkomsten en mijn keuze te "
      "informeren' (a report announced on the named motion: progress, no new commitment).  The "
      "promise of the 'commissiedebat Mbo van 5 februari jl.' (2026-02-05 against the letter's "
      "date), 'u voor 1 mei te informeren over de stand van het onderzoek', which this letter keeps: "
      "'Met deze tussenstand doe ik ook de toezegging gestand' (MOCW, settled, deadline 'voor 1 "
      "mei').  Look-alikes: kenmerk 53102877, '41 van de 58', 'studiejaar 2024-2025' (a "
      "vergaderjaar's shape), 'artikel 2.2.1, lid 3, van de Wet educatie en beroepsonderwijs', "
      "Postbus 16375 / 2500 BJ, Postbus 20018 / 2500 EA.",
      "2026-04-16", "brief", "2026-04-16", None,
      [K("kst-31524-598")],
      [],
      [],
      [M("kst-31524-598", [S("Oudejans", "NSC")], True, "progress")],
      [C(["MOCW"], "2026-02-05", rel="settled", venue="commissiedebat Mbo", deadline="voor 1 mei",
         about="stand van het onderzoek vaste voet kleine mbo-opleidingen; 'doe ik ... gestand'")])

# 003: an uitstelbericht for Kamervragen that name a motion (JenV)
write("003_uitstelbericht_jenv_kamervragen_camerabeelden", "d3.txt",
      "Uitstelbericht of the minister van JenV (margin form), 'Datum 2 juni 2026', 'Uw kenmerk "
      "2026Z09876' (the zaak of the questions): kind brief, self_id null.  'Hierbij deel ik u mee "
      "dat de beantwoording van de vragen van het lid Haddou (GroenLinks-PvdA) over de uitvoering "
      "van de motie-Verbrugge c.s. ... (Kamerstuk 29 628, nr. 1268) ... niet binnen de gebruikelijke "
      "termijn van drie weken mogelijk is': the motion is only named in the subject of the "
      "questions: cited ('over de uitvoering van' is the questions' subject, no report of "
      "execution).  Sponsor Verbrugge, c.s., party null (the brackets after Haddou belong to the "
      "questioner, who is no sponsor).  'Ik streef ernaar de vragen zo spoedig mogelijk te "
      "beantwoorden' is no commitment (heldout39's Mededeling).  Look-alikes: kenmerk 6481230, "
      "'ingezonden op 12 mei 2026', '3.412 aangiften', 'drie weken', Postbus 20301 / 2500 EH.",
      "2026-06-02", "brief", "2026-06-02", None,
      [K("kst-29628-1268")],
      [],
      [T("2026Z09876", "zaak")],
      [M("kst-29628-1268", [S("Verbrugge")], True, "cited")],
      [])

# 004: an aanbiedingsbrief sending a promised report (IenW)
write("004_aanbiedingsbrief_ienw_rapport_walstroom", "d4.txt",
      "Aanbiedingsbrief of the minister van IenW (margin form), 'Datum 19 mei 2026', 'Aanbieding "
      "rapport \"Walstroom in de zeehavens\"': kind brief, self_id null.  'Hierbij bied ik u, zoals "
      "toegezegd tijdens het commissiedebat Maritiem van 12 maart jl., het rapport ... aan': the "
      "promise kept by sending it (tests/gold tz-030 'Zoals toegezegd ... ontvangt u hierbij': "
      "settled), MIenW, 2026-03-12, venue 'commissiedebat Maritiem', no term written: deadline "
      "null.  'Het rapport geeft daarmee ook invulling aan de motie van het lid Van Wieringen (PvdD) "
      "(Kamerstuk 31 409, nr. 447)': settled (gold README 'invulling gegeven').  'Mijn "
      "beleidsreactie op het rapport stuur ik u na het zomerreces': a new promise about something "
      "not named before (made, MIenW, date null, deadline 'na het zomerreces').  Look-alikes: "
      "'IENW/BSK-2026/112840', 'Bijlage(n) 1', 'in 2030', 'EUR 640 miljoen', '38 procent', "
      "'Verordening (EU) 2023/1804', Postbus 20901 / 2500 EX.",
      "2026-05-19", "brief", "2026-05-19", None,
      [K("kst-31409-447")],
      [],
      [],
      [M("kst-31409-447", [S("Van Wieringen", "PvdD")], False, "settled")],
      [C(["MIenW"], "2026-03-12", rel="settled", venue="commissiedebat Maritiem", deadline=None,
         about="rapport CE Delft walstroom in de zeehavens; 'Hierbij bied ik u, zoals toegezegd ... aan'"),
       C(["MIenW"], None, rel="made", deadline="na het zomerreces",
         about="beleidsreactie op het rapport ('stuur ik u na het zomerreces')")])

# 005: the staatssecretaris answers a commissieverzoek (VWS)
write("005_brief_vws_reactie_commissieverzoek_jeugd_ggz", "d5.txt",
      "Letter of the staatssecretaris Jeugd, Preventie en Sport (SJSP) to the voorzitter of the "
      "vaste commissie voor VWS, margin labels on their own lines ('Datum' / '24 juni 2026'): kind "
      "brief, date 2026-06-24, self_id null.  'Bij brief van 3 juni 2026 (kenmerk "
      "2026Z10234/2026D24567) verzocht de vaste commissie ...': a zaak and a document number; the "
      "commissie's request is no commitment.  'De commissie verwijst daarbij naar de aangenomen "
      "motie van het lid Teeuwen (SP) over een maximale wachttijd (Kamerstuk 31 839, nr. 1061)': "
      "only mentioned, cited.  'Ik zal de commissie voor 1 oktober 2026 informeren over de uitkomst "
      "van die gesprekken' (the talks with the regions, not named before as an item): made, SJSP, "
      "date null, deadline 'voor 1 oktober 2026'.  Look-alikes: kenmerk 4520931-1100487-J, '14 van "
      "de 42 jeugdregio's', '26 weken', 'artikel 2.3, lid 1, van de Jeugdwet', 'op 8 juli' (a "
      "meeting date, no promise), Postbus 20350 / 2500 EJ.",
      "2026-06-24", "brief", "2026-06-24", None,
      [K("kst-31839-1061")],
      [],
      [T("2026Z10234", "zaak"), T("2026D24567", "document")],
      [M("kst-31839-1061", [S("Teeuwen", "SP")], False, "cited")],
      [C(["SJSP"], None, rel="made", deadline="voor 1 oktober 2026",
         about="uitkomst gesprekken met veertien jeugdregio's ('Ik zal de commissie ... informeren')")])

# 006: a very short Aanhangsel answer with one promise (Defensie)
write("006_aanhangsel_antwoord_defensie_keuring_reservisten", "d6.txt",
      "Aanhangsel van de Handelingen, vergaderjaar 2025-2026, nr. 2214, zaak 2026Z08812: questions "
      "of the lid Roodbeen (VVD) to the staatssecretaris van Defensie '(ingezonden 14 april 2026)', "
      "'Antwoord van staatssecretaris Van der Laan (Defensie) (ontvangen 11 mei 2026)': kind "
      "antwoord, date 2026-05-11, self_id ah-tk-20252026-2214.  No motion, no Kamerstuk.  'Ja. Ik "
      "zal uw Kamer voor 1 oktober 2026 informeren over de uitbreiding van de keuringscapaciteit "
      "...': made, SDef, date null (made by this answer), deadline 'voor 1 oktober 2026'.  "
      "'Bent u bereid de Kamer te informeren' is the question, no promise in itself.  Look-alikes: "
      "'3.150 reservisten', '1.204' (a number's shape), 'in 2025', 'negentien weken', the "
      "vergaderjaar line.",
      "2026-05-11", "antwoord", "2026-05-11", "ah-tk-20252026-2214",
      [],
      [],
      [T("2026Z08812", "zaak")],
      [],
      [C(["SDef"], None, rel="made", deadline="voor 1 oktober 2026",
         about="uitbreiding keuringscapaciteit reservisten, in de voortgangsrapportage Defensiepersoneel")])

# 007: the motion named only in the first sentence, settled as 'het verzoek van uw Kamer' (KGG)
write("007_brief_kgg_motie_alleen_eerste_zin_isde", "d7.txt",
      "Letter of the minister van KGG printed as a Kamerstuk: '32 813 Kabinetsaanpak "
      "Klimaatbeleid', 'Nr. 1530 BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI', 'Den Haag, 9 "
      "juli 2026': kind brief, self_id kst-32813-1530.  The only motion reference is the first "
      "sentence: 'In de motie van het lid Wesselink-Hoorn (CDA) c.s. (Kamerstuk 32 813, nr. 1502) "
      "wordt de regering verzocht ...' (NBSP in the dossier number; chamber/year null).  The letter "
      "closes 'Daarmee is aan het verzoek van uw Kamer voldaan' (the motion's request): settled.  No "
      "commitments.  Look-alikes: 'Stcrt. 2026, 18342', 'artikel 2, lid 3', 'EUR 1.750', "
      "'EUR 17.500', RVO telephone 088 042 42 42, 'Postbus 40219, 8004 DE Zwolle', 'Met ingang van "
      "1 juli 2026'.",
      "2026-07-09", "brief", "2026-07-09", "kst-32813-1530",
      [K("kst-32813-1502")],
      [],
      [],
      [M("kst-32813-1502", [S("Wesselink-Hoorn", "CDA")], True, "settled")],
      [])

# 008: an Eerste Kamer letter postponing a T-numbered toezegging (Financiën)
write("008_brief_ek_fin_uitstel_toezegging_t03788", "d8.txt",
      "Letter of the staatssecretaris van Financiën (SFin) to the Eerste Kamer printed as a "
      "Kamerstuk: 'Eerste Kamer der Staten-Generaal', '36 548 Wijziging van de Wet op de "
      "vennootschapsbelasting 1969 ...', 'H BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN', 'Den "
      "Haag, 30 juni 2026': kind brief, self_id kst-36548-H (an Eerste Kamer letter number).  "
      "'Handelingen I 2025/26, nr. 24, item 8' (h-ek-20252026-24-8).  The promise of the plenaire "
      "behandeling 'op 17 maart 2026' (2026-03-17; plenary: no venue key, heldout6/8/15), "
      "'toegezegd ... u over de uitkomsten te informeren (T03788)' with no term of its own; 'Hierbij "
      "deel ik u mee dat het onderzoek meer tijd vraagt dan voorzien ... Ik verwacht uw Kamer in "
      "november 2026 over de uitkomsten te informeren': progress, deadline the new time phrase "
      "'in november 2026' (gold README), refs the T-number (also a tk_numbers entry).  'In hetzelfde "
      "onderzoek betrek ik de motie van het lid Van der Molen-Rijs (OPNL) c.s. (36 548, G)': "
      "progress; kst-36548-G chamber/year null (not written).  Look-alikes: 'Wet op de "
      "vennootschapsbelasting 1969', 'over 2025', 'na 1 september', 'EUR 250.000'.",
      "2026-06-30", "brief", "2026-06-30", "kst-36548-H",
      [K("kst-36548-G")],
      [H("h-ek-20252026-24-8")],
      [T("T03788", TZ)],
      [M("kst-36548-G", [S("Van der Molen-Rijs", "OPNL")], True, "progress")],
      [C(["SFin"], "2026-03-17", rel="progress", deadline="in november 2026", refs=["T03788"],
         about="onderzoek gevolgen aftrekbeperking voor familiebedrijven; uitgesteld")])
