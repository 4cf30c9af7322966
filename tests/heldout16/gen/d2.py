from lib import *

NAME = "002_beslisnota_ienw_tabel_moties_toezeggingen"

marge = [P("**Directoraat-Generaal Mobiliteit**", "Small"),
         P("Directie Openbaar Vervoer en Spoor", "Small"),
         P("Rijnstraat 8\n2515 XP  Den Haag", "SmallB"),
         P("Kenmerk", "SmallB"), P("IENW/BSK-2025/118244", "Small"),
         P("Datum", "SmallB"), P("22 mei 2025", "Small"),
         P("Contactpersoon", "SmallB"), P("R. Kuipers\nT 06-18244118", "Small")]
first_header = [P("Ministerie van Infrastructuur\nen Waterstaat", "Logo"),
                Frame("15.4cm", "4.6cm", "4.0cm", "9cm", marge)]
header = [P("", "Small"), Frame("15.4cm", "2.6cm", "4.0cm", "6cm", marge)]

rows = [
    ["1", "Motie van het lid Van Dalen-Pieters over een meldpunt voor uitgevallen treinen in "
          "de regio",
     "Kamerstuk 36 600 XII, nr. 44",
     "Uitgevoerd. Het meldpunt is sinds 1 april 2025 open; u meldt dit in de brief. Daarmee is de "
     "motie afgedaan."],
    ["2", "U heeft toegezegd de Kamer voor de zomer te informeren over de toegankelijkheid van "
          "stations voor reizigers met een beperking (TZ202502-118)",
     "Commissiedebat Spoor, 19 februari 2025",
     "Met de bijgaande brief komt u deze toezegging na."],
    ["3", "Motie van het lid Kröger-Baart c.s. over de herintroductie van de nachttrein naar "
          "Noord-Duitsland",
     "Kamerstuk 29 984, nr. 1187",
     "Loopt. De aanbesteding start in het najaar; uitvoering in 2026. In de brief meldt u de stand "
     "van zaken."],
    ["4", "U heeft toegezegd te onderzoeken of de reisinformatie bij werkzaamheden op de "
          "HSL-Zuid kan worden verbeterd (T03581)",
     "Tweeminutendebat Spoor, 3 april 2025 (Handelingen II 2024/25, nr. 62, item 9)",
     "Loopt nog. ProRail werkt een voorstel uit; afronding na de zomer."],
]

body = [
    P(""),
    P("nota", "Title"),
    P("Aan de minister", "Tight"), P(""),
    P("Beslisnota bij Kamerbrief voortgang spoordossiers", "Head"),
    Hd("Aanleiding"),
    P("Op 19 februari 2025 vond het commissiedebat Spoor plaats. Voor het zomerreces ontvangt de "
      "Kamer traditioneel een voortgangsbrief over de openstaande moties en toezeggingen op het "
      "spoordossier. Bijgaand treft u de conceptbrief aan. De commissie heeft daarnaast op 8 mei 2025 "
      "om een reactie op het rapport van de Autoriteit Consument en Markt gevraagd (2025Z08731); die "
      "reactie is in de brief opgenomen.", "BodyJ"),
    Hd("Geadviseerd besluit"),
    P("U wordt geadviseerd:", "Tight"),
    Bullets(["in te stemmen met bijgaande Kamerbrief en deze te ondertekenen;",
             "in de brief toe te zeggen dat u de Kamer in het voorjaar van 2026 informeert over de "
             "uitkomsten van de marktconsultatie over grensoverschrijdend treinvervoer."]),
    Hd("Kern"),
    P("De onderstaande tabel geeft de stand van zaken per motie en toezegging. De brief beschrijft per "
      "onderdeel de voortgang; de toezegging uit het commissiedebat van 19 februari is daarmee "
      "afgedaan.", "BodyJ"),
    Table([0.9, 4.6, 3.4, 3.7], ["Nr.", "Motie/toezegging", "Vindplaats", "Stand van zaken"], rows),
    P(""),
    Hd("Toelichting"),
    P("De kosten van het meldpunt (EUR 1.187.000 per jaar) worden gedekt uit artikel 16.03 van de "
      "begroting. Over de financiering van de nachttrein is overleg gaande met het ministerie van "
      "Financiën; de Duitse deelstaat Niedersachsen heeft een bijdrage van 36.600 euro per rit in "
      "het vooruitzicht gesteld. Uw ambtsvoorganger heeft in het notaoverleg van 14 november 2024 "
      "toegezegd de Kamer te informeren over de evaluatie van de concessie Noord-Nederland; die "
      "evaluatie is in maart aan de Kamer gezonden, zodat deze toezegging is afgedaan.", "BodyJ"),
    Hd("Communicatie"),
    P("De brief kan na ondertekening direct aan de Kamer worden gezonden. Er is geen persbericht "
      "voorzien.", "BodyJ"),
]

xml = fodt(body, page={"right": "6.0cm", "top": "1.0cm", "header_h": "3.4cm", "header_h2": "2.0cm"},
           first_header=first_header, header=header,
           footer=[P("Pagina {page} van {pages}", "PageNo")])

build(NAME, xml,
      "Beslisnota of DG Mobiliteit to the minister van Infrastructuur en Waterstaat (addressee 'u'; "
      "kenmerk IENW/BSK-2025/118244, 22 mei 2025), margin column in a frame on every page, a bordered "
      "table with narrow columns (Nr., Motie/toezegging, Vindplaats, Stand van zaken; text hyphenated "
      "inside the cells).  Motions: Van Dalen-Pieters (row 1) settled; Kröger-Baart c.s. (row 3) "
      "progress.  Commitments (u = the minister): CD Spoor 19 februari 2025 'voor de zomer' settled "
      "(row 2, TZ202502-118; 'Met de bijgaande brief komt u deze toezegging na'); tweeminutendebat Spoor "
      "3 april 2025 progress (row 4, T03581; Handelingen II 2024/25, nr. 62, item 9); the advice 'in de "
      "brief toe te zeggen dat u de Kamer in het voorjaar van 2026 informeert' (u made); 'Uw "
      "ambtsvoorganger' in the notaoverleg of 14 november 2024 (the office, MIenW) settled.  "
      "2025Z08731 a zaak.  Look-alikes: kenmerk, 06 number, EUR 1.187.000, artikel 16.03, 36.600 euro.",
      "2025-05-22", "beslisnota", "2025-05-22", None,
      [K("kst-36600-XII-44"), K("kst-29984-1187")],
      [H("h-tk-20242025-62-9")],
      [T("TZ202502-118", "toezegging"), T("T03581", "toezegging"), T("2025Z08731", "zaak")],
      [M("kst-36600-XII-44", [S("Van Dalen-Pieters")], False, "settled"),
       M("kst-29984-1187", [S("Kröger-Baart")], True, "progress")],
      [C(["u"], "2025-02-19", "settled", venue="commissiedebat Spoor", deadline="voor de zomer",
         refs=["TZ202502-118"], about="toegankelijkheid stations"),
       C(["u"], "2025-04-03", "progress", venue="tweeminutendebat Spoor", refs=["T03581"],
         about="reisinformatie HSL-Zuid"),
       C(["u"], None, "made", deadline="in het voorjaar van 2026", about="marktconsultatie"),
       C(["MIenW"], "2024-11-14", "settled", about="evaluatie concessie Noord-Nederland (ambtsvoorganger)")])
