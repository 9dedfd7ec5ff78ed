## Termer: återkommande namn. Parametern `form` väljer böjningsform:
## indef (obestämd singular), def (bestämd singular), indef-pl (obestämd plural),
## def-pl (bestämd plural), samt genitiv: indef-gen, def-gen, indef-pl-gen, def-pl-gen.
## Varje form finns också med stor begynnelsebokstav för början av en mening:
## lägg till -start, t.ex. { -vet-provider(form: "def-start") } = Utbildningsanordnaren.
## Utan parameter används grundformen (obestämd singular, eller obestämd plural för
## pluraltermerna).

-brand = VET@work
-vet = { $form ->
   *[indef] yrkesutbildning
    [def] yrkesutbildningen
    [indef-gen] yrkesutbildnings
    [def-gen] yrkesutbildningens
    [indef-start] Yrkesutbildning
    [def-start] Yrkesutbildningen
    [indef-gen-start] Yrkesutbildnings
    [def-gen-start] Yrkesutbildningens
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
    [indef-start] Utbildningsanordnare
    [def-start] Utbildningsanordnaren
    [indef-pl-start] Utbildningsanordnare
    [def-pl-start] Utbildningsanordnarna
    [indef-gen-start] Utbildningsanordnares
    [def-gen-start] Utbildningsanordnarens
    [indef-pl-gen-start] Utbildningsanordnares
    [def-pl-gen-start] Utbildningsanordnarnas
}
-vet-providers = { $form ->
   *[indef-pl] utbildningsanordnare
    [def-pl] utbildningsanordnarna
    [indef-pl-gen] utbildningsanordnares
    [def-pl-gen] utbildningsanordnarnas
    [indef-pl-start] Utbildningsanordnare
    [def-pl-start] Utbildningsanordnarna
    [indef-pl-gen-start] Utbildningsanordnares
    [def-pl-gen-start] Utbildningsanordnarnas
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
    [indef-start] Arbetsgivare
    [def-start] Arbetsgivaren
    [indef-pl-start] Arbetsgivare
    [def-pl-start] Arbetsgivarna
    [indef-gen-start] Arbetsgivares
    [def-gen-start] Arbetsgivarens
    [indef-pl-gen-start] Arbetsgivares
    [def-pl-gen-start] Arbetsgivarnas
}
-employers = { $form ->
   *[indef-pl] arbetsgivare
    [def-pl] arbetsgivarna
    [indef-pl-gen] arbetsgivares
    [def-pl-gen] arbetsgivarnas
    [indef-pl-start] Arbetsgivare
    [def-pl-start] Arbetsgivarna
    [indef-pl-gen-start] Arbetsgivares
    [def-pl-gen-start] Arbetsgivarnas
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
    [indef-start] Elev
    [def-start] Eleven
    [indef-pl-start] Elever
    [def-pl-start] Eleverna
    [indef-gen-start] Elevs
    [def-gen-start] Elevens
    [indef-pl-gen-start] Elevers
    [def-pl-gen-start] Elevernas
}
-students = { $form ->
   *[indef-pl] elever
    [def-pl] eleverna
    [indef-pl-gen] elevers
    [def-pl-gen] elevernas
    [indef-pl-start] Elever
    [def-pl-start] Eleverna
    [indef-pl-gen-start] Elevers
    [def-pl-gen-start] Elevernas
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
    [indef-start] Handledare
    [def-start] Handledaren
    [indef-pl-start] Handledare
    [def-pl-start] Handledarna
    [indef-gen-start] Handledares
    [def-gen-start] Handledarens
    [indef-pl-gen-start] Handledares
    [def-pl-gen-start] Handledarnas
}

## Boken

book-title = { -brand }
book-subtitle = { $methods ->
    [one] Ett sätt för { -vet-providers } och { -employers } att samarbeta
   *[other] { $methods } sätt för { -vet-providers } och { -employers } att samarbeta
}
book-author = Partnerskapet { -brand }
book-publisher = Partnerskapet { -brand }
book-description = En praktisk handbok för { -vet-providers }, { -employers } och { -students } om { $methods } beprövade sätt att samarbeta.
book-accessibility-summary = Texten är strukturerad med rubriker, listor och tabeller. Bilderna har textalternativ. Checklistorna är vanliga listor.
book-colophon =
    Den här handboken är ett resultat av { -brand }, ett strategiskt partnerskap inom Erasmus+ för yrkesutbildning med projektnummer 2018-1-FI01-KA202-047198. Projektet pågick från den 1 september 2018 till den 31 augusti 2021. Det samordnades från Finland och finansierades via Utbildningsstyrelsen i Finland.

    Partnerna var { -vet-providers } och { -employers } från fem länder: Finland, Sverige, Island, Nederländerna och Tyskland. Tillsammans prövade de { $methods ->
        [one] den metod
       *[other] de { $methods } metoder
    } som beskrivs i handboken.

    Handboken ges ut under licensen Creative Commons Erkännande-DelaLika 4.0 Internationell (CC BY-SA 4.0). Den får kopieras, spridas och bearbetas i vilket syfte som helst, förutsatt att partnerskapet { -brand } anges som upphov, att det framgår vilka ändringar som har gjorts och att bearbetade versioner sprids under samma licens. Hela licenstexten finns på [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

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

## cards
# The heading of the first checklist item on a card front.
ui-first-step = Första steget

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
ui-url = Webbadress
# The heading of the number column in the table of methods.
ui-number = Nr
# A date in the colophon. $year, $month (1-12) and $day are numbers.
ui-date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
