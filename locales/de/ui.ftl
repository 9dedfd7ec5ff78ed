## Begriffe: wiederkehrende Bezeichnungen mit den Formen, die das Deutsche braucht.
##
## Parameter (alle optional):
##   case:    nom (Standard), acc, dat, gen; am Satz- oder Listenanfang (großgeschrieben)
##            start (= Nominativ), start-acc, start-dat, start-gen,
##            z. B. { -vet-provider(article: "def", case: "start") } → „Die berufliche Schule“
##   number:  sg (Standard), pl
##   article: none (Standard, ohne Artikel), def (bestimmter Artikel), indef (unbestimmter Artikel)
## Mit `article` enthält die Form den Artikel selbst. Bei -vet-provider (Adjektiv +
## Substantiv) hängt die Adjektivendung vom Artikel ab: Den Artikel deshalb immer über
## `article` mitgeben, nie in die Nachricht schreiben. Bei -employer (nur Substantiv)
## darf die Nachricht den Artikel auch selbst setzen („der { -employer }“).
##
## Geschlechtergerechte Sprache, im ganzen Buch einheitlich: zuerst neutrale Formen
## (Lernende, Lehrkraft, Fachkraft, Betreuungsperson, Ansprechperson, Beschäftigte,
## Leitung, Vertretung); wo es keine gibt, die ausgeschriebene Paarform mit passenden
## Artikeln und Adjektiven (Kolleginnen und Kollegen, die oder der Lernende). Kein
## Gendersternchen, kein generisches Maskulinum für Personen.
##
## Fachbegriffe (deutsches System): „berufliche Schule“ ist der Oberbegriff für den
## schulischen Lernort (Berufsschule nur, wo die Teilzeitschule der dualen Ausbildung
## gemeint ist). Die betriebliche Betreuung heißt „Betreuungsperson“; „Ausbilderin oder
## Ausbilder“ nur für die Rolle nach BBiG/AEVO in der dualen Ausbildung. Abschluss- und
## Gesellenprüfungen der dualen Ausbildung nimmt die zuständige Stelle (Kammer) ab.
## Lernvereinbarung = learning agreement; Ausbildungsvertrag = apprenticeship contract;
## Praxisphase (im Betrieb) = placement / on-the-job learning period.

-brand = VET@work

# Berufliche Bildung (VET).
-vet = { $article ->
   *[none] { $case ->
       *[nom] berufliche Bildung
        [acc] berufliche Bildung
        [dat] beruflicher Bildung
        [gen] beruflicher Bildung
        [start] Berufliche Bildung
        [start-acc] Berufliche Bildung
        [start-dat] Beruflicher Bildung
        [start-gen] Beruflicher Bildung
    }
    [def] { $case ->
       *[nom] die berufliche Bildung
        [acc] die berufliche Bildung
        [dat] der beruflichen Bildung
        [gen] der beruflichen Bildung
        [start] Die berufliche Bildung
        [start-acc] Die berufliche Bildung
        [start-dat] Der beruflichen Bildung
        [start-gen] Der beruflichen Bildung
    }
}

