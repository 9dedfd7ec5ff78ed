## Hugtök: nöfn sem koma oft fyrir. Hvert hugtak tekur færibreytuna `case`
## (nom = nf., acc = þf., dat = þgf., gen = ef.) og `def` (yes = með greini).
## Dæmi: { -employer(case: "dat", def: "yes") } → atvinnurekandanum.

-brand = VET@work

-vet = { $def ->
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

-vet-provider = { $def ->
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

-vet-providers = { $def ->
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

-employer = { $def ->
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

-employers = { $def ->
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

-student = { $def ->
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

-students = { $def ->
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

-work-mentor = { $def ->
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

## Bókin

book-title = { -brand }
book-subtitle = 12 leiðir til samstarfs skóla og atvinnulífs í starfsmenntun
book-author = { -brand }-samstarfið
book-publisher = { -brand }-samstarfið
book-description = Hagnýt handbók fyrir { -vet-providers(case: "acc") }, { -employers(case: "acc") } og { -students(case: "acc") } um { $methods ->
        [one] { $methods } reynda leið
       *[other] { $methods } reyndar leiðir
    } til samstarfs.
book-accessibility-summary = Textanum er skipt upp með fyrirsögnum, listum og töflum. Myndir hafa textalýsingu. Gátlistar eru venjulegir listar.
book-colophon =
    Þessi handbók er afrakstur verkefnisins { -brand }, sem er samstarfsverkefni um starfsmenntun innan Erasmus+ áætlunarinnar, verkefnisnúmer 2018-1-FI01-KA202-047198. Verkefnið stóð frá 1. september 2018 til 31. ágúst 2021. Því var stýrt frá Finnlandi og það var fjármagnað í gegnum finnsku menntamálastofnunina (Opetushallitus).

    Samstarfsaðilar voru { -vet-providers } og { -employers } frá fimm löndum: Finnlandi, Svíþjóð, Íslandi, Hollandi og Þýskalandi. Í hverju landi tóku bæði skólar og atvinnurekendur þátt. Saman prófuðu þeir { $methods ->
        [one] { $methods } aðferð
       *[other] { $methods } aðferðir
    } sem lýst er í þessari handbók.

    Handbókin er gefin út með Creative Commons-leyfinu Attribution-ShareAlike 4.0 International (CC BY-SA 4.0). Heimilt er að afrita hana, dreifa henni og aðlaga í hvaða tilgangi sem er, að því tilskildu að { -brand }-samstarfsins sé getið, að tekið sé fram hverju hefur verið breytt og að aðlöguð útgáfa sé gefin út með sama leyfi. Leyfið í heild sinni er á [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

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
callout-note = Staðbundin athugasemd
