## Aðferð: Vettvangsheimsóknir og starfskynning

job-shadowing-title = Vettvangsheimsóknir og starfskynning
    .summary = Nemendur heimsækja vinnustaði og fylgja fagmanni eftir í einn eða tvo daga.

job-shadowing-intro =
    Í vettvangsheimsókn fer nemendahópur á vinnustað í nokkrar klukkustundir. Starfskynning gengur skrefinu lengra: nemandi fylgir einum fagmanni í gegnum vinnudaginn, fylgist með, spyr og hjálpar til þar sem það er öruggt.

    Hvort tveggja er auðveld leið til að byrja. Nemendur fá raunsanna mynd af starfinu áður en þeir velja sérsvið eða vinnustað fyrir vinnustaðanám og { -employer(def: "yes") } kynnist mögulegu framtíðarstarfsfólki með litlum tilkostnaði. Þar sem gestirnir eru oft undir 18 ára aldri og ókunnugir staðnum ræður öryggið mestu um skipulagið: hvað nemendur mega sjá, hvar þeir mega standa og hvað þeir mega snerta. Almennu reglurnar um ungmenni á vinnustað eru í kaflanum [Fyrstu skrefin](#getting-started); hér er fjallað um hvað þær þýða fyrir heimsókn.

job-shadowing-example =
    Starfsmenntaskóli á Selfossi vildi að nemendur á fyrsta ári í byggingagreinum skildu ólík störf á byggingarstað áður en þeir veldu á milli húsasmíði, pípulagna og rafvirkjunar. Byggingaverktaki á svæðinu féllst á tveggja þrepa verkefni: heimsókn á byggingarstað í sex manna hópum undir leiðsögn byggingarstjórans og mánuði síðar tveggja daga starfskynningu hjá húsasmið, pípulagningamanni eða rafvirkja.

    Heimsóknin gekk vel. Starfskynningin var erfiðari. Flestir nemendurnir voru sextán ára og samkvæmt eigin reglum verktakans máttu ungmenni undir 18 ára ekki koma nálægt vinnupöllum eða vinnu við raflagnir undir spennu, svo nemendurnir sem völdu rafvirkjun fylgdust með úr fjarlægð í tvo daga. Og flestar dagbækurnar voru nánast tómar, því „skrifaðu það sem þú sást“ sagði þeim ekki eftir hverju þeir ættu að taka.

    Fyrir næsta hóp skipulagði verktakinn starfskynningu hjá rafvirkja sem setti upp innstungur og ljós í fullbúnum húsum og skólinn setti í stað dagbókarinnar þrjár spurningar sem hver nemandi átti að svara fyrir lok dags. Skólinn hefur ákveðið að allir nemendur á fyrsta ári fari áfram í heimsókn á byggingarstað en að starfskynning standi aðeins þeim til boða sem óska eftir henni, þar sem ekki geta allar iðngreinar á byggingarstaðnum tekið á móti sextán ára nemanda í tvo daga.
    .title = Prófað í iðn- og tæknigreinum á Íslandi

job-shadowing-prep-vet-provider =
    1. Semjið við { -employer(case: "acc", def: "yes") } um dagsetningu, stærð hópsins og hvað nemendur mega sjá og gera, þar á meðal hvaða vinna er lokuð nemendum undir 18 ára aldri.
    2. Gangið úr skugga um að allir nemendur séu tryggðir í heimsókninni og skipuleggið ferðir og öryggisbúnað.
    3. Látið hvern nemanda fá tvær eða þrjár athugunarspurningar, til dæmis „Hvaða verk tók lengstan tíma og hvers vegna?“

job-shadowing-prep-employer =
    1. Veljið leiðsögumann fyrir heimsóknina og starfsfólk sem er tilbúið að leyfa nemanda að fylgja sér í einn dag.
    2. Skipuleggið leið um vinnustaðinn eða vinnudag sem sýnir dæmigerð verk og heldur gestum frá hættusvæðum.
    3. Undirbúið stutta öryggiskynningu og látið starfsfólk vita hvenær gestir eru væntanlegir.

job-shadowing-prep-student =
    1. Kynntu þér vinnustaðinn og starfið sem þú fylgist með.
    2. Athugaðu hverju þú átt að klæðast, hvenær þú átt að mæta og hvernig þú kemst á staðinn.

job-shadowing-do-vet-provider =
    1. Fylgið hópnum í vettvangsheimsóknina; verið til taks í síma á starfskynningardögunum.
    2. Haldið innan viku samantektarfund þar sem hver nemandi svarar athugunarspurningum sínum fyrir framan bekkinn.

job-shadowing-do-employer =
    1. Byrjið á öryggiskynningunni og sýnið hvert gestir mega og mega ekki fara.
    2. Segið frá því hvað þið eruð að gera og hvers vegna á meðan þið vinnið; venjuleg vinna kennir meira en sýning sem sett er upp fyrir gesti.
    3. Leyfið nemandanum að vinna einföld og örugg verk þar sem reglur ykkar leyfa það.

job-shadowing-do-student =
    1. Vertu hjá leiðsögumanninum þínum og fylgdu öryggisreglunum.
    2. Spurðu athugunarspurninganna þinna og skrifaðu svörin niður.
    3. Þakkaðu fólkinu sem þú hittir áður en þú ferð.

job-shadowing-follow-up =
    Sendið vinnustaðnum þakkir og samantekt á því sem nemendur tóku eftir; atvinnurekendum þykir það oft áhugaverðara en þeir bjuggust við. Spyrjið leiðsögumanninn hvað hafi verið erfitt. Vel heppnuð heimsókn er eðlilegt skref í átt að gestakennslu eða vinnustaðanámi á sama vinnustað.

job-shadowing-tips =
    Litlir hópar sjá meira og þvælast minna fyrir: sex nemendur eru nóg á annasömum byggingarstað eða í eldhúsi.
    .title = Góð ráð og gildrur

job-shadowing-check-vet-provider-agree-visit = Semjið um dagsetningu, stærð hóps og hvað nemendur mega gera.
job-shadowing-check-vet-provider-check-age = Kannið aldurstakmörk fyrir vinnuna sem nemendur sjá.
job-shadowing-check-vet-provider-arrange-transport = Kannið tryggingar; skipuleggið ferðir og búnað.
job-shadowing-check-vet-provider-observation-task = Látið hvern nemanda fá athugunarspurningar.
job-shadowing-check-vet-provider-reachable = Verið til taks í síma á starfskynningardögum.
job-shadowing-check-vet-provider-debrief = Haldið samantektarfund innan viku.
job-shadowing-check-vet-provider-thank = Sendið vinnustaðnum þakkir og samantekt.

job-shadowing-check-employer-choose-guide = Veljið leiðsögumann og starfsfólk sem nemendur fylgja.
job-shadowing-check-employer-plan-route = Skipuleggið leið sem sneiðir hjá hættusvæðum.
job-shadowing-check-employer-allowed-tasks = Skráið hvaða verk gestir mega vinna.
job-shadowing-check-employer-safety-briefing = Haldið öryggiskynningu við komuna.
job-shadowing-check-employer-inform-staff = Látið starfsfólk vita hvenær gestir koma.
job-shadowing-check-employer-explain-work = Segið hvað þið gerið og hvers vegna á meðan þið vinnið.

job-shadowing-check-student-research = Kynntu þér vinnustaðinn og starfið.
job-shadowing-check-student-check-clothing = Athugaðu fatnað, mætingartíma og ferðir.
job-shadowing-check-student-stay-with-guide = Vertu hjá leiðsögumanninum allan daginn.
job-shadowing-check-student-take-notes = Skrifaðu niður svörin við spurningunum þínum.
job-shadowing-check-student-thank = Þakkaðu fólkinu sem þú hittir.
job-shadowing-check-student-share = Segðu bekknum hvernig starfið er í raun.