# Der schulische Lernort: die berufliche Schule (feminin). Oberbegriff für Berufsschule,
# Berufsfachschule, Berufskolleg, berufsbildende Schule und ähnliche Einrichtungen.
# Den Artikel immer über `article` mitgeben (die Adjektivendung hängt davon ab).
-vet-provider = { $number ->
   *[sg] { $article ->
       *[none] { $case ->
           *[nom] berufliche Schule
            [acc] berufliche Schule
            [dat] beruflicher Schule
            [gen] beruflicher Schule
            [start] Berufliche Schule
            [start-acc] Berufliche Schule
            [start-dat] Beruflicher Schule
            [start-gen] Beruflicher Schule
        }
        [def] { $case ->
           *[nom] die berufliche Schule
            [acc] die berufliche Schule
            [dat] der beruflichen Schule
            [gen] der beruflichen Schule
            [start] Die berufliche Schule
            [start-acc] Die berufliche Schule
            [start-dat] Der beruflichen Schule
            [start-gen] Der beruflichen Schule
        }
        [indef] { $case ->
           *[nom] eine berufliche Schule
            [acc] eine berufliche Schule
            [dat] einer beruflichen Schule
            [gen] einer beruflichen Schule
            [start] Eine berufliche Schule
            [start-acc] Eine berufliche Schule
            [start-dat] Einer beruflichen Schule
            [start-gen] Einer beruflichen Schule
        }
    }
    [pl] { $article ->
       *[none] { $case ->
           *[nom] berufliche Schulen
            [acc] berufliche Schulen
            [dat] beruflichen Schulen
            [gen] beruflicher Schulen
            [start] Berufliche Schulen
            [start-acc] Berufliche Schulen
            [start-dat] Beruflichen Schulen
            [start-gen] Beruflicher Schulen
        }
        [def] { $case ->
           *[nom] die beruflichen Schulen
            [acc] die beruflichen Schulen
            [dat] den beruflichen Schulen
            [gen] der beruflichen Schulen
            [start] Die beruflichen Schulen
            [start-acc] Die beruflichen Schulen
            [start-dat] Den beruflichen Schulen
            [start-gen] Der beruflichen Schulen
        }
    }
}
-vet-providers = { $article ->
   *[none] { $case ->
       *[nom] berufliche Schulen
        [acc] berufliche Schulen
        [dat] beruflichen Schulen
        [gen] beruflicher Schulen
        [start] Berufliche Schulen
        [start-acc] Berufliche Schulen
        [start-dat] Beruflichen Schulen
        [start-gen] Beruflicher Schulen
    }
    [def] { $case ->
       *[nom] die beruflichen Schulen
        [acc] die beruflichen Schulen
        [dat] den beruflichen Schulen
        [gen] der beruflichen Schulen
        [start] Die beruflichen Schulen
        [start-acc] Die beruflichen Schulen
        [start-dat] Den beruflichen Schulen
        [start-gen] Der beruflichen Schulen
    }
}

# Der betriebliche Lernort: der Betrieb (maskulin: des Betriebs, die Betriebe, den Betrieben).
-employer = { $number ->
   *[sg] { $article ->
       *[none] { $case ->
           *[nom] Betrieb
            [acc] Betrieb
            [dat] Betrieb
            [gen] Betriebs
            [start] Betrieb
            [start-acc] Betrieb
            [start-dat] Betrieb
            [start-gen] Betriebs
        }
        [def] { $case ->
           *[nom] der Betrieb
            [acc] den Betrieb
            [dat] dem Betrieb
            [gen] des Betriebs
            [start] Der Betrieb
            [start-acc] Den Betrieb
            [start-dat] Dem Betrieb
            [start-gen] Des Betriebs
        }
        [indef] { $case ->
           *[nom] ein Betrieb
            [acc] einen Betrieb
            [dat] einem Betrieb
            [gen] eines Betriebs
            [start] Ein Betrieb
            [start-acc] Einen Betrieb
            [start-dat] Einem Betrieb
            [start-gen] Eines Betriebs
        }
    }
    [pl] { $article ->
       *[none] { $case ->
           *[nom] Betriebe
            [acc] Betriebe
            [dat] Betrieben
            [gen] Betriebe
            [start] Betriebe
            [start-acc] Betriebe
            [start-dat] Betrieben
            [start-gen] Betriebe
        }
        [def] { $case ->
           *[nom] die Betriebe
            [acc] die Betriebe
            [dat] den Betrieben
            [gen] der Betriebe
            [start] Die Betriebe
            [start-acc] Die Betriebe
            [start-dat] Den Betrieben
            [start-gen] Der Betriebe
        }
    }
}
-employers = { $article ->
   *[none] { $case ->
       *[nom] Betriebe
        [acc] Betriebe
        [dat] Betrieben
        [gen] Betriebe
        [start] Betriebe
        [start-acc] Betriebe
        [start-dat] Betrieben
        [start-gen] Betriebe
    }
    [def] { $case ->
       *[nom] die Betriebe
        [acc] die Betriebe
        [dat] den Betrieben
        [gen] der Betriebe
        [start] Die Betriebe
        [start-acc] Die Betriebe
        [start-dat] Den Betrieben
        [start-gen] Der Betriebe
    }
}

