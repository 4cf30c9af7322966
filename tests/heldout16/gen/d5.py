from lib import *

NAME = "005_kamerstuk_ob_brief_jenv_29279_901"

first_header = [P("Tweede Kamer der Staten-Generaal{tab}2", "OBChamber"), P("Vergaderjaar 2024–2025", "OBYear")]
header = [P("Tweede Kamer, vergaderjaar 2024–2025, 29 279, nr. 901{tab}{page}", "HeadLine")]
first_footer = [P("kst-29279-901\nISSN 0921 - 7371\n's-Gravenhage 2025{tab}Tweede Kamer, vergaderjaar "
                  "2024–2025, 29 279, nr. 901{tab}1", "OBFoot")]

body = [
    Table([2.6, 13.6], None, [["**29 279**", "**Rechtsstaat en Rechtsorde**"]], style="Body", border=False),
    P(""),
    Table([2.6, 13.6], None, [["**Nr. 901**", "**BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID**"]],
          style="Body", border=False),
    P(""),
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Tight"), P(""),
    P("Den Haag, 3 juni 2025", "Body"), P(""),
    P("Met deze brief informeer ik uw Kamer over de stand van zaken van het stelsel van gesubsidieerde "
      "rechtsbijstand. Tijdens het commissiedebat Rechtsbijstand van 22 januari 2025 heb ik toegezegd "
      "uw Kamer voor 1 juni 2025 te informeren over de vergoedingen voor sociaal advocaten. Met deze "
      "brief doe ik die toezegging gestand, zij het enkele dagen later dan beloofd.", "BodyJ"),
    P("In mijn brief van 4 november 2024 (Kamerstuk 31 753, nr. 281) heb ik de uitkomsten van de "
      "tweede meting van de Commissie evaluatie puntentoekenning gesubsidieerde rechtsbijstand "
      "beschreven. Uit die meting bleek dat de tijdsbesteding van advocaten in asiel- en "
      "vreemdelingenzaken, in het personen- en familierecht en in het strafrecht structureel hoger ligt "
      "dan het aantal punten dat daarvoor wordt toegekend. Het kabinet heeft daarom met ingang van 1 "
      "januari 2025 de puntentoekenning voor deze zaken verhoogd. Daarvoor is structureel "
      "EUR 29,3 miljoen beschikbaar gesteld (Kamerstukken II 2023/24, 29 279, nr. 862).", "BodyJ"),
    P("De motie van het lid Ellian-Koç c.s. (Kamerstuk 29 279, nr. 880) verzoekt de regering de "
      "vergoeding voor reiskosten van advocaten in de Waddengemeenten en in Zeeuws-Vlaanderen te "
      "herzien. De Raad voor Rechtsbijstand heeft de reiskostenregeling per 1 april 2025 aangepast. "
      "Hiermee is aan de motie uitvoering gegeven.", "BodyJ"),
    P("De motie van de leden Van Nispen en Sneller-Wu (Kamerstuk 31 753, nr. 287) verzoekt de regering "
      "het tarief voor mediation in echtscheidingszaken te verhogen. Ik heb de Raad voor Rechtsbijstand "
      "gevraagd de financiële gevolgen in kaart te brengen. De uitvoering van deze motie loopt; ik "
      "verwacht de aanpassing in 2026 te kunnen doorvoeren.", "BodyJ"),
    P("Het aantal sociaal advocaten is in 2024 verder gedaald, van 6.871 naar 6.702. Vooral in het "
      "noorden van het land en in Noord-Holland-Noord is het lastig om een advocaat te vinden voor een "
      "toevoeging in het personen- en familierecht. Samen met de Nederlandse orde van advocaten en de "
      "Raad voor Rechtsbijstand werk ik aan een plan om jonge advocaten te behouden voor de sociale "
      "advocatuur. Daarbij kijk ik onder meer naar een opleidingsbijdrage en naar de mogelijkheden om "
      "kantoren te ondersteunen bij het inwerken van stagiairs. De gemeenteraad van Leeuwarden heeft in "
      "dit verband een motie aangenomen die het college vraagt een lokaal juridisch loket te openen; "
      "ik volg dat initiatief met belangstelling.", "BodyJ"),
    P("Ik zal uw Kamer na de zomer informeren over de uitkomsten van het overleg met de Nederlandse orde "
      "van advocaten over het behoud van de sociale advocatuur.", "BodyJ"),
    P("De Minister van Justitie en Veiligheid,", "Body"),
    P("P.H. Oudeman-Reijnders", "Body"),
]

xml = fodt(body, page={"left": "2.4cm", "right": "2.4cm", "top": "1.2cm", "header_h": "2.2cm",
                       "header_h2": "1.0cm", "footer_h": "1.4cm"},
           first_header=first_header, header=header, footer=[P("", "Small")], first_footer=first_footer,
           font="Liberation Serif", size="10.5pt")

build(NAME, xml,
      "A Kamerstuk as officielebekendmakingen prints it: 'Tweede Kamer der Staten-Generaal  2', "
      "'Vergaderjaar 2024–2025', '29 279  Rechtsstaat en Rechtsorde', 'Nr. 901  BRIEF VAN DE MINISTER "
      "VAN JUSTITIE EN VEILIGHEID' (number and title in two cells), 'Den Haag, 3 juni 2025'; the first "
      "page's foot 'kst-29279-901 / ISSN 0921 - 7371 / 's-Gravenhage 2025  Tweede Kamer, vergaderjaar "
      "2024–2025, 29 279, nr. 901  1', the running header of page 2 'Tweede Kamer, vergaderjaar "
      "2024–2025, 29 279, nr. 901  2'.  self_id kst-29279-901 (not listed).  ik = MJenV (signer).  "
      "Commitments: CD Rechtsbijstand 22 januari 2025 'voor 1 juni 2025' settled ('doe ik die "
      "toezegging gestand, zij het enkele dagen later'); 'Ik zal uw Kamer na de zomer informeren' made.  "
      "Motions: Ellian-Koç c.s. settled, Van Nispen/Sneller-Wu progress.  Kamerstukken: 31 753 nr. 281, "
      "'Kamerstukken II 2023/24, 29 279, nr. 862'.  Not a motion: the gemeenteraad's.  Look-alikes: "
      "ISSN, EUR 29,3 miljoen, 6.871, 6.702.",
      "2025-06-03", "brief", "2025-06-03", "kst-29279-901",
      [K("kst-31753-281"), K("kst-29279-862", "II", "2023-2024"), K("kst-29279-880"), K("kst-31753-287")],
      [], [],
      [M("kst-29279-880", [S("Ellian-Koç")], True, "settled"),
       M("kst-31753-287", [S("Van Nispen"), S("Sneller-Wu")], False, "progress")],
      [C(["MJenV"], "2025-01-22", "settled", venue="commissiedebat Rechtsbijstand",
         deadline="voor 1 juni 2025", about="vergoedingen sociaal advocaten"),
       C(["MJenV"], None, "made", deadline="na de zomer", about="overleg NOvA behoud sociale advocatuur")])
