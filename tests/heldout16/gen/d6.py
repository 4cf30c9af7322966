from lib import *

NAME = "006_handelingen_twee_kolommen_debat_volkshuisvesting"

foot = [P("Tweede Kamer{tab}Wet versterking regie volkshuisvesting{tab}12 maart 2025\nTK 58{tab}{tab}58-7-{page}",
          "OBFoot")]
head = [P("", "Small")]

def sp(who, text):
    return P("**%s**" % who + " " + text, "BodyJ")

cols = [
    P("Aan de orde is de voortzetting van de behandeling van:", "BodyJ"),
    Bullets(["het wetsvoorstel Wijziging van de Omgevingswet en enkele andere wetten ter versterking "
             "van de regie op de volkshuisvesting (Wet versterking regie volkshuisvesting) (36 512)."],
            "BodyJ"),
    P("De voorzitter:", "Head"),
    P("We gaan verder met het antwoord van de regering in eerste termijn. Ik geef het woord aan de "
      "minister van Volkshuisvesting en Ruimtelijke Ordening.", "BodyJ"),
    P("Minister Keijzer-Brink:", "Head"),
    P("Dank u wel, voorzitter. Ik begin met de vragen over de betaalbare koopwoningen. Mevrouw "
      "Welzijn-de Boer vroeg of ik de definitie van een betaalbare koopwoning jaarlijks wil "
      "indexeren. Dat gebeurt al: de grens wordt ieder jaar per 1 januari aangepast aan de "
      "bouwkostenontwikkeling.", "BodyJ"),
    P("De heer Grinwis-Vos heeft gevraagd naar de uitvoering van zijn motie over de "
      "woningbouwopgave in Noord-Brabant (Kamerstuk 32 847, nr. 1198). Die motie is uitgevoerd: de "
      "provincie heeft de woondeals aangepast en de Kamer heeft daarover in december een brief "
      "ontvangen.", "BodyJ"),
    P("Mevrouw Welzijn-de Boer (NSC):", "Head"),
    P("Kan de minister toezeggen dat de Kamer voor de zomer een overzicht krijgt van de gemeenten die "
      "hun volkshuisvestingsprogramma nog niet hebben vastgesteld?", "BodyJ"),
    P("Minister Keijzer-Brink:", "Head"),
    P("Ja, dat zeg ik toe. Ik stuur de Kamer voor de zomer dat overzicht, per provincie uitgesplitst.",
      "BodyJ"),
    P("De heer De Hoop-Bakker (GL-PvdA):", "Head"),
    P("In het commissiedebat Woningbouw van 9 oktober 2024 heeft de minister toegezegd de Kamer te "
      "informeren over de gevolgen van de netcongestie voor de woningbouw. Wanneer komt die brief?",
      "BodyJ"),
    P("Minister Keijzer-Brink:", "Head"),
    P("Die toezegging loopt nog. De netbeheerders leveren de gegevens in april aan. Ik stuur de brief "
      "daarna, uiterlijk in juni.", "BodyJ"),
    P("Dan de motie-Beckerman-Luiten c.s. (36 512, nr. 38) over een verbod op tijdelijke "
      "huurcontracten. Die is bij de stemmingen van vorige week aangehouden; ik laat het oordeel daarover "
      "aan de Kamer na het debat.", "BodyJ"),
    P("De heer Vijlbrief-Oost (D66):", "Head"),
    P("De minister noemt de regie van het Rijk, maar hoe zit het met de woningcorporaties in de "
      "krimpregio's? In Oost-Groningen en Zuid-Limburg staan corporaties voor een sloopopgave waarvoor "
      "geen geld is. Is de minister bereid daarover met Aedes in overleg te gaan?", "BodyJ"),
    P("Minister Keijzer-Brink:", "Head"),
    P("Ik ben daartoe bereid. Ik zeg de heer Vijlbrief-Oost toe dat ik met Aedes en de betrokken "
      "gemeenten in overleg ga en dat ik de Kamer in het najaar over de uitkomst informeer.", "BodyJ"),
    P("Ik kom tot een afronding. De amendementen op stuk nrs. 21 tot en met 24 ontraad ik; het "
      "amendement-Grinwis-Vos op stuk nr. 27 laat ik aan het oordeel van de Kamer. De brief over de "
      "huurtoeslag (Kamerstuk 36 512, nr. 35) heeft de Kamer vorige week ontvangen.", "BodyJ"),
    P("De voorzitter:", "Head"),
    P("Dank u wel. Dan gaan we over naar de tweede termijn van de kant van de Kamer. Het woord is aan "
      "mevrouw Welzijn-de Boer.", "BodyJ"),
    P("Mevrouw Welzijn-de Boer (NSC):", "Head"),
    P("Voorzitter. Ik dank de minister voor haar toezegging over het overzicht van de "
      "volkshuisvestingsprogramma's. Ik heb één motie.", "BodyJ"),
    P("De Kamer,", "BodyJ"),
    P("gehoord de beraadslaging,", "BodyJ"),
    P("constaterende dat veel gemeenten hun volkshuisvestingsprogramma nog niet hebben vastgesteld;",
      "BodyJ"),
    P("verzoekt de regering gemeenten die voor 1 januari 2026 geen programma hebben vastgesteld actief "
      "te ondersteunen,", "BodyJ"),
    P("en gaat over tot de orde van de dag.", "BodyJ"),
    P("Welzijn-de Boer\nGrinwis-Vos", "BodyJ"),
    P("De voorzitter:", "Head"),
    P("Deze motie is voorgesteld door de leden Welzijn-de Boer en Grinwis-Vos.", "BodyJ"),
    P("Zij krijgt nr. 44 (36512).", "BodyJ"),
    P("De voorzitter:", "Head"),
    P("Dank u wel. Dan is het woord aan de heer De Hoop-Bakker.", "BodyJ"),
    P("De heer De Hoop-Bakker (GL-PvdA):", "Head"),
    P("Voorzitter. De minister zegt dat de brief over de netcongestie in juni komt. Dat is voor veel "
      "gemeenten te laat: de bouwplannen in Flevoland en in de kop van Noord-Holland liggen nu al stil. "
      "Ik vraag de minister om in ieder geval de eerste cijfers van de netbeheerders zo snel mogelijk "
      "met de Kamer te delen, ook als die nog niet volledig zijn. Verder sluit ik mij aan bij de vragen "
      "van mevrouw Welzijn-de Boer over de ondersteuning van kleine gemeenten, die vaak niet de "
      "ambtelijke capaciteit hebben om een volwaardig volkshuisvestingsprogramma op te stellen.",
      "BodyJ"),
    P("De voorzitter:", "Head"),
    P("Dank u wel. De minister heeft aangegeven direct te kunnen antwoorden.", "BodyJ"),
    P("Minister Keijzer-Brink:", "Head"),
    P("Voorzitter. Ik begrijp de zorg van de heer De Hoop-Bakker. De netbeheerders werken met een "
      "vaste planning; eerdere cijfers zijn onvolledig en kunnen tot verkeerde conclusies leiden. Ik "
      "houd daarom vast aan juni. Dan de motie op stuk nr. 44 van mevrouw Welzijn-de Boer en de heer "
      "Grinwis-Vos. Die motie ondersteunt het beleid; ik laat het oordeel aan de Kamer. De provincies "
      "hebben mij laten weten dat zij de kleine gemeenten eveneens willen helpen, onder meer met een "
      "gezamenlijke pool van beleidsmedewerkers en met de kennis van de regionale woondeals.",
      "BodyJ"),
    P("De voorzitter:", "Head"),
    P("Dank u wel. Daarmee zijn we aan het einde gekomen van dit debat. Over het wetsvoorstel, de "
      "amendementen en de ingediende motie wordt dinsdag gestemd.", "BodyJ"),
    P("De beraadslaging wordt gesloten.", "BodyJ"),
    P("De vergadering wordt van 15.42 uur tot 15.50 uur geschorst.", "BodyJ"),
]

