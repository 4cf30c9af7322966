from lib import *

NAME = "001_kamerbrief_jenv_rijkshuisstijl_margekolom"

marge1 = [P("**Directoraat-Generaal Straffen en Beschermen**", "Small"),
          P("Directie Slachtofferbeleid", "Small"),
          P("Turfmarkt 147\n2511 DP  Den Haag\nPostbus 20301\n2500 EH  Den Haag\nwww.rijksoverheid.nl/jenv", "SmallB"),
          P("Contactpersoon", "SmallB"), P("M.A. de Wilde-Terpstra\nT 070 370 79 11", "Small"),
          P("Onze referentie", "SmallB"), P("6204518", "Small"),
          P("Uw referentie", "SmallB"), P("2025Z06120", "Small"),
          P("Bijlage(n)", "SmallB"), P("1", "Small"),
          ]
marge2 = [P("**Directoraat-Generaal Straffen en Beschermen**", "Small"),
          P("Directie Slachtofferbeleid", "Small"),
          P("Datum", "SmallB"), P("14 mei 2025", "Small"),
          P("Onze referentie", "SmallB"), P("6204518", "Small")]
first_header = [P("Ministerie van Justitie en\nVeiligheid", "Logo"),
                Frame("15.4cm", "5.2cm", "4.0cm", "12cm", marge1)]
header = [P("", "Small"), Frame("15.4cm", "2.6cm", "4.0cm", "6cm", marge2)]

body = [
    P("> Retouradres Postbus 20301 2500 EH  Den Haag", "Small"),
    P(""),
    P("Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG", "Tight"),
    P(""), P(""),
    P("Datum{tab}14 mei 2025\nBetreft{tab}Voortgang moties en toezeggingen slachtofferbeleid", "Tight"),
    P(""), P(""),
    P("Geachte voorzitter,", "Body"),
    P("Hierbij informeer ik uw Kamer over de voortgang van de aanpak van slachtofferrechten. Met deze "
      "brief kom ik de toezegging na die ik heb gedaan tijdens het commissiedebat Slachtofferbeleid van 6 "
      "februari 2025 om uw Kamer voor de zomer te informeren over de stand van de uitbreiding van het "
      "spreekrecht. Tevens reageer ik op het verzoek van de vaste commissie voor Justitie en Veiligheid "
      "van 2 april 2025 om een overzicht van de uitvoering van de aangenomen moties op dit terrein.", "BodyJ"),
    Hd("Uitbreiding spreekrecht"),
    P("Sinds 1 januari 2025 hebben slachtoffers en nabestaanden ook spreekrecht bij de behandeling van "
      "een vordering tot tenuitvoerlegging en bij beslissingen over voorwaardelijke invrijheidstelling. "
      "In mijn brief van 12 december 2024 (Kamerstuk 33 552, nr. 118) heb ik de inwerkingtreding "
      "aangekondigd. De eerste ervaringen van de rechtbanken, het Openbaar Ministerie en Slachtofferhulp "
      "Nederland zijn positief: het aantal slachtoffers dat gebruikmaakt van het spreekrecht in "
      "executieprocedures is in het eerste kwartaal gestegen tot 214. De gerechtsbesturen wijzen er wel "
      "op dat de planning van zittingen door de langere behandelduur onder druk staat; daarover ben ik "
      "met de Raad voor de rechtspraak in gesprek. De toezegging is hiermee afgedaan.", "BodyJ"),
    Hd("Moties"),
    P("De motie van het lid Bikker-Smeets c.s. (Kamerstuk 33 552, nr. 121) verzoekt de regering "
      "slachtoffers van woninginbraak actief te informeren over de mogelijkheden van schadevergoeding. "
      "Het Schadefonds Geweldsmisdrijven en de politie hebben de informatievoorziening aangepast: "
      "sinds maart ontvangt ieder slachtoffer na de aangifte een bericht met een verwijzing naar het "
      "schadeformulier. Hiermee beschouw ik de motie als uitgevoerd.", "BodyJ"),
    P("De motie van de leden Oosterwijk en El Khatib (Kamerstuk 33 552, nr. 124) vraagt om een "
      "regionaal steunpunt voor slachtoffers van mensenhandel in Noord-Holland en Zuid-Holland. Het "
      "steunpunt in Haarlem is in april geopend, dat in Rotterdam volgt in september. De uitvoering van "
      "de motie loopt; ik informeer uw Kamer over de resultaten bij de volgende voortgangsbrief.", "BodyJ"),
    P("De motie van het lid Dekkers-Aydin (GL-PvdA) (Kamerstuk 33 552, nr. 127) over "
      "traumabehandeling van minderjarige slachtoffers van zedenmisdrijven is op 25 maart 2025 "
      "aangenomen. Samen met de minister van Volksgezondheid, Welzijn en Sport verken ik hoe "
      "jeugdhulpaanbieders en zedenrechercheurs beter kunnen samenwerken; de uitvoering van deze motie "
      "is gestart.", "BodyJ"),
    Hd("Herstelrecht"),
    P("Herstelgerichte voorzieningen bieden slachtoffers en daders de mogelijkheid om, onder "
      "begeleiding, met elkaar in gesprek te gaan over de gevolgen van een delict. In 2024 vonden 1.870 "
      "bemiddelingen plaats, een stijging van 12 procent ten opzichte van het jaar daarvoor. De "
      "bemiddelaars van Perspectief Herstelbemiddeling melden dat de doorlooptijd van aanmelding tot "
      "eerste gesprek gemiddeld negen weken bedraagt. In de arrondissementen Noord-Holland en "
      "Oost-Brabant lopen proeftuinen waarin het Openbaar Ministerie slachtoffers in een vroeg stadium op "
      "herstelbemiddeling wijst. De proeftuinen worden begeleid door een onafhankelijke onderzoeksgroep "
      "van de Universiteit Tilburg, die in het najaar rapporteert.", "BodyJ"),
    P("Daarnaast heeft de Nationale ombudsman in zijn rapport 'Gehoord worden' (2025/041) aanbevelingen "
      "gedaan over de bejegening van slachtoffers aan de balie van politiebureaus. De politie neemt deze "
      "aanbevelingen over in het opleidingsprogramma voor baliemedewerkers, dat vanaf het najaar in alle "
      "eenheden wordt aangeboden. Ik betrek de ervaringen daarmee bij de evaluatie die hieronder aan de "
      "orde komt.", "BodyJ"),
    Hd("Toezeggingen"),
    P("Tijdens het tweeminutendebat Slachtofferbeleid van 13 maart 2025 (Handelingen II 2024/25, nr. "
      "58, item 12) heb ik toegezegd uw Kamer te informeren over de evaluatie van de Wet uitbreiding "
      "slachtofferrechten. Het Wetenschappelijk Onderzoek- en Datacentrum voert de evaluatie uit; de "
      "toezegging loopt nog. Ik verwacht de resultaten in het eerste kwartaal van 2026 aan uw Kamer te "
      "kunnen sturen.", "BodyJ"),
    P("In het schriftelijk overleg over de informatievoorziening aan nabestaanden "
      "(Kamerstuk 33 552, nr. 122) vroegen de leden van de fractie van GL-PvdA naar de wachttijden bij "
      "het Schadefonds. De gemiddelde behandeltermijn is inmiddels teruggebracht van 26 naar 19 weken. "
      "Het Schadefonds streeft naar een termijn van 13 weken in 2026; de benodigde personeelsuitbreiding "
      "wordt gefinancierd uit de middelen die in de Voorjaarsnota zijn vrijgemaakt (EUR 33.552 per "
      "formatieplaats, artikel 33, lid 5, van de regeling).", "BodyJ"),
    P("Ik zeg uw Kamer toe dat ik voor 1 december 2025 een brief stuur over de uitkomsten van de "
      "proeftuinen voor herstelgerichte voorzieningen in de arrondissementen Noord-Holland en "
      "Oost-Brabant.", "BodyJ"),
    P("De Staatssecretaris van Justitie en Veiligheid,", "Body"),
    P(""), P(""),
    P("J.W. van Rossum-Ilgaz", "Body"),
]

