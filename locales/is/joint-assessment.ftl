## Aðferð: Sameiginlegt námsmat og verklegt hæfnimat

joint-assessment-title = Sameiginlegt námsmat og verklegt hæfnimat
    .summary = Kennarar og leiðbeinendur á vinnustað meta nemendur saman eftir sameiginlegum viðmiðum og í raunverulegum verkefnum.

joint-assessment-intro =
    Í verklegu hæfnimati sýnir nemandi með raunverulegri vinnu að hann hafi náð námsmarkmiðum áfanga. Þegar kennari og { -work-mentor } meta saman verður niðurstaðan sanngjarnari og merkingarbærari: leiðbeinandinn veit hvaða kröfur starfið gerir og kennarinn þekkir námsbrautina og matsviðmið hennar.

    Sameiginlegt námsmat krefst undirbúnings. Báðir matsaðilar þurfa að skilja viðmiðin á sama hátt, koma sér saman fyrir fram um hvað telst nógu gott og kunna að gefa endurgjöf sem nemandinn getur nýtt sér.

joint-assessment-example =
    Starfsmenntaskóli í Bremen og þrjú málmiðnaðarfyrirtæki komust að því að kennarar og leiðbeinendur fyrirtækjanna mátu verk nemenda oft á ólíkan hátt. Saman skipulögðu þau sameiginlegt verklegt hæfnimat fyrir nemendur á öðru ári í málmtækni.

    Fyrst hittust kennarar og leiðbeinendur eina eftirmiðdagsstund og gáfu hvor í sínu lagi einkunn fyrir sömu þrjú sýnishornin af smíðisgripum, báru svo einkunnirnar saman og ræddu hvert einasta frávik. Út frá þeirri umræðu skrifuðu þeir sameiginlegt matsblað með skýrum lýsingum fyrir hverja einkunn. Síðan smíðaði hver nemandi soðna festingu eftir tækniteikningu í fyrirtækinu, kannaði gæði hennar og útskýrði val sitt. Kennari og leiðbeinandi mátu saman og gáfu endurgjöf á staðnum.

    Ágreiningur um einkunnir hvarf nánast og nemendur sögðu að endurgjöfin væri gagnlegri því hún kæmi frá báðum aðilum. Fyrirtækin nota nú matsblaðið í eigin innri þjálfun.
    .title = Prófað í iðn- og tæknigreinum í Þýskalandi

joint-assessment-prep-vet-provider =
    1. Veljið áfangann og þau námsmarkmið sem nemandinn á að sýna fram á.
    2. Undirbúið matsviðmiðin með { -employer(case: "dat", def: "yes") }, með dæmum um hvert stig.
    3. Haldið stuttan samræmingarfund þar sem matsaðilar gefa einkunn fyrir sömu sýnishornin.
    4. Semjið um dagsetningu, verkefni og hlutverk hvers matsaðila.

joint-assessment-prep-employer =
    1. Veljið leiðbeinanda til að meta og gefið honum tíma til undirbúnings.
    2. Skipuleggið raunverulegt verkefni sem nær yfir námsmarkmiðin.
    3. Gætið þess að efni, verkfæri og öruggt vinnusvæði séu tilbúin.

joint-assessment-prep-student =
    1. Lestu matsviðmiðin og spurðu hvað hvert þeirra þýðir í raun.
    2. Æfðu verkefnin og mettu eigin frammistöðu út frá viðmiðunum.
    3. Búðu þig undir að útskýra val þitt og vinnubrögð.

joint-assessment-do-vet-provider =
    1. Fylgist með verklega matinu og skráið athugasemdir út frá viðmiðunum.
    2. Ræðið matið við leiðbeinandann áður en endurgjöf er gefin.
    3. Skráið niðurstöðuna og rökin fyrir henni.

joint-assessment-do-employer =
    1. Útskýrið verkefnið og aðstæðurnar fyrir nemandanum.
    2. Fylgist með og metið vinnuna ásamt kennaranum.
    3. Gefið áþreifanlega endurgjöf frá sjónarhóli vinnustaðarins.

joint-assessment-do-student =
    1. Skipulegðu vinnuna áður en þú byrjar og vinndu á öruggan hátt.
    2. Útskýrðu hvað þú ert að gera og hvers vegna þegar eftir því er spurt.
    3. Hlustaðu á endurgjöfina og skrifaðu niður hvað þú getur bætt.

joint-assessment-follow-up =
    Að matinu loknu fara matsaðilar saman yfir það: voru viðmiðin skýr, mátu þeir á sama hátt og sýndi verkefnið það sem því var ætlað að sýna? Lagið viðmiðin og verkefnið fyrir næstu umferð.

    Látið nemendur fá skriflega samantekt á endurgjöfinni og spyrjið þá hvort matið hafi verið sanngjarnt. Deilið endurbættu viðmiðunum með öllum leiðbeinendum sem meta nemendur.

joint-assessment-tips =
    - Samræmið matið með sýnishornum áður en nýr hópur matsaðila tekur til starfa.
    - Viðmið á einföldu máli hjálpa bæði nemendum og leiðbeinendum.
    - Látið hvorki sjónarmið kennarans né leiðbeinandans ráða ferðinni. Ræðið málin þar til þið eruð sammála.
    - Hafið verkefnið raunverulegt en gætið þess að það nái yfir öll markmiðin sem á að meta.
    .title = Góð ráð og gildrur

joint-assessment-check-vet-provider-choose-unit = Veljið áfangann og markmiðin sem á að sýna fram á.
joint-assessment-check-vet-provider-prepare-criteria = Undirbúið sameiginleg viðmið með dæmum.
joint-assessment-check-vet-provider-calibrate = Haldið samræmingarfund með sýnishornum.
joint-assessment-check-vet-provider-agree-roles = Semjið um dagsetningu, verkefni og hlutverk.
joint-assessment-check-vet-provider-record-result = Skráið niðurstöðuna og rökin fyrir henni.
joint-assessment-check-vet-provider-review-criteria = Endurskoðið viðmiðin eftir hverja umferð.

joint-assessment-check-employer-choose-assessor = Veljið leiðbeinanda til að meta.
joint-assessment-check-employer-plan-task = Skipuleggið raunverulegt verkefni sem nær yfir markmiðin.
joint-assessment-check-employer-prepare-area = Hafið verkfæri, efni og öruggt vinnusvæði tilbúin.
joint-assessment-check-employer-assess-together = Metið ásamt kennaranum.
joint-assessment-check-employer-give-feedback = Gefið áþreifanlega endurgjöf.

joint-assessment-check-student-read-criteria = Lestu viðmiðin og spurðu út í þau.
joint-assessment-check-student-practise = Æfðu þig og mettu eigin frammistöðu.
joint-assessment-check-student-plan-work = Skipulegðu vinnuna áður en þú byrjar.
joint-assessment-check-student-explain = Búðu þig undir að útskýra val þitt.
joint-assessment-check-student-note-feedback = Skrifaðu niður hvað þú getur bætt.