body = [
    P("7", "Title"),
    P("Wet versterking regie volkshuisvesting", "Title"),
    Columns(cols),
]

xml = fodt(body, page={"left": "2.0cm", "right": "2.0cm", "top": "1.2cm", "header_h": "0.6cm",
                       "footer_h": "1.2cm"},
           first_header=head, header=head, footer=foot, font="Liberation Sans", size="8.5pt")

build(NAME, xml,
      "A plenary Handelingen item as the Kamer's PDF sets it: two columns, the foot 'Tweede Kamer  Wet "
      "versterking regie volkshuisvesting  12 maart 2025 / TK 58  58-7-N'.  Sitting 58, item 7 of 12 "
      "maart 2025 (self_id h-tk-20242025-58-7, date the sitting).  The minister van Volkshuisvesting en "
      "Ruimtelijke Ordening (Minister Keijzer-Brink = MVRO) speaks.  Commitments (dated the sitting, "
      "no venue key, heldout15): 'Kan de minister toezeggen ...? / Ja, dat zeg ik toe. Ik stuur de Kamer "
      "voor de zomer dat overzicht' (made, deadline 'voor de zomer'); 'Ik zeg de heer Vijlbrief-Oost toe "
      "dat ... in het najaar' (made); the CD Woningbouw promise of 9 oktober 2024 'Die toezegging loopt "
      "nog' (progress; deadline key left out).  Motions: Grinwis-Vos (32 847, nr. 1198) settled "
      "('Die motie is uitgevoerd'); Beckerman-Luiten c.s. (36 512, nr. 38) 'aangehouden' cited; the "
      "motion read out, 'Zij krijgt nr. 44 (36512).' (sponsors Welzijn-de Boer and Grinwis-Vos, no "
      "relation).  Kamerstuk 36 512, nr. 35 cited; '(36 512)' a dossier, 'stuk nrs. 21 tot en met 24' "
      "and 'stuk nr. 27' amendments (no Kamerstuk).",
      "2025-03-12", "handelingen", "2025-03-12", "h-tk-20242025-58-7",
      [K("kst-32847-1198"), K("kst-36512-38"), K("kst-36512-35"), K("kst-36512-44")],
      [], [],
      [M("kst-32847-1198", [S("Grinwis-Vos")], False, "settled"),
       M("kst-36512-38", [S("Beckerman-Luiten")], True, "cited"),
       M("kst-36512-44", [S("Welzijn-de Boer"), S("Grinwis-Vos")])],
      [C(["MVRO"], "2025-03-12", "made", deadline="voor de zomer", about="overzicht programma's"),
       C(["MVRO"], "2024-10-09", "progress", venue="commissiedebat Woningbouw", about="netcongestie"),
       C(["MVRO"], "2025-03-12", "made", deadline="in het najaar", about="overleg Aedes krimpregio's")])
