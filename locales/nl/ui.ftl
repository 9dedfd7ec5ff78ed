## Termen: terugkerende namen. Gebruik de parameter `form` voor meervoud
## en vormen met lidwoord: sg (enkelvoud), pl (meervoud),
## def (enkelvoud met bepaald lidwoord), def-pl (meervoud met lidwoord),
## def-cap (enkelvoud met lidwoord, aan het begin van een zin).

-brand = VET@work
-vet = { $form ->
   *[sg] mbo
    [def] het mbo
}
-vet-provider = { $form ->
   *[sg] mbo-school
    [pl] mbo-scholen
    [def] de mbo-school
    [def-cap] De mbo-school
    [def-pl] de mbo-scholen
}
-vet-providers = { $form ->
   *[pl] mbo-scholen
    [def-pl] de mbo-scholen
}
-employer = { $form ->
   *[sg] leerbedrijf
    [pl] leerbedrijven
    [def] het leerbedrijf
    [def-cap] Het leerbedrijf
    [def-pl] de leerbedrijven
}
-employers = { $form ->
   *[pl] leerbedrijven
    [def-pl] de leerbedrijven
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
book-subtitle = 12 manieren waarop mbo-scholen en leerbedrijven samenwerken
book-author = Het { -brand }-partnerschap
book-publisher = Het { -brand }-partnerschap
book-description = Een praktisch handboek voor { -vet-providers }, { -employers } en { -students } over { $methods } beproefde manieren om samen te werken.
book-accessibility-summary = De tekst is opgebouwd met koppen, lijsten en tabellen. Afbeeldingen hebben een tekstalternatief. De checklists zijn gewone lijsten.
book-colophon =
    Dit handboek is een resultaat van { -brand }, een strategisch Erasmus+-partnerschap voor beroepsonderwijs, projectnummer 2018-1-FI01-KA202-047198. Het project liep van 1 september 2018 tot en met 31 augustus 2021. Het werd vanuit Finland gecoördineerd en gefinancierd via de Finse nationale onderwijsdienst (Finnish National Agency for Education).

    De partners waren { -vet-providers } en werkgevers uit vijf landen: Finland, Zweden, IJsland, Nederland en Duitsland. In elk land deden beide soorten partners mee. Samen hebben zij { $methods ->
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

role-vet-provider = Mbo-school
role-employer = Leerbedrijf
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
section-follow-up = Nazorg en evaluatie
section-tips = Tips en valkuilen
section-checklists = Checklists

callout-tip = Tip
callout-example = Voorbeeld
callout-warning = Let op
callout-note = Lokale opmerking
