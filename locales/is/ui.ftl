## Hugtök: nöfn sem koma oft fyrir. Hvert hugtak (nema -brand) tekur færibreyturnar
## `case` (nom = nf., acc = þf., dat = þgf., gen = ef.; sjálfgefið nom), `def`
## (yes = með greini; sjálfgefið no) og `start` (yes = með stórum upphafsstaf, í
## upphafi setningar; sjálfgefið no).
## Dæmi: { -employer(case: "dat", def: "yes") } → atvinnurekandanum;
## { -employer(def: "yes", start: "yes") } → Atvinnurekandinn.

-brand = VET@work

-vet = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Starfsmenntunina
            [dat] Starfsmenntuninni
            [gen] Starfsmenntunarinnar
           *[nom] Starfsmenntunin
        }
       *[no] { $case ->
            [acc] Starfsmenntun
            [dat] Starfsmenntun
            [gen] Starfsmenntunar
           *[nom] Starfsmenntun
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] starfsmenntunina
            [dat] starfsmenntuninni
            [gen] starfsmenntunarinnar
           *[nom] starfsmenntunin
        }
       *[no] { $case ->
            [acc] starfsmenntun
            [dat] starfsmenntun
            [gen] starfsmenntunar
           *[nom] starfsmenntun
        }
    }
}

-vet-provider = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Skólann
            [dat] Skólanum
            [gen] Skólans
           *[nom] Skólinn
        }
       *[no] { $case ->
            [acc] Skóla
            [dat] Skóla
            [gen] Skóla
           *[nom] Skóli
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] skólann
            [dat] skólanum
            [gen] skólans
           *[nom] skólinn
        }
       *[no] { $case ->
            [acc] skóla
            [dat] skóla
            [gen] skóla
           *[nom] skóli
        }
    }
}

-vet-providers = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Skólana
            [dat] Skólunum
            [gen] Skólanna
           *[nom] Skólarnir
        }
       *[no] { $case ->
            [acc] Skóla
            [dat] Skólum
            [gen] Skóla
           *[nom] Skólar
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] skólana
            [dat] skólunum
            [gen] skólanna
           *[nom] skólarnir
        }
       *[no] { $case ->
            [acc] skóla
            [dat] skólum
            [gen] skóla
           *[nom] skólar
        }
    }
}

-employer = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Atvinnurekandann
            [dat] Atvinnurekandanum
            [gen] Atvinnurekandans
           *[nom] Atvinnurekandinn
        }
       *[no] { $case ->
            [acc] Atvinnurekanda
            [dat] Atvinnurekanda
            [gen] Atvinnurekanda
           *[nom] Atvinnurekandi
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] atvinnurekandann
            [dat] atvinnurekandanum
            [gen] atvinnurekandans
           *[nom] atvinnurekandinn
        }
       *[no] { $case ->
            [acc] atvinnurekanda
            [dat] atvinnurekanda
            [gen] atvinnurekanda
           *[nom] atvinnurekandi
        }
    }
}

-employers = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Atvinnurekendurna
            [dat] Atvinnurekendunum
            [gen] Atvinnurekendanna
           *[nom] Atvinnurekendurnir
        }
       *[no] { $case ->
            [acc] Atvinnurekendur
            [dat] Atvinnurekendum
            [gen] Atvinnurekenda
           *[nom] Atvinnurekendur
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] atvinnurekendurna
            [dat] atvinnurekendunum
            [gen] atvinnurekendanna
           *[nom] atvinnurekendurnir
        }
       *[no] { $case ->
            [acc] atvinnurekendur
            [dat] atvinnurekendum
            [gen] atvinnurekenda
           *[nom] atvinnurekendur
        }
    }
}

-student = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Nemandann
            [dat] Nemandanum
            [gen] Nemandans
           *[nom] Nemandinn
        }
       *[no] { $case ->
            [acc] Nemanda
            [dat] Nemanda
            [gen] Nemanda
           *[nom] Nemandi
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] nemandann
            [dat] nemandanum
            [gen] nemandans
           *[nom] nemandinn
        }
       *[no] { $case ->
            [acc] nemanda
            [dat] nemanda
            [gen] nemanda
           *[nom] nemandi
        }
    }
}

-students = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Nemendurna
            [dat] Nemendunum
            [gen] Nemendanna
           *[nom] Nemendurnir
        }
       *[no] { $case ->
            [acc] Nemendur
            [dat] Nemendum
            [gen] Nemenda
           *[nom] Nemendur
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] nemendurna
            [dat] nemendunum
            [gen] nemendanna
           *[nom] nemendurnir
        }
       *[no] { $case ->
            [acc] nemendur
            [dat] nemendum
            [gen] nemenda
           *[nom] nemendur
        }
    }
}

-work-mentor = { $start ->
    [yes] { $def ->
        [yes] { $case ->
            [acc] Leiðbeinandann á vinnustaðnum
            [dat] Leiðbeinandanum á vinnustaðnum
            [gen] Leiðbeinandans á vinnustaðnum
           *[nom] Leiðbeinandinn á vinnustaðnum
        }
       *[no] { $case ->
            [acc] Leiðbeinanda á vinnustað
            [dat] Leiðbeinanda á vinnustað
            [gen] Leiðbeinanda á vinnustað
           *[nom] Leiðbeinandi á vinnustað
        }
    }
   *[no] { $def ->
        [yes] { $case ->
            [acc] leiðbeinandann á vinnustaðnum
            [dat] leiðbeinandanum á vinnustaðnum
            [gen] leiðbeinandans á vinnustaðnum
           *[nom] leiðbeinandinn á vinnustaðnum
        }
       *[no] { $case ->
            [acc] leiðbeinanda á vinnustað
            [dat] leiðbeinanda á vinnustað
            [gen] leiðbeinanda á vinnustað
           *[nom] leiðbeinandi á vinnustað
        }
    }
}

