## Aðferð: Kennarar aftur út í atvinnulífið

teacher-placement-title = Kennarar aftur út í atvinnulífið
    .summary = Kennarar starfa um tíma í fyrirtæki og færa vinnubrögð dagsins í dag aftur inn í skólann.

teacher-placement-intro =
    Atvinnulífið breytist hratt og kennarar sem hættu störfum í faginu fyrir mörgum árum geta misst tengslin við ný verkfæri, efni og vinnubrögð. Í vinnudvöl vinnur kennari í fyrirtæki í nokkra daga eða vikur og tekur þátt í daglegum störfum í stað þess að fylgjast með af hliðarlínunni.

    Kennarinn snýr aftur með uppfærða kunnáttu, ný dæmi og tengiliði. Fyrir { -employer(case: "acc", def: "yes") } þýðir þetta hæfan liðsauka, innsýn í skólastarfið og gott tækifæri til að hafa áhrif á það sem nemendur læra. Víða hefur vinnudvöl kennara leitt beint til betra vinnustaðanáms fyrir nemendur.

teacher-placement-example =
    Tveir garðyrkjukennarar frá hollenskum starfsmenntaskóla voru í tvær vikur hjá garðyrkjustöðvum í Westland-héraði, annar hjá tómataræktanda og hinn hjá ræktanda pottaplantna. Þeir unnu við hlið starfsfólksins, allt frá gróðursetningu og umhirðu til pökkunar fyrir útflutning.

    Kennurunum kom á óvart hve mikið loftslagsstýring, LED-lýsing og lífrænar varnir gegn meindýrum höfðu þróast frá því að þeir lærðu sjálfir. Með leyfi ræktendanna söfnuðu þeir ljósmyndum, gögnum úr loftslagstölvum og raunverulegum vinnuleiðbeiningum. Þegar þeir komu aftur í skólann endurskrifuðu þeir tvo áfanga út frá þessum gögnum.

    Ræktendurnir kunnu að meta spurningar kennaranna, sem fengu þá til að útskýra og endurskoða eigin verklag. Bæði fyrirtækin hafa síðan tekið við nemendum í vinnustaðanám og skólinn stefnir nú að því að hver garðyrkjukennari fari í vinnudvöl á þriggja ára fresti.
    .title = Prófað í garðyrkju í Hollandi

teacher-placement-prep-vet-provider =
    1. Gerið ráð fyrir vinnudvöl kennara í starfsþróunaráætlun og fjárhagsáætlun.
    2. Hjálpið kennaranum að setja sér markmið: hvaða kunnáttu og gögn hann á að koma með til baka.
    3. Skipuleggið forfallakennslu á meðan kennarinn er í burtu.

teacher-placement-prep-employer =
    1. Semjið við kennarann um dagsetningar, vinnutíma og verkefni.
    2. Tilnefnið tengilið sem leiðbeinir kennaranum.
    3. Kannið öryggisþjálfun, tryggingar og trúnaðarmál.

teacher-placement-prep-student =
    1. Segðu kennaranum hvað þú vilt vita um atvinnulífið í faginu.
    2. Undirbúðu spurningar sem kennarinn getur spurt í fyrirtækinu.
    3. Fylgstu með ef kennarinn segir frá vinnudvölinni á meðan hún stendur yfir.

teacher-placement-do-vet-provider =
    1. Vinnið sem hluti af starfsfólkinu á meðan á vinnudvölinni stendur og takið þátt í raunverulegum verkefnum.
    2. Haldið skrá yfir nýjar aðferðir, verkfæri og dæmi sem nýtast í kennslu.
    3. Safnið efni sem þið getið notað í skólanum, með leyfi.

teacher-placement-do-employer =
    1. Látið kennarann fá raunveruleg verkefni, ekki bara skoðunarferð.
    2. Sýnið nýjan búnað og nýjar aðferðir og útskýrið hvers vegna þið notið þær.
    3. Ræðið hvað þið viljið að nemendur læri áður en þeir koma til ykkar.

teacher-placement-do-student =
    1. Haltu áfram með námið á meðan kennarinn er í burtu.
    2. Notaðu spurningarnar þínar sem lítið verkefni, ef kennarinn leggur slíkt fyrir.
    3. Búðu þig undir að ræða það sem kennarinn kemur með til baka.

teacher-placement-follow-up =
    Að vinnudvölinni lokinni segir kennarinn samstarfsfólki frá því sem hann lærði og uppfærir að minnsta kosti eina kennslustund eða einn áfanga. Sendið fyrirtækinu stutta skýrslu um hverju var breytt í skólanum og þakkið starfsfólkinu sem hjálpaði til.

    Semjið við fyrirtækið um næsta skref, til dæmis vinnustaðanám nemenda eða gestakennslu. Metið vinnudvölina út frá markmiðunum sem sett voru í upphafi.

teacher-placement-tips =
    - Tvær vikur í raunverulegri vinnu kenna meira en mánuður af heimsóknum.
    - Semjið um trúnaðarreglur áður en kennarinn safnar efni.
    - Verkinu er ekki lokið þegar kennarinn snýr aftur. Skipuleggið hvernig þekkingunni verður miðlað.
    - Vinnudvöl á nokkurra ára fresti heldur kennurum í takt við atvinnulífið.
    .title = Góð ráð og gildrur

teacher-placement-check-vet-provider-plan-budget = Gerið ráð fyrir vinnudvöl kennara í áætlun og fjárhagsáætlun.
teacher-placement-check-vet-provider-set-goals = Setjið markmið fyrir vinnudvölina.
teacher-placement-check-vet-provider-arrange-cover = Skipuleggið forfallakennslu.
teacher-placement-check-vet-provider-keep-log = Haldið skrá yfir nýjar aðferðir og dæmi.
teacher-placement-check-vet-provider-update-module = Uppfærið að minnsta kosti eina kennslustund eða einn áfanga.
teacher-placement-check-vet-provider-share-colleagues = Segið samstarfsfólki frá því sem þið lærðuð.

teacher-placement-check-employer-agree-dates = Semjið um dagsetningar, vinnutíma og verkefni.
teacher-placement-check-employer-name-contact = Tilnefnið tengilið fyrir kennarann.
teacher-placement-check-employer-check-safety = Kannið öryggisþjálfun og trúnaðarmál.
teacher-placement-check-employer-real-tasks = Látið kennarann fá raunveruleg verkefni.
teacher-placement-check-employer-discuss-needs = Segið kennaranum hvað nemendur ættu að læra.

teacher-placement-check-student-share-wishes = Segðu kennaranum hvað þú vilt vita.
teacher-placement-check-student-prepare-questions = Undirbúðu spurningar fyrir fyrirtækið.
teacher-placement-check-student-keep-studying = Haltu þínu striki í náminu.
teacher-placement-check-student-discuss = Ræddu það sem kennarinn kemur með til baka.
teacher-placement-check-student-ask-placement = Spurðu hvort fyrirtækið taki nemendur í vinnustaðanám.
