from lib import *

NAME = "008_kamerstuk_motie_ienw_begroting_36600_xii_71"

first_header = [P("Tweede Kamer der Staten-Generaal{tab}2", "OBChamber"), P("Vergaderjaar 2024–2025", "OBYear")]
first_footer = [P("kst-36600-XII-71\nISSN 0921 - 7371\n's-Gravenhage 2025{tab}Tweede Kamer, vergaderjaar "
                  "2024–2025, 36 600 XII, nr. 71{tab}1", "OBFoot")]

body = [
    Table([2.6, 13.6], None, [["**36 600 XII**", "**Vaststelling van de begrotingsstaten van het Ministerie van "
                               "Infrastructuur en Waterstaat (XII) en het Mobiliteitsfonds voor het jaar "
                               "2025**"]], style="Body", border=False),
    P(""),
    Table([2.6, 13.6], None, [["**Nr. 71**", "**MOTIE VAN HET LID VAN DER WERF-DUINKERK C.S.**\nVoorgesteld 12 "
                               "maart 2025"]], style="Body", border=False),
    P(""),
    Columns([
        P("De Kamer,", "BodyJ"),
        P("gehoord de beraadslaging,", "BodyJ"),
        P("constaterende dat het aantal verkeersdoden op provinciale wegen in 2024 is gestegen tot 287, "
          "het hoogste aantal in tien jaar;", "BodyJ"),
        P("constaterende dat de eerder aangenomen motie-Olgün-Bos (36 200 XII, nr. 38) over een "
          "investeringsimpuls voor de verkeersveiligheid op provinciale wegen nog niet volledig is "
          "uitgevoerd;", "BodyJ"),
        P("overwegende dat de minister in de brief van 14 februari 2025 (Kamerstuk 29 398, nr. 1142) "
          "heeft aangegeven dat de provincies Noord-Holland, Gelderland en Fryslân de helft van hun "
          "wegen nog niet volgens de richtlijnen hebben ingericht;", "BodyJ"),
        P("overwegende dat gemeenten en provincies voor maatregelen op 80-kilometerwegen afhankelijk zijn "
          "van een rijksbijdrage van 50 procent;", "BodyJ"),
        P("verzoekt de regering, in overleg met het Interprovinciaal Overleg een meerjarig "
          "uitvoeringsprogramma voor de herinrichting van gevaarlijke provinciale wegen op te stellen en "
          "de Kamer daarover voor de behandeling van de volgende begroting te informeren,", "BodyJ"),
        P("en gaat over tot de orde van de dag.", "BodyJ"),
        P("Van der Werf-Duinkerk\nOudekerk-Meijer\nBaştürk", "Tight"),
    ], n=2),
]

xml = fodt(body, page={"left": "2.4cm", "right": "2.4cm", "top": "1.2cm", "header_h": "2.2cm",
                       "header_h2": "1.0cm", "footer_h": "1.4cm"},
           first_header=first_header, header=[P("", "Small")], footer=[P("", "Small")],
           first_footer=first_footer, font="Liberation Serif", size="10.5pt")

build(NAME, xml,
      "A motion as officielebekendmakingen prints it: '36 600 XII  Vaststelling van de begrotingsstaten "
      "...', 'Nr. 71  MOTIE VAN HET LID VAN DER WERF-DUINKERK C.S. / Voorgesteld 12 maart 2025' in two "
      "cells, the motion text in two narrow justified columns (hyphenated at line ends), names under it, "
      "foot 'kst-36600-XII-71 ...'.  kind motie, date the Voorgesteld date, self_id kst-36600-XII-71 (the "
      "motion itself listed with its sponsor, c.s., no relation; not a Kamerstuk reference, heldout11 "
      "004).  Cited: motie-Olgün-Bos (36 200 XII, nr. 38), the brief Kamerstuk 29 398, nr. 1142.  The "
      "names under it (Oudekerk-Meijer, Baştürk) add no sponsor (heldout11).  Look-alikes: 287, "
      "80-kilometerwegen, 50 procent.",
      "2025-03-12", "motie", "2025-03-12", "kst-36600-XII-71",
      [K("kst-36200-XII-38"), K("kst-29398-1142")],
      [], [],
      [M("kst-36600-XII-71", [S("Van der Werf-Duinkerk")], True),
       M("kst-36200-XII-38", [S("Olgün-Bos")], False, "cited")],
      [])
