## Termer: återkommande namn. Parametern `form` väljer böjningsform:
## indef (obestämd singular), def (bestämd singular), indef-pl (obestämd plural),
## def-pl (bestämd plural), samt genitiv: indef-gen, def-gen, indef-pl-gen, def-pl-gen.
## Termerna börjar med liten bokstav; skriv ordet direkt i början av en mening.

-brand = VET@work
-vet = { $form ->
   *[indef] yrkesutbildning
    [def] yrkesutbildningen
    [indef-gen] yrkesutbildnings
    [def-gen] yrkesutbildningens
}
-vet-provider = { $form ->
   *[indef] utbildningsanordnare
    [def] utbildningsanordnaren
    [indef-pl] utbildningsanordnare
    [def-pl] utbildningsanordnarna
    [indef-gen] utbildningsanordnares
    [def-gen] utbildningsanordnarens
    [indef-pl-gen] utbildningsanordnares
    [def-pl-gen] utbildningsanordnarnas
}
-vet-providers = { $form ->
   *[indef-pl] utbildningsanordnare
    [def-pl] utbildningsanordnarna
    [indef-pl-gen] utbildningsanordnares
    [def-pl-gen] utbildningsanordnarnas
}
-employer = { $form ->
   *[indef] arbetsgivare
    [def] arbetsgivaren
    [indef-pl] arbetsgivare
    [def-pl] arbetsgivarna
    [indef-gen] arbetsgivares
    [def-gen] arbetsgivarens
    [indef-pl-gen] arbetsgivares
    [def-pl-gen] arbetsgivarnas
}
-employers = { $form ->
   *[indef-pl] arbetsgivare
    [def-pl] arbetsgivarna
    [indef-pl-gen] arbetsgivares
    [def-pl-gen] arbetsgivarnas
}
-student = { $form ->
   *[indef] elev
    [def] eleven
    [indef-pl] elever
    [def-pl] eleverna
    [indef-gen] elevs
    [def-gen] elevens
    [indef-pl-gen] elevers
    [def-pl-gen] elevernas
}
-students = { $form ->
   *[indef-pl] elever
    [def-pl] eleverna
    [indef-pl-gen] elevers
    [def-pl-gen] elevernas
}
-work-mentor = { $form ->
   *[indef] handledare
    [def] handledaren
    [indef-pl] handledare
    [def-pl] handledarna
    [indef-gen] handledares
    [def-gen] handledarens
    [indef-pl-gen] handledares
    [def-pl-gen] handledarnas
}

## Boken

book-title = { -brand }
book-subtitle = 12 sätt för utbildningsanordnare och arbetsgivare att samarbeta
book-author = Partnerskapet { -brand }
book-publisher = Partnerskapet { -brand }
book-description = En praktisk handbok för { -vet-providers }, { -employers } och { -students } om { $methods } beprövade sätt att samarbeta.
book-accessibility-summary = Texten är strukturerad med rubriker, listor och tabeller. Bilderna har textalternativ. Checklistorna är vanliga listor.
book-colophon =
    Den här handboken är ett resultat av { -brand }, ett strategiskt partnerskap inom Erasmus+ för yrkesutbildning med projektnummer 2018-1-FI01-KA202-047198. Projektet pågick från den 1 september 2018 till den 31 augusti 2021. Det samordnades från Finland och finansierades via Utbildningsstyrelsen i Finland.

    Parterna var { -vet-providers } och { -employers } från fem länder: Finland, Sverige, Island, Nederländerna och Tyskland. I varje land deltog båda slagen av parter. Tillsammans prövade de { $methods ->
        [one] den metod
       *[other] de { $methods } metoder
    } som beskrivs i handboken.

    Handboken ges ut under licensen Creative Commons Erkännande-DelaLika 4.0 Internationell (CC BY-SA 4.0). Du får kopiera, sprida och bearbeta den i vilket syfte som helst, förutsatt att du anger partnerskapet { -brand } som upphov, talar om vilka ändringar du har gjort och sprider din bearbetade version under samma licens. Hela licenstexten finns på [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

book-disclaimer =
    Handboken har tagits fram med stöd från Europeiska unionens program Erasmus+. Stödet innebär inte att Europeiska kommissionen ställer sig bakom innehållet, som enbart återspeglar författarnas egna åsikter. Kommissionen kan inte hållas ansvarig för hur informationen i handboken används.

## Gränssnittstexter som används av teman

ui-contents = Innehåll
ui-method = Metod
ui-method-number = Metod { $number }
ui-roles = Vilka som deltar
ui-duration = Typisk tidsåtgång
ui-effort = Arbetsinsats
ui-levels = Passar partnerskap som är
ui-summary = I korthet
ui-checklist = Checklista
ui-date = Datum
ui-notes = Anteckningar
ui-continued = forts.
ui-colophon = Utgivningsuppgifter
ui-project-number = Projektnummer
ui-licence = Licens
ui-published = Utgiven
ui-isbn = ISBN
ui-cover = Omslag
ui-title-page = Titelsida
ui-methods-table-method = Metod
ui-methods-table-summary = Vad den går ut på

role-vet-provider = Utbildningsanordnare
role-employer = Arbetsgivare
role-student = Elev

effort-low = låg
effort-medium = medel
effort-high = hög

level-beginner = nystartade
level-developing = under utveckling
level-experienced = erfarna

duration-days = { $count ->
    [one] en dag
   *[other] { $count } dagar
}
duration-weeks = { $count ->
    [one] en vecka
   *[other] { $count } veckor
}
duration-months = { $count ->
    [one] en månad
   *[other] { $count } månader
}

section-introduction = Inledning
section-example = Prövat i praktiken
section-preparation = Förberedelser
section-implementation = Genomförande
section-follow-up = Uppföljning och utvärdering
section-tips = Tips och fallgropar
section-checklists = Checklistor

callout-tip = Tips
callout-example = Exempel
callout-warning = Se upp
callout-note = Lokal anmärkning
