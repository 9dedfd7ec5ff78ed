## Termen: terugkerende namen. Gebruik de parameter `form` voor meervoud
## en vormen met lidwoord: sg (enkelvoud), pl (meervoud),
## def (enkelvoud met bepaald lidwoord), def-pl (meervoud met lidwoord),
## def-cap (enkelvoud met lidwoord, aan het begin van een zin).
##
## Dit handboek is voor lezers in Nederland én Vlaanderen. Daarom gebruiken de
## termen woorden die in beide werken: "school" (niet "mbo-school"), "bedrijf"
## (niet "leerbedrijf": dat is in Nederland een door SBB erkend bedrijf) en
## "beroepsonderwijs" (niet "mbo"). "Student" volgt het mbo; in voorbeelden uit
## het secundair onderwijs (Zweden, IJsland) staat "leerlingen". De lezers
## worden met "u" aangesproken, studenten in hun eigen stappen en checklists
## met "je".

-brand = VET@work
-vet = { $form ->
   *[sg] beroepsonderwijs
    [def] het beroepsonderwijs
}
-vet-provider = { $form ->
   *[sg] school
    [pl] scholen
    [def] de school
    [def-cap] De school
    [def-pl] de scholen
}
-vet-providers = { $form ->
   *[pl] scholen
    [def-pl] de scholen
}
-employer = { $form ->
   *[sg] bedrijf
    [pl] bedrijven
    [def] het bedrijf
    [def-cap] Het bedrijf
    [def-pl] de bedrijven
}
-employers = { $form ->
   *[pl] bedrijven
    [def-pl] de bedrijven
}
-student = { $form ->
   *[sg] student
    [pl] studenten
    [def] de student
    [def-cap] De student
    [def-pl] de studenten
}
-students = { $form ->
   *[pl] studenten
    [def-pl] de studenten
}
-work-mentor = { $form ->
   *[sg] praktijkopleider
    [pl] praktijkopleiders
    [def] de praktijkopleider
    [def-cap] De praktijkopleider
    [def-pl] de praktijkopleiders
}

## Het boek

book-title = { -brand }
book-subtitle = { $methods ->
    [one] Eén manier waarop { -vet-providers } en { -employers } samenwerken
   *[other] { $methods } manieren waarop { -vet-providers } en { -employers } samenwerken
}
book-author = Het { -brand }-partnerschap
book-publisher = Het { -brand }-partnerschap
book-description = Een praktisch handboek voor { -vet-providers }, { -employers } en { -students } over { $methods } beproefde manieren om samen te werken.
book-accessibility-summary = De tekst is opgebouwd met koppen, lijsten en tabellen. Afbeeldingen hebben een tekstalternatief. De checklists zijn gewone lijsten.
book-colophon =
    Dit handboek is een resultaat van { -brand }, een strategisch Erasmus+-partnerschap voor beroepsonderwijs, projectnummer 2018-1-FI01-KA202-047198. Het project liep van 1 september 2018 tot en met 31 augustus 2021. Het werd vanuit Finland gecoördineerd en gefinancierd via het Finse nationale agentschap voor onderwijs (Opetushallitus).

    De partners waren { -vet-providers } en { -employers } uit vijf landen: Finland, Zweden, IJsland, Nederland en Duitsland. Samen hebben zij { $methods ->
        [one] de methode
       *[other] de { $methods } methoden
    } uit dit handboek in de praktijk getest.

    Dit handboek valt onder de licentie Creative Commons Naamsvermelding-GelijkDelen 4.0 Internationaal (CC BY-SA 4.0). U mag het kopiëren, verspreiden en bewerken, voor elk doel, mits u het { -brand }-partnerschap vermeldt, aangeeft wat u hebt gewijzigd en uw bewerking onder dezelfde licentie deelt. De volledige licentietekst staat op [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

book-disclaimer =
    Dit handboek is tot stand gekomen met steun van het Erasmus+-programma van de Europese Unie. Deze steun betekent niet dat de Europese Commissie de inhoud onderschrijft: de inhoud geeft uitsluitend de mening van de auteurs weer. De Commissie kan niet aansprakelijk worden gesteld voor het gebruik dat van de informatie in dit handboek wordt gemaakt.

## Interfaceteksten van de thema's

ui-contents = Inhoud
ui-method = Methode
ui-method-number = Methode { $number }
ui-roles = Betrokkenen
ui-duration = Gebruikelijke duur
ui-effort = Inspanning
ui-levels = Geschikt voor partnerschappen
ui-summary = In het kort
ui-checklist = Checklist
ui-date = Datum
ui-notes = Notities
ui-continued = vervolg
ui-colophon = Colofon
ui-project-number = Projectnummer
ui-licence = Licentie
ui-published = Verschenen
ui-isbn = ISBN
ui-cover = Omslag
ui-title-page = Titelpagina
ui-methods-table-method = Methode
ui-methods-table-summary = Wat het is

role-vet-provider = School
role-employer = Bedrijf
role-student = Student

effort-low = laag
effort-medium = gemiddeld
effort-high = hoog

level-beginner = beginnend
level-developing = in ontwikkeling
level-experienced = ervaren

duration-days = { $count ->
    [one] één dag
   *[other] { $count } dagen
}
duration-weeks = { $count ->
    [one] één week
   *[other] { $count } weken
}
duration-months = { $count ->
    [one] één maand
   *[other] { $count } maanden
}

section-introduction = Inleiding
section-example = Voorbeeld uit de praktijk
section-preparation = Voorbereiding
section-implementation = Uitvoering
section-follow-up = Afronding en evaluatie
section-tips = Tips en valkuilen
section-checklists = Checklists

callout-tip = Tip
callout-example = Voorbeeld
callout-warning = Let op
callout-note = In Nederland en Vlaanderen

## cards
# The heading of the first checklist item on a card front.
ui-first-step = Eerste stap

## text
# Interface punctuation the themes print between labels and values. The quotes keep
# the spaces: French, for example, writes `{ "\u00A0: " }` (a no-break space before the colon).
# A label and its value ("Effort: low").
ui-sep-colon = { ": " }
# Between two parts of a line ("VET@work · Checklist").
ui-sep-dot = { " · " }
# Between a title and its subtitle.
ui-sep-dash = { " – " }
# Between the items of a list written on one line ("employer, student").
ui-list-sep = { ", " }
# The label of the book's web address in the colophon.
ui-url = Webadres
# The heading of the number column in the table of methods.
ui-number = Nr.
# A date in the colophon. $year, $month (1-12) and $day are numbers.
ui-date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
