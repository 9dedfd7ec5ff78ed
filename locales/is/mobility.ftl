## Aðferð: Vinnustaðanám erlendis

mobility-title = Vinnustaðanám erlendis
    .summary = Nemendur læra á vinnustað í öðru landi og samstarfsaðilar í báðum löndum skipta verkum á milli sín.

mobility-intro =
    Vinnustaðanám erlendis veitir nemendum fagkunnáttu, tungumálakunnáttu og sjálfstraust sem erfitt er að öðlast heima. Þeir kynnast öðrum vinnubrögðum, læra að bjarga sér sjálfir og koma oft heim með ný markmið. Erasmus+ styrkir nemendur og starfsfólk í starfsmenntun um alla Evrópu til slíkrar dvalar.

    Gott vinnustaðanám erlendis krefst samstarfsaðila í báðum löndum: { -vet-provider(case: "gen") } sem sendir nemandann, móttökuskóla eða milliliðar og { -employer(case: "gen") } sem tekur á móti nemandanum og leggur til { -work-mentor(case: "acc") }. Í námssamkomulagi kemur fram hvað nemandinn á að læra og hvernig námið verður metið heima.

mobility-example =
    Garðyrkjunemar frá starfsmenntaskóla í Seinäjoki voru í fjórar vikur hjá gróðrarstöðvum í nágrenni Venlo í suðausturhluta Hollands. Hollenski samstarfsskólinn fann móttökufyrirtækin, útvegaði húsnæði og var tengiliður á staðnum.

    Fyrir brottför átti hver nemandi netfund með hollenska leiðbeinandanum sínum og skrifaði undir námssamkomulag þar sem verkefni í umhirðu ræktunar, loftslagsstýringu og pökkun voru talin upp. Nemendurnir fóru á stutt námskeið í ensku fyrir garðyrkju og alþjóðafulltrúi skólans hélt undirbúningsdag um hagnýt atriði, menningu og öryggi.

    Í lokin mátu leiðbeinendurnir nemendurna út frá umsömdum markmiðum og skólinn viðurkenndi tímabilið sem hluta af náminu. Nemendur sögðu að umfang hollensku framleiðslunnar hefði opnað augu þeirra. Árið eftir sendi hollenski skólinn sína eigin nemendur til Finnlands.
    .title = Prófað í garðyrkju í Finnlandi og Hollandi

mobility-prep-vet-provider =
    1. Finnið trausta samstarfsaðila erlendis og sækið um styrk tímanlega.
    2. Veljið og undirbúið nemendur: tungumál, menning, hagnýt atriði og öryggi.
    3. Gerið námssamkomulagið með móttökuaðilanum og semjið um hvernig tímabilið verður metið til eininga.

mobility-prep-employer =
    1. Semjið við samstarfsskólann um hvaða verkefni og námsmarkmið þið getið boðið upp á.
    2. Tilnefnið leiðbeinanda sem talar tungumál sem nemandinn skilur.
    3. Hittið nemandann á netinu fyrir komu hans og undirbúið móttökuna.

mobility-prep-student =
    1. Sæktu um og kynntu þér hvað vinnustaðanámið felur í sér.
    2. Gakktu frá skjölum, tryggingum og ferðum með alþjóðafulltrúanum.
    3. Lærðu grunnorð í tungumálinu og kynntu þér landið sem þú ferð til.

mobility-do-vet-provider =
    1. Haldið reglulegu sambandi við nemandann og móttökuaðilann.
    2. Hafið viðbragðsáætlun og einhvern sem alltaf er hægt að ná í.
    3. Styðjið leiðbeinandann við námsmatið í lokin.

mobility-do-employer =
    1. Takið vel á móti nemandanum og kynnið honum tungumálið, öryggismál og vinnustaðamenninguna.
    2. Látið nemandann fá raunveruleg verkefni samkvæmt námssamkomulaginu.
    3. Metið nemandann út frá umsömdum markmiðum.

mobility-do-student =
    1. Taktu fullan þátt í vinnunni og spurðu þegar þú skilur ekki.
    2. Haltu námsdagbók, í orðum eða myndum.
    3. Haltu sambandi við kennarann og láttu vita snemma af vandamálum.

mobility-follow-up =
    Þegar heim er komið skuluð þið meta tímabilið eins og samið var um og láta nemandann fá skjal á borð við Europass Mobility sem lýsir hæfninni sem hann öðlaðist. Leyfið nemendum að segja öðrum nemendum frá reynslu sinni og gefið móttökuaðilanum endurgjöf.

    Farið yfir samstarfið við erlendu samstarfsaðilana og ákveðið hvort halda eigi áfram eða skiptast á nemendum í hina áttina.

mobility-tips =
    - Byrjið snemma: fjármögnun, samstarfsaðilar og undirbúningur taka marga mánuði.
    - Skýrt námssamkomulag kemur í veg fyrir vonbrigði.
    - Vanmetið ekki heimþrá; reglulegt samband hjálpar.
    - Gagnkvæm nemendaskipti styrkja samstarfið.
    .title = Góð ráð og gildrur

mobility-check-vet-provider-find-partners = Finnið trausta samstarfsaðila og sækið um styrk.
mobility-check-vet-provider-prepare-students = Undirbúið nemendur varðandi tungumál, menningu og öryggi.
mobility-check-vet-provider-learning-agreement = Gerið námssamkomulagið.
mobility-check-vet-provider-emergency-plan = Hafið viðbragðsáætlun.
mobility-check-vet-provider-keep-contact = Haldið reglulegu sambandi.
mobility-check-vet-provider-recognise = Metið tímabilið til eininga heima.

mobility-check-employer-agree-tasks = Semjið um verkefnin og markmiðin sem þið getið boðið upp á.
mobility-check-employer-name-mentor = Tilnefnið leiðbeinanda sem talar sameiginlegt tungumál.
mobility-check-employer-meet-online = Hittið nemandann á netinu fyrir komu hans.
mobility-check-employer-induction = Kynnið nemandanum öryggismál og menningu við komuna.
mobility-check-employer-assess = Metið nemandann út frá markmiðunum.

mobility-check-student-prepare-documents = Gakktu frá skjölum, tryggingum og ferðum.
mobility-check-student-learn-language = Lærðu grunnorð í tungumálinu.
mobility-check-student-keep-log = Haltu námsdagbók.
mobility-check-student-stay-in-touch = Haltu sambandi við kennarann.
mobility-check-student-share = Segðu frá reynslu þinni þegar heim er komið.
