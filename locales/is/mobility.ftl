## Aðferð: Vinnustaðanám erlendis

mobility-title = Vinnustaðanám erlendis
    .summary = Nemendur læra á vinnustað í öðru landi og samstarfsaðilar í báðum löndum skipta verkum á milli sín.

mobility-intro =
    Vinnustaðanám erlendis veitir nemendum fagkunnáttu, tungumálakunnáttu og sjálfstraust sem erfitt er að öðlast heima. Þeir kynnast öðrum vinnubrögðum og læra að bjarga sér sjálfir. Erasmus+ styrkir nemendur og starfsfólk í starfsmenntun um alla Evrópu til slíkrar dvalar.

    Til þess þarf samstarfsaðila í báðum löndum: { -vet-provider(case: "acc") } sem sendir nemandann, oft móttökuskóla eða millilið og { -employer(case: "acc") } í móttökulandinu með { -work-mentor(case: "acc") }. Leiðbeinandinn þarf ekki að tala tungumál nemandans, en þeir tveir þurfa sameiginlegt vinnumál sem báðir ráða við og hefur verið ákveðið fyrir brottför.

mobility-example =
    Garðyrkjunemar frá starfsmenntaskóla í Seinäjoki voru í fjórar vikur hjá gróðrarstöðvum í nágrenni Venlo í suðausturhluta Hollands. Hollenski samstarfsskólinn fann móttökufyrirtækin, útvegaði húsnæði og var tengiliður á staðnum.

    Hver nemandi skrifaði undir námssamkomulag og átti netfund með móttökufyrirtækinu fyrir brottför. Hjá einu fyrirtækinu var sá fundur með starfsmannastjóranum og fyrsta daginn komst nemandinn að því að leiðbeinandinn hans talaði hollensku og dálitla þýsku en nánast enga ensku. Í viku hermdi hann eftir öðrum og skildi lítið. Þá fékk samstarfsskólinn tvítyngdan starfsmann til að útskýra verkefni dagsins á hverjum morgni og leiðbeinandinn sýndi afganginn með myndum og bendingum. Í þriðju viku stjórnaði nemandinn pökkunarlínu upp á eigin spýtur.

    Regla skólans fyrir næsta hóp: netfundurinn er með leiðbeinandanum og hann og nemandinn ákveða sameiginlegt vinnumál fyrir brottför.
    .title = Prófað í garðyrkju í Finnlandi og Hollandi

