from lib import *

NAME = "003_voortgangsbrief_ocw_bullets_voetnoten"

marge1 = [P("**Directoraat-Generaal Primair en Voortgezet Onderwijs**", "Small"),
          P("Directie Leraren", "Small"),
          P("Rijnstraat 50\nDen Haag\nPostbus 16375\n2500 BJ  Den Haag\nwww.rijksoverheid.nl", "SmallB"),
          P("Onze referentie", "SmallB"), P("51204377", "Small"),
          P("Bijlagen", "SmallB"), P("2", "Small")]
marge2 = [P("**Directoraat-Generaal Primair en Voortgezet Onderwijs**", "Small"),
          P("Directie Leraren", "Small"),
          P("Onze referentie", "SmallB"), P("51204377", "Small")]
first_header = [P("Ministerie van Onderwijs, Cultuur\nen Wetenschap", "Logo"),
                Frame("15.4cm", "5.2cm", "4.0cm", "9cm", marge1)]
header = [P("", "Small"), Frame("15.4cm", "2.6cm", "4.0cm", "5cm", marge2)]

body = [
    P("> Retouradres Postbus 16375 2500 BJ  Den Haag", "Small"), P(""),
    P("De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPrinses Irenestraat 6\n2595 BD  Den Haag", "Tight"),
    P(""), P(""),
    P("Datum{tab}3 juni 2025\nBetreft{tab}Voortgangsbrief lerarentekort", "Tight"), P(""), P(""),
    P("Geachte voorzitter,"),
    P("Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van het lerarentekort. "
      "Ik ga in op de moties die uw Kamer bij de behandeling van de onderwijsbegroting heeft "
      "aangenomen[[fn:Handelingen II 2024/25, nr. 21, item 14.]] en op de toezeggingen die ik heb gedaan "
      "in het commissiedebat Leraren van 30 januari 2025.", "BodyJ"),
    Hd("1. Moties"),
    P("De stand van de aangenomen moties is als volgt:", "Tight"),
    Bullets([
        "De motie van het lid Soepboer-Wiersma c.s.[[fn:Kamerstuk 36 600 VIII, nr. 88.]] verzoekt de "
        "regering zij-instromers in het speciaal onderwijs een extra begeleidingsjaar te bieden. De "
        "subsidieregeling is op 1 mei gepubliceerd[[fn:Staatscourant 2025, 14021.]]; de motie is "
        "daarmee uitgevoerd.",
        "De motie van de leden Paternotte en Beertema-Kok[[fn:Kamerstuk 27 923, nr. 519.]] vraagt om "
        "een landelijke vacaturemonitor per regio. DUO ontwikkelt de monitor; de eerste publicatie "
        "verwacht ik in het najaar. De uitvoering loopt.",
        "De gewijzigde motie van het lid Kwint-Olthof[[fn:Kamerstuk 36 600 VIII, nr. 97 (was nr. 81).]] "
        "over de salarissen van leraren in het primair onderwijs betrek ik bij de voorjaarsbesluitvorming; "
        "over de uitkomst informeer ik u in de volgende voortgangsbrief.",
    ]),
    Hd("2. Toezeggingen"),
    Bullets([
        "In het commissiedebat Leraren van 30 januari 2025 heb ik toegezegd uw Kamer voor de zomer te "
        "informeren over de uitkomsten van de pilot met lerarenbeurzen voor zij-instromers. De "
        "uitkomsten staan in de bijlage bij deze brief; hiermee is de toezegging afgedaan.",
        "In hetzelfde debat heb ik toegezegd met de PO-Raad en de VO-raad in gesprek te gaan over "
        "onbevoegd lesgeven in de bovenbouw. Die gesprekken lopen nog; ik verwacht in het najaar van "
        "2025 over de uitkomst te kunnen berichten.",
        "De staatssecretaris van Onderwijs, Cultuur en Wetenschap heeft in het wetgevingsoverleg "
        "Onderwijsachterstanden van 10 maart 2025 toegezegd de Kamer te informeren over de inzet van "
        "onderwijsassistenten. Zij doet dat in een afzonderlijke brief, die uw Kamer voor 1 juli "
        "ontvangt; deze toezegging loopt nog.",
    ]),
    Hd("3. Regionale aanpak"),
    P("In de regio's Groningen-Drenthe, Zuid-Limburg en Amsterdam-Zaanstad is het tekort het grootst. "
      "De regionale samenwerkingsverbanden ontvangen in 2025 samen EUR 27.923.000 voor onder meer "
      "opleidingsscholen en de begeleiding van startende leraren[[fn:Regeling regionale aanpak "
      "lerarentekort, artikel 2, lid 3; zie ook de brief van 14 februari 2025, Kamerstuk 27 923, nr. "
      "515.]]. De schoolbesturen in Noord-Holland melden dat het aantal onvervulde vacatures is gedaald "
      "van 412 naar 377 fte. Ik zeg u toe dat ik uw Kamer voor het einde van 2025 informeer over de "
      "effecten van deze middelen per regio.", "BodyJ"),
    P("De Minister van Onderwijs, Cultuur en Wetenschap,"), P(""), P(""),
    P("E.M. Brandsma-de Graaf"),
]