## Bókin

book-title = { -brand }
book-subtitle = { $methods ->
        [one] { $methods } leið til samstarfs { -vet-providers(case: "gen") } og { -employers(case: "gen") }
       *[other] { $methods } leiðir til samstarfs { -vet-providers(case: "gen") } og { -employers(case: "gen") }
    }
book-author = { -brand }-samstarfið
book-publisher = { -brand }-samstarfið
book-description = Hagnýt handbók fyrir { -vet-providers(case: "acc") }, { -employers(case: "acc") } og { -students(case: "acc") } um { $methods ->
        [one] { $methods } reynda leið
       *[other] { $methods } reyndar leiðir
    } til samstarfs.
book-accessibility-summary = Textanum er skipt upp með fyrirsögnum, listum og töflum. Myndir hafa textalýsingu. Gátlistar eru venjulegir listar.
book-colophon =
    Þessi handbók er afrakstur verkefnisins { -brand }, sem er samstarfsverkefni um starfsmenntun innan Erasmus+ áætlunarinnar, verkefnisnúmer 2018-1-FI01-KA202-047198. Verkefnið stóð frá 1. september 2018 til 31. ágúst 2021. Því var stýrt frá Finnlandi og það var fjármagnað í gegnum finnsku menntamálastofnunina (Opetushallitus).

    Samstarfsaðilar voru { -vet-providers } og { -employers } frá fimm löndum: Finnlandi, Svíþjóð, Íslandi, Hollandi og Þýskalandi. Saman prófuðu þeir { $methods ->
        [one] { $methods } aðferð
       *[other] { $methods } aðferðir
    } sem lýst er í þessari handbók.

    Handbókin er gefin út samkvæmt Creative Commons-leyfinu Nafngreining-DeilaEins 4.0 alþjóðlegt (CC BY-SA 4.0). Heimilt er að afrita hana, dreifa henni og aðlaga í hvaða tilgangi sem er, að því tilskildu að { -brand }-samstarfsins sé getið, að tekið sé fram hverju hefur verið breytt og að aðlöguð útgáfa sé gefin út með sama leyfi. Leyfið í heild sinni er á [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

book-disclaimer =
    Handbókin var unnin með styrk úr Erasmus+ áætlun Evrópusambandsins. Stuðningur framkvæmdastjórnar Evrópusambandsins við útgáfuna felur ekki í sér samþykki á efni hennar, sem endurspeglar einungis viðhorf höfunda. Framkvæmdastjórnin ber enga ábyrgð á því hvernig upplýsingarnar í handbókinni kunna að verða notaðar.

## Merkingar í viðmóti sem þemun nota

ui-contents = Efnisyfirlit
ui-method = Aðferð
ui-method-number = Aðferð { $number }
ui-roles = Hverjir taka þátt
ui-duration = Venjuleg lengd
ui-effort = Fyrirhöfn
ui-levels = Hentar samstarfi sem er
ui-summary = Í stuttu máli
ui-checklist = Gátlisti
ui-date = Dagsetning
ui-notes = Athugasemdir
ui-continued = framhald
ui-colophon = Útgáfuupplýsingar
ui-project-number = Verkefnisnúmer
ui-licence = Leyfi
ui-published = Útgefið
ui-isbn = ISBN
ui-cover = Kápa
ui-title-page = Titilsíða
ui-methods-table-method = Aðferð
ui-methods-table-summary = Í hverju hún felst

role-vet-provider = Skóli
role-employer = Atvinnurekandi
role-student = Nemandi

effort-low = lítil
effort-medium = miðlungs
effort-high = mikil

level-beginner = á byrjunarstigi
level-developing = í þróun
level-experienced = reynslumikið

duration-days = { $count ->
    [one] { $count } dagur
   *[other] { $count } dagar
}
duration-weeks = { $count ->
    [one] { $count } vika
   *[other] { $count } vikur
}
duration-months = { $count ->
    [one] { $count } mánuður
   *[other] { $count } mánuðir
}

section-introduction = Inngangur
section-example = Dæmi úr prófun
section-preparation = Undirbúningur
section-implementation = Framkvæmd
section-follow-up = Eftirfylgni og mat
section-tips = Góð ráð og gildrur
section-checklists = Gátlistar

callout-tip = Ábending
callout-example = Dæmi
callout-warning = Varúð
callout-note = Á Íslandi

## cards
# The heading of the first checklist item on a card front.
ui-first-step = Fyrsta skrefið

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
ui-url = Vefslóð
# The heading of the number column in the table of methods.
ui-number = Nr.
# A date in the colophon. $year, $month (1-12) and $day are numbers.
ui-date-long = { $day }. { $month ->
    [1] janúar
    [2] febrúar
    [3] mars
    [4] apríl
    [5] maí
    [6] júní
    [7] júlí
    [8] ágúst
    [9] september
    [10] október
    [11] nóvember
   *[12] desember
} { $year }