mobility-agreement =
    Í Erasmus+ skrifa sendiskólinn, móttökuaðilinn og nemandinn undir námssamkomulag fyrir brottför. Auk markmiða, verkefna og tímasetninga sem eru í öllu námssamkomulagi (sjá [kaflann um vinnustaðanám](#placement)) kemur þar fram:

    - hæfniviðmiðin og hver metur þau og hvernig;
    - hvernig tímabilið verður metið inn í nám nemandans heima;
    - leiðbeinandinn hjá móttökuaðilanum og tengiliðurinn í sendiskólanum;
    - vinnumálið.

    Kannið tryggingar áður en nokkur skrifar undir. Í Erasmus+ er ætlast til þess að sendiaðilinn tryggi að allir þátttakendur séu tryggðir. Evrópska sjúkratryggingakortið nær yfir nauðsynlega heilbrigðisþjónustu í opinbera kerfinu innan EES, en ekki allt: nemendur þurfa líka slysa- og ábyrgðartryggingu, bæði við vinnu og í frítíma, og tryggingu fyrir óvæntri heimferð. Semjið skriflega um hver sér um hvað.
    .title = Námssamkomulag og tryggingar

mobility-insurance =
    Evrópska sjúkratryggingakortið fæst hjá Sjúkratryggingum Íslands. Kannið hvaða slysa-, ábyrgðar- og ferðatryggingar skólinn hefur og hvað nemandinn eða fjölskylda hans þarf að tryggja sjálf. Rannís, landsskrifstofa Erasmus+ á Íslandi, svarar spurningum um kröfur áætlunarinnar.
    .title = Á Íslandi

mobility-prep-vet-provider =
    1. Finnið trausta samstarfsaðila erlendis og sækið um styrk, oft ári fyrir fram.
    2. Veljið nemendur og undirbúið þá: tungumál, menning, fjármál, öryggi og hvað á að gera í neyð.
    3. Gerið námssamkomulagið með móttökuaðilanum og kannið tryggingar hvers nemanda.

mobility-prep-employer =
    1. Semjið við samstarfsskólann um hvaða verkefni og námsmarkmið þið getið boðið upp á á þeim árstíma.
    2. Tilnefnið leiðbeinandann og látið hann hitta nemandann á netinu til að ákveða vinnumál.
    3. Undirbúið móttöku sem nýliði getur fylgt: öryggisreglur með myndum, nöfn og símanúmer.

mobility-prep-student =
    1. Gakktu frá skilríkjum, Evrópska sjúkratryggingakortinu og ferðum með alþjóðafulltrúanum og kynntu þér hvað tryggingin þín nær yfir.
    2. Lærðu orðin yfir verkfærin þín og öryggisatriði á vinnumálinu.

mobility-do-vet-provider =
    1. Hringið í nemandann fyrstu dagana og síðan á umsömdum tímum; hringið að minnsta kosti einu sinni í móttökuaðilann.
    2. Hafið einhvern til taks allan sólarhringinn, með viðbragðsáætlun.
    3. Hjálpið leiðbeinandanum að meta nemandann út frá námssamkomulaginu í lokin.

mobility-do-employer =
    1. Byrjið á öryggismálum og látið nemandann svo fá raunveruleg verkefni samkvæmt námssamkomulaginu.
    2. Gangið snemma úr skugga um að nemandinn skilji fyrirmæli og sýnið frekar en segið þegar orðin duga ekki.
    3. Metið nemandann út frá umsömdum hæfniviðmiðum og skrifið undir skjölin sem þarf til að fá tímabilið metið.

mobility-do-student =
    1. Haltu námsdagbók, í orðum eða myndum.
    2. Láttu kennarann vita snemma ef verkefnin, húsnæðið eða tungumálið ganga ekki upp.

mobility-follow-up =
    Þegar heim er komið skuluð þið meta tímabilið eins og samið var um og láta nemandann fá skjal á borð við Europass Mobility sem lýsir hæfninni sem hann öðlaðist. Leyfið nemendum að segja öðrum frá reynslu sinni, gefið móttökuaðilanum endurgjöf og ákveðið með samstarfsaðilunum hvort halda eigi áfram eða skiptast á nemendum í hina áttina.

mobility-tips =
    - Byrjið snemma: fjármögnun, samstarfsaðilar og undirbúningur taka marga mánuði.
    - Heimþrá er algeng fyrstu vikurnar; símtöl á umsömdum tímum hjálpa meira en loforð um að vera alltaf til taks.
    .title = Góð ráð og gildrur

mobility-check-vet-provider-find-partners = Finnið samstarfsaðila erlendis og sækið tímanlega um styrk.
mobility-check-vet-provider-prepare-students = Haldið undirbúningsdag: menning, fjármál, öryggi.
mobility-check-vet-provider-learning-agreement = Látið alla þrjá aðila skrifa undir námssamkomulagið.
mobility-check-vet-provider-check-insurance = Kannið sjúkra-, slysa- og ábyrgðartryggingu hvers nemanda.
mobility-check-vet-provider-emergency-plan = Látið nemendur fá neyðarnúmer sem svarar allan sólarhringinn.
mobility-check-vet-provider-keep-contact = Hringið í nemandann fyrstu vikuna.
mobility-check-vet-provider-recognise = Metið tímabilið inn í nám nemandans.

mobility-check-employer-agree-tasks = Semjið um verkefnin og markmiðin sem þið getið boðið.
mobility-check-employer-name-mentor = Tilnefnið leiðbeinanda og ákveðið vinnumál.
mobility-check-employer-meet-online = Látið leiðbeinandann hitta nemandann fyrst á netinu.
mobility-check-employer-induction = Haldið öryggisfræðslu sem nemandinn skilur.
mobility-check-employer-assess = Metið nemandann út frá umsömdum hæfniviðmiðum.
mobility-check-employer-sign-documents = Skrifið undir skjölin sem þarf til að fá tímabilið metið.

mobility-check-student-prepare-documents = Taktu með skilríki og sjúkratryggingakortið.
mobility-check-student-check-insurance = Kynntu þér hvað tryggingin þín nær yfir.
mobility-check-student-learn-language = Lærðu orðin yfir verkfæri og öryggisatriði.
mobility-check-student-keep-log = Haltu námsdagbók.
mobility-check-student-stay-in-touch = Láttu kennarann vita snemma ef eitthvað fer úrskeiðis.
mobility-check-student-share = Segðu öðrum nemendum frá dvölinni.