# Lernende: Auszubildende in der dualen Ausbildung ebenso wie Schülerinnen und Schüler
# in schulischen Bildungsgängen. Im Singular mit Paarartikel („die oder der Lernende“).
-student = { $number ->
   *[sg] { $article ->
       *[none] { $case ->
           *[nom] Lernende oder Lernender
            [acc] Lernende oder Lernenden
            [dat] Lernender oder Lernendem
            [gen] Lernender oder Lernenden
            [start] Lernende oder Lernender
            [start-acc] Lernende oder Lernenden
            [start-dat] Lernender oder Lernendem
            [start-gen] Lernender oder Lernenden
        }
        [def] { $case ->
           *[nom] die oder der Lernende
            [acc] die Lernende oder den Lernenden
            [dat] der oder dem Lernenden
            [gen] der oder des Lernenden
            [start] Die oder der Lernende
            [start-acc] Die Lernende oder den Lernenden
            [start-dat] Der oder dem Lernenden
            [start-gen] Der oder des Lernenden
        }
        [indef] { $case ->
           *[nom] eine Lernende oder ein Lernender
            [acc] eine Lernende oder einen Lernenden
            [dat] einer oder einem Lernenden
            [gen] einer oder eines Lernenden
            [start] Eine Lernende oder ein Lernender
            [start-acc] Eine Lernende oder einen Lernenden
            [start-dat] Einer oder einem Lernenden
            [start-gen] Einer oder eines Lernenden
        }
    }
    [pl] { $article ->
       *[none] { $case ->
           *[nom] Lernende
            [acc] Lernende
            [dat] Lernenden
            [gen] Lernender
            [start] Lernende
            [start-acc] Lernende
            [start-dat] Lernenden
            [start-gen] Lernender
        }
        [def] { $case ->
           *[nom] die Lernenden
            [acc] die Lernenden
            [dat] den Lernenden
            [gen] der Lernenden
            [start] Die Lernenden
            [start-acc] Die Lernenden
            [start-dat] Den Lernenden
            [start-gen] Der Lernenden
        }
    }
}
-students = { $article ->
   *[none] { $case ->
       *[nom] Lernende
        [acc] Lernende
        [dat] Lernenden
        [gen] Lernender
        [start] Lernende
        [start-acc] Lernende
        [start-dat] Lernenden
        [start-gen] Lernender
    }
    [def] { $case ->
       *[nom] die Lernenden
        [acc] die Lernenden
        [dat] den Lernenden
        [gen] der Lernenden
        [start] Die Lernenden
        [start-acc] Die Lernenden
        [start-dat] Den Lernenden
        [start-gen] Der Lernenden
    }
}

# Work mentor / learning master: die Person im Betrieb, die Lernende anleitet und
# begleitet. Neutral „Betreuungsperson“ (feminin), nicht „Ausbilderin/Ausbilder“:
# Das ist in Deutschland die Rolle mit Eignung nach BBiG und AEVO.
-work-mentor = { $number ->
   *[sg] { $article ->
       *[none] { $case ->
           *[nom] Betreuungsperson
            [acc] Betreuungsperson
            [dat] Betreuungsperson
            [gen] Betreuungsperson
            [start] Betreuungsperson
            [start-acc] Betreuungsperson
            [start-dat] Betreuungsperson
            [start-gen] Betreuungsperson
        }
        [def] { $case ->
           *[nom] die Betreuungsperson
            [acc] die Betreuungsperson
            [dat] der Betreuungsperson
            [gen] der Betreuungsperson
            [start] Die Betreuungsperson
            [start-acc] Die Betreuungsperson
            [start-dat] Der Betreuungsperson
            [start-gen] Der Betreuungsperson
        }
        [indef] { $case ->
           *[nom] eine Betreuungsperson
            [acc] eine Betreuungsperson
            [dat] einer Betreuungsperson
            [gen] einer Betreuungsperson
            [start] Eine Betreuungsperson
            [start-acc] Eine Betreuungsperson
            [start-dat] Einer Betreuungsperson
            [start-gen] Einer Betreuungsperson
        }
    }
    [pl] { $article ->
       *[none] { $case ->
           *[nom] Betreuungspersonen
            [acc] Betreuungspersonen
            [dat] Betreuungspersonen
            [gen] Betreuungspersonen
            [start] Betreuungspersonen
            [start-acc] Betreuungspersonen
            [start-dat] Betreuungspersonen
            [start-gen] Betreuungspersonen
        }
        [def] { $case ->
           *[nom] die Betreuungspersonen
            [acc] die Betreuungspersonen
            [dat] den Betreuungspersonen
            [gen] der Betreuungspersonen
            [start] Die Betreuungspersonen
            [start-acc] Die Betreuungspersonen
            [start-dat] Den Betreuungspersonen
            [start-gen] Der Betreuungspersonen
        }
    }
}

## Das Buch