xml = fodt(body, page={"right": "6.0cm", "top": "1.0cm", "header_h": "4.6cm", "header_h2": "2.0cm"},
           first_header=first_header, header=header, footer=[P("Pagina {page} van {pages}", "PageNo")])

build(NAME, xml,
      "Kamerbrief in the Rijkshuisstijl as a Word template lays it out (LibreOffice): a logo text block "
      "at the top of page 1, the margin column in a frame on every page (page 1: directorate, address, "
      "phone, 'Onze referentie 6204518', 'Uw referentie 2025Z06120', 'Pagina 1 van N'; later pages: "
      "directorate, 'Datum 14 mei 2025', 'Onze referentie', 'Pagina N van M'), 'Datum'/'Betreft' in the "
      "body, justified text hyphenated at line ends (nl-NL), hard hyphens 'Noord-Holland', 'GL-PvdA', "
      "'Bikker-Smeets'.  Signed by the staatssecretaris JenV ('ik').  Commitments: CD Slachtofferbeleid 6 "
      "februari 2025 'voor de zomer' settled ('De toezegging is hiermee afgedaan'); tweeminutendebat 13 "
      "maart 2025 progress ('de toezegging loopt nog'); a new promise 'voor 1 december 2025' (made).  "
      "Motions: Bikker-Smeets c.s. settled, Oosterwijk/El Khatib progress, Dekkers-Aydin (GL-PvdA) "
      "progress ('de uitvoering ... is gestart').  The commissie's request 2025Z06120 (margin 'Uw "
      "referentie') is a zaak.  Look-alikes: Postbus, postcodes, 070 number, 6204518, EUR 33.552, "
      "'artikel 33, lid 5'.",
      "2025-05-14", "brief", "2025-05-14", None,
      [K("kst-33552-118"), K("kst-33552-121"), K("kst-33552-124"), K("kst-33552-127"), K("kst-33552-122")],
      [H("h-tk-20242025-58-12")],
      [T("2025Z06120", "zaak")],
      [M("kst-33552-121", [S("Bikker-Smeets")], True, "settled"),
       M("kst-33552-124", [S("Oosterwijk"), S("El Khatib")], False, "progress"),
       M("kst-33552-127", [S("Dekkers-Aydin", "GL-PvdA")], False, "progress")],
      [C(["SJenV"], "2025-02-06", "settled", venue="commissiedebat Slachtofferbeleid",
         deadline="voor de zomer", about="stand uitbreiding spreekrecht"),
       C(["SJenV"], "2025-03-13", "progress", venue="tweeminutendebat Slachtofferbeleid",
         about="evaluatie Wet uitbreiding slachtofferrechten"),
       C(["SJenV"], None, "made", deadline="voor 1 december 2025", about="uitkomsten proeftuinen")])