xml = fodt(body, page={"right": "6.0cm", "top": "1.0cm", "header_h": "4.6cm", "header_h2": "2.0cm"},
           first_header=first_header, header=header,
           footer=[P("Pagina {page} van {pages}", "PageNo")])

build(NAME, xml,
      "Voortgangsbrief of the minister van OCW (3 juni 2025, Rijkshuisstijl margin column on every "
      "page) listing motions and promises in bullet lists, every Kamerstuk reference in a real footnote "
      "(note text at the page foot; markers raised digits glued to the word).  Motions: "
      "Soepboer-Wiersma c.s. settled (kst-36600-VIII-88 in footnote 2), Paternotte/Beertema-Kok "
      "progress (footnote), the gewijzigde motie Kwint-Olthof nr. 97 'was nr. 81' progress ('betrek ik "
      "bij ... informeer ik u'; nr. 81 a motion without sponsors, cited).  Commitments: CD Leraren 30 "
      "januari 2025 'voor de zomer' settled; 'In hetzelfde debat' progress; SOCW's WGO promise of 10 "
      "maart 2025 progress; 'Ik zeg u toe ... voor het einde van 2025' made.  Handelingen in footnote 1; "
      "Kamerstuk 27 923, nr. 515 in a footnote.  Look-alikes: Staatscourant 2025, 14021; EUR 27.923.000; "
      "'artikel 2, lid 3'; 412 and 377 fte; 51204377.",
      "2025-06-03", "brief", "2025-06-03", None,
      [K("kst-36600-VIII-88"), K("kst-27923-519"), K("kst-36600-VIII-97"), K("kst-36600-VIII-81"),
       K("kst-27923-515")],
      [H("h-tk-20242025-21-14")],
      [],
      [M("kst-36600-VIII-88", [S("Soepboer-Wiersma")], True, "settled"),
       M("kst-27923-519", [S("Paternotte"), S("Beertema-Kok")], False, "progress"),
       M("kst-36600-VIII-97", [S("Kwint-Olthof")], False, "progress"),
       M("kst-36600-VIII-81", rel="cited")],
      [C(["MOCW"], "2025-01-30", "settled", venue="commissiedebat Leraren", deadline="voor de zomer",
         about="pilot lerarenbeurzen"),
       C(["MOCW"], "2025-01-30", "progress", venue="commissiedebat Leraren",
         about="gesprek PO-Raad en VO-raad onbevoegd lesgeven"),
       C(["SOCW"], "2025-03-10", "progress", venue="wetgevingsoverleg Onderwijsachterstanden",
         about="inzet onderwijsassistenten"),
       C(["MOCW"], None, "made", deadline="voor het einde van 2025", about="effecten middelen per regio")])