book-title = { -brand }
book-subtitle = { $methods ->
    [one] Ein Weg zur Zusammenarbeit von { -vet-providers(case: "dat") } und { -employers(case: "dat") }
   *[other] { $methods } Wege zur Zusammenarbeit von { -vet-providers(case: "dat") } und { -employers(case: "dat") }
}
book-author = Die Partnerschaft { -brand }
book-publisher = Die Partnerschaft { -brand }
book-description =
    Ein Praxishandbuch für { -vet-providers(case: "acc") }, { -employers(case: "acc") } und { -students(case: "acc") } mit { $methods ->
        [one] einer erprobten Form
       *[other] { $methods } erprobten Formen
    } der Zusammenarbeit.
book-accessibility-summary = Der Text ist mit Überschriften, Listen und Tabellen gegliedert. Abbildungen haben Textalternativen. Checklisten sind einfache Listen.
book-colophon =
    Dieses Handbuch ist ein Ergebnis von { -brand }, einer strategischen Erasmus+-Partnerschaft in { -vet(article: "def", case: "dat") } mit der Projektnummer 2018-1-FI01-KA202-047198. Das Projekt lief vom 1. September 2018 bis zum 31. August 2021. Es wurde von Finnland aus koordiniert und über die finnische Nationale Agentur für Bildung (Opetushallitus) gefördert.

    Partner waren { -vet-providers } und { -employers } aus fünf Ländern: Finnland, Schweden, Island, den Niederlanden und Deutschland. Gemeinsam haben sie { $methods ->
        [one] die Methode
       *[other] die { $methods } Methoden
    } erprobt, die in diesem Handbuch beschrieben { $methods ->
        [one] ist
       *[other] sind
    }.

    Das Handbuch steht unter der Lizenz Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0). Sie dürfen es für beliebige Zwecke vervielfältigen, weitergeben und bearbeiten, sofern Sie die Partnerschaft { -brand } als Urheberin nennen, Änderungen kenntlich machen und Ihre bearbeitete Fassung unter derselben Lizenz weitergeben. Den vollständigen Lizenztext finden Sie unter [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

book-disclaimer =
    Dieses Handbuch wurde mit Unterstützung des Programms Erasmus+ der Europäischen Union erstellt. Die Unterstützung der Europäischen Kommission für die Erstellung dieser Veröffentlichung bedeutet keine Billigung der Inhalte. Diese geben allein die Ansichten der Autorinnen und Autoren wieder, und die Kommission haftet nicht für die weitere Verwendung der darin enthaltenen Informationen.

## Beschriftungen der Gestaltungsvorlagen

ui-contents = Inhalt
ui-method = Methode
ui-method-number = Methode { $number }
ui-roles = Beteiligte
ui-duration = Typische Dauer
ui-effort = Aufwand
ui-levels = Passt zu Partnerschaften
ui-summary = Kurz gesagt
ui-checklist = Checkliste
ui-date = Datum
ui-notes = Notizen
ui-continued = Fortsetzung
ui-colophon = Impressum
ui-project-number = Projektnummer
ui-licence = Lizenz
ui-published = Erschienen
ui-isbn = ISBN
ui-cover = Umschlag
ui-title-page = Titelseite
ui-methods-table-method = Methode
ui-methods-table-summary = Worum es geht

role-vet-provider = Berufliche Schule
role-employer = Betrieb
role-student = Lernende

effort-low = gering
effort-medium = mittel
effort-high = hoch

level-beginner = am Anfang
level-developing = im Aufbau
level-experienced = erfahren

duration-days = { $count ->
    [one] ein Tag
   *[other] { $count } Tage
}
duration-weeks = { $count ->
    [one] eine Woche
   *[other] { $count } Wochen
}
duration-months = { $count ->
    [one] ein Monat
   *[other] { $count } Monate
}

section-introduction = Einführung
section-example = Erprobtes Beispiel
section-preparation = Vorbereitung
section-implementation = Durchführung
section-follow-up = Nachbereitung und Auswertung
section-tips = Tipps und Stolpersteine
section-checklists = Checklisten

callout-tip = Tipp
callout-example = Beispiel
callout-warning = Achtung
callout-note = Hinweis für Deutschland

## cards
# The heading of the first checklist item on a card front.
ui-first-step = Erster Schritt

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
ui-url = Webadresse
# The heading of the number column in the table of methods.
ui-number = Nr.
# A date in the colophon. $year, $month (1-12) and $day are numbers.
ui-date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
