## Begriffe: wiederkehrende Bezeichnungen mit den Formen, die das Deutsche braucht.
##
## Parameter (alle optional):
##   case:    nom (Standard), acc, dat, gen
##   number:  sg (Standard), pl
##   article: none (Standard, ohne Artikel), def (bestimmter Artikel), indef (unbestimmter Artikel)
## Bei Personenbezeichnungen enthält die Form mit `article` den Artikel, damit die
## geschlechtergerechte Paarform stimmt (z. B. „der Ausbilderin oder dem Ausbilder“).
## Bei Sachbezeichnungen (Berufsschule, Betrieb) setzt die Nachricht den Artikel selbst.

-brand = VET@work

# Berufliche Bildung (VET). Mit article: def ergibt „die berufliche Bildung“ usw.
-vet = { $article ->
   *[none] { $case ->
       *[nom] berufliche Bildung
        [acc] berufliche Bildung
        [dat] beruflicher Bildung
        [gen] beruflicher Bildung
    }
    [def] { $case ->
       *[nom] die berufliche Bildung
        [acc] die berufliche Bildung
        [dat] der beruflichen Bildung
        [gen] der beruflichen Bildung
    }
}

# Der schulische Lernort: die Berufsschule (feminin, im Singular unveränderlich).
-vet-provider = { $number ->
   *[sg] { $case ->
       *[nom] Berufsschule
        [acc] Berufsschule
        [dat] Berufsschule
        [gen] Berufsschule
    }
    [pl] { $case ->
       *[nom] Berufsschulen
        [acc] Berufsschulen
        [dat] Berufsschulen
        [gen] Berufsschulen
    }
}
-vet-providers = { $case ->
   *[nom] Berufsschulen
    [acc] Berufsschulen
    [dat] Berufsschulen
    [gen] Berufsschulen
}

# Der betriebliche Lernort: der Betrieb (maskulin: des Betriebs, die Betriebe, den Betrieben).
-employer = { $number ->
   *[sg] { $case ->
       *[nom] Betrieb
        [acc] Betrieb
        [dat] Betrieb
        [gen] Betriebs
    }
    [pl] { $case ->
       *[nom] Betriebe
        [acc] Betriebe
        [dat] Betrieben
        [gen] Betriebe
    }
}
-employers = { $case ->
   *[nom] Betriebe
    [acc] Betriebe
    [dat] Betrieben
    [gen] Betriebe
}

# Lernende: Auszubildende in der dualen Ausbildung ebenso wie Schülerinnen und Schüler
# in schulischen Bildungsgängen.
-student = { $number ->
   *[sg] { $article ->
       *[none] { $case ->
           *[nom] Lernende oder Lernender
            [acc] Lernende oder Lernenden
            [dat] Lernender oder Lernendem
            [gen] Lernender oder Lernenden
        }
        [def] { $case ->
           *[nom] die oder der Lernende
            [acc] die Lernende oder den Lernenden
            [dat] der oder dem Lernenden
            [gen] der oder des Lernenden
        }
        [indef] { $case ->
           *[nom] eine Lernende oder ein Lernender
            [acc] eine Lernende oder einen Lernenden
            [dat] einer oder einem Lernenden
            [gen] einer oder eines Lernenden
        }
    }
    [pl] { $article ->
       *[none] { $case ->
           *[nom] Lernende
            [acc] Lernende
            [dat] Lernenden
            [gen] Lernender
        }
        [def] { $case ->
           *[nom] die Lernenden
            [acc] die Lernenden
            [dat] den Lernenden
            [gen] der Lernenden
        }
    }
}
-students = { $article ->
   *[none] { $case ->
       *[nom] Lernende
        [acc] Lernende
        [dat] Lernenden
        [gen] Lernender
    }
    [def] { $case ->
       *[nom] die Lernenden
        [acc] die Lernenden
        [dat] den Lernenden
        [gen] der Lernenden
    }
}

# Betriebliche Ausbilderinnen und Ausbilder (work mentor / learning master).
-work-mentor = { $number ->
   *[sg] { $article ->
       *[none] { $case ->
           *[nom] Ausbilderin oder Ausbilder
            [acc] Ausbilderin oder Ausbilder
            [dat] Ausbilderin oder Ausbilder
            [gen] Ausbilderin oder Ausbilders
        }
        [def] { $case ->
           *[nom] die Ausbilderin oder der Ausbilder
            [acc] die Ausbilderin oder den Ausbilder
            [dat] der Ausbilderin oder dem Ausbilder
            [gen] der Ausbilderin oder des Ausbilders
        }
        [indef] { $case ->
           *[nom] eine Ausbilderin oder ein Ausbilder
            [acc] eine Ausbilderin oder einen Ausbilder
            [dat] einer Ausbilderin oder einem Ausbilder
            [gen] einer Ausbilderin oder eines Ausbilders
        }
    }
    [pl] { $article ->
       *[none] { $case ->
           *[nom] Ausbilderinnen und Ausbilder
            [acc] Ausbilderinnen und Ausbilder
            [dat] Ausbilderinnen und Ausbildern
            [gen] Ausbilderinnen und Ausbilder
        }
        [def] { $case ->
           *[nom] die Ausbilderinnen und Ausbilder
            [acc] die Ausbilderinnen und Ausbilder
            [dat] den Ausbilderinnen und Ausbildern
            [gen] der Ausbilderinnen und Ausbilder
        }
    }
}

## Das Buch

book-title = { -brand }
book-subtitle = 12 Wege zur Zusammenarbeit von { -vet-providers(case: "dat") } und { -employers(case: "dat") }
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

    Partner waren { -vet-providers } und { -employers } aus fünf Ländern: Finnland, Schweden, Island, den Niederlanden und Deutschland. In jedem Land waren beide Seiten vertreten. Gemeinsam haben sie { $methods ->
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

role-vet-provider = Berufsschule
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
callout-note = Lokaler Hinweis
