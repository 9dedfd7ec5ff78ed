## Menetelmä: Työpaikkavierailu

workplace-visit-title = Työpaikkavierailu
    .summary = Opiskelijaryhmä viettää päivän työpaikalla oppaan kanssa.

workplace-visit-intro =
    Työpaikkavierailu on helpoin tapa aloittaa yhteistyö. Opiskelijat näkevät todellista työtä ja voivat kysyä sen tekijöiltä, ja työnantaja tapaa mahdollisia tulevia työntekijöitä pienin kustannuksin.

workplace-visit-tip =
    Anna jokaiselle opiskelijalle yksi kysymys, johon hänen pitää vastata päivän päätteeksi. Opiskelija, joka etsii jotakin, näkee enemmän.
    .title = Kysymykset tekevät vierailusta antoisan

workplace-visit-prep-vet-provider =
    1. Sopikaa päivämäärä, ryhmän koko ja se, mitä opiskelijat saavat nähdä ja tehdä.
    2. Kerro opiskelijoille, miten pukeutua ja miten paikalle pääsee.

workplace-visit-prep-employer =
    1. Valitse opas ja suunnittele reitti, joka näyttää tavallista työtä.
    2. Valmistele lyhyt turvallisuusperehdytys.

workplace-visit-prep-student =
    1. Ota selvää, mitä työpaikalla valmistetaan tai tehdään.
    2. Kirjoita muistiin yksi kysymys, jonka haluat esittää.

workplace-visit-check-vet-provider-agree-date = Sovi päivämäärä ja ryhmän koko työnantajan kanssa.
workplace-visit-check-vet-provider-brief-students = Kerro opiskelijoille vaatetuksesta, matkasta ja turvallisuudesta.
workplace-visit-check-vet-provider-debrief = Pidä lyhyt purkukeskustelu viikon sisällä.
workplace-visit-check-employer-choose-guide = Valitse päivälle opas.
workplace-visit-check-employer-safety = Aloita turvallisuusperehdytyksellä.
workplace-visit-check-employer-show-work = Näytä tavallista työtä ja selitä sitä.
workplace-visit-check-student-questions = Esitä kysymyksesi vierailun aikana.
workplace-visit-check-student-clothing = Pukeudu työpaikan ohjeiden mukaan.
workplace-visit-check-student-thank = Kiitä opastasi.
