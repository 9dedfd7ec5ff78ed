## Aðferð: Kennslustofan á vinnustaðnum

classroom-title = Kennslustofan á vinnustaðnum
    .summary = Færið hluta kennslunnar út á vinnustaðinn eða fáið sérfræðinga vinnustaðarins til að kenna hann.

classroom-intro =
    Í þessari aðferð er áfangi, eða hluti áfanga, kenndur þar sem verkin eru unnin. Annaðhvort fer hópurinn á vinnustað í nokkra daga eða sérfræðingur af vinnustaðnum kennir í skólanum. Nemendur læra á nýjan búnað hjá einhverjum sem notar hann á hverjum degi og { -vet-provider(def: "yes") } þarf ekki að kaupa tæki sem hann gæti aldrei endurnýjað í takt við tímann. Kennarinn ber áfram ábyrgð á námsmarkmiðum og einkunnum; sérfræðingurinn kemur með sjálf verkin.

classroom-example =
    Starfsmenntaskóli á Akureyri vildi að nemendur í matreiðslu og framreiðslu lærðu meira um fisk úr heimabyggð en skólaeldhúsið leyfði. Hótelveitingastaður í bænum féllst á að hýsa tveggja vikna áfanga á rólegum tíma: yfirmatreiðslumaðurinn kenndi flökun, geymslu og matreiðslu á morgnana, kennarinn fór yfir matvælaöryggi og hreinlæti í fundarsal hótelsins og síðdegis báru nemendur fram einfaldan hádegisverð fyrir gesti.

    Á þriðja degi pantaði ráðstefna hádegisverð fyrir áttatíu manns með litlum fyrirvara og nemendurnir eyddu morgninum í að horfa á. Skólinn og hótelið sömdu um varaáætlun: þegar mikið er að gera að morgni fer kennarinn yfir hreinlætisfræðin með hópnum og tími yfirmatreiðslumannsins færist til síðdegis. Þau komust líka að því að yfirmatreiðslumaðurinn mat nemendur eftir hraða en kennarinn eftir hreinlæti; frá annarri viku fylltu þeir saman út eitt athugunarblað fyrir hvern nemanda.

    Hótelið réð tvo nemendur í sumarvinnu. Kostnaðurinn er enn óleystur: hótelið seldi skólanum fiskinn á kostnaðarverði meðan á prófuninni stóð en mun ekki gera það aftur, svo skólinn þarf að finna það fé áður en hægt er að kenna áfangann í annað sinn.
    .title = Prófað í ferðaþjónustu og veitingagreinum á Akureyri

classroom-prep-vet-provider =
    1. Veljið áfanga, eða hluta áfanga, sem vinnustaðurinn getur kennt betur en skólinn.
    2. Semjið við { -employer(case: "acc", def: "yes") } um hver kennir hvaða efni hvaða dag og hvað gerist þá daga þegar skyndilega er mikið að gera á vinnustaðnum.
    3. Semjið um hver gefur nemendum einkunn og á hvaða grunni, til dæmis með sameiginlegu athugunarblaði.
    4. Gangið frá tryggingum, ferðum, máltíðum og því hver greiðir fyrir efni; almennu spurningarnar eru í kaflanum [Fyrstu skrefin](#getting-started).
    5. Látið sérfræðinginn fá námsmarkmiðin og nokkur orð um hópinn.

classroom-prep-employer =
    1. Veljið sérfræðing sem hefur gaman af að útskýra verkin og léttið af honum hluta af venjulegum verkefnum hans þessa daga.
    2. Finnið rými og tíma sem halda nemendum frá viðskiptavinum eða framleiðslu þegar það skiptir máli.
    3. Skipuleggið verkefni sem nemendur geta unnið sjálfir á öruggan hátt og hafið verkfæri og efni tilbúin fyrir hvern dag.

classroom-prep-student =
    1. Lestu námsmarkmið áfangans og spurðu hvernig hann verður metinn.
    2. Athugaðu hvaða fatnað, öryggisbúnað og ferðir þú þarft.
    3. Kynntu þér hvað fyrirtækið gerir og undirbúðu tvær spurningar fyrir sérfræðinginn.

classroom-do-vet-provider =
    1. Verið á staðnum fyrsta daginn og tengið hverja verklega lotu við bóklega efnið sem hún tilheyrir.
    2. Hittið sérfræðinginn í tíu mínútur á hverjum degi til að laga áætlun næsta dags.
    3. Fyllið út athugunarblaðið með sérfræðingnum á meðan vinnan er í fersku minni.

classroom-do-employer =
    1. Byrjið á öryggisfræðslu og skoðunarferð um þau svæði sem nemendur nota.
    2. Sýnið verkið fyrst og látið svo hvern nemanda vinna það, og sérfræðingurinn leiðréttir á staðnum.
    3. Segið nemendum frá því hvernig hlutir fara úrskeiðis í raunverulegri vinnu og hvernig starfsfólk ykkar bregst við.

classroom-do-student =
    1. Fylgdu reglum vinnustaðarins eins og starfsfólkið gerir.
    2. Vinndu verkefnin sjálfur og spurðu þegar þú ert óviss í stað þess að giska.
    3. Skrifaðu niður á hverjum degi hvað þú gerðir og hvaða hluta bóklega námsins það tilheyrir.

classroom-follow-up =
    Farið yfir árangurinn með sérfræðingnum fljótlega eftir áfangann: náðu nemendur námsmarkmiðunum, var tíminn þess virði fyrir vinnustaðinn og hvað gekk betur þar en í skólanum? Þakkið sérfræðingnum á þann hátt sem hann kann að meta, til dæmis með bréfi til yfirmanns hans.

classroom-tips =
    Byrjið með einn áfanga og einn vinnustað. Hafið hópinn nógu lítinn til að allir geti unnið verkin með eigin höndum; þar sem það er ekki hægt er betra að skipta hópnum og kenna áfangann tvisvar en að láta helming hópsins horfa á.
    .title = Góð ráð og gildrur

classroom-check-vet-provider-choose-module = Veljið áfanga sem vinnustaðurinn kennir betur en skólinn.
classroom-check-vet-provider-agree-timetable = Semjið um hver kennir hvaða efni hvaða dag.
classroom-check-vet-provider-backup-plan = Semjið um varaáætlun fyrir annasama daga.
classroom-check-vet-provider-agree-grading = Semjið um hver gefur einkunn og á hvaða grunni.
classroom-check-vet-provider-check-insurance = Gangið frá tryggingum, ferðum, máltíðum og kostnaði.
classroom-check-vet-provider-brief-specialist = Sendið sérfræðingnum námsmarkmiðin.
classroom-check-vet-provider-review-module = Farið yfir árangur og kostnað með sérfræðingnum.

classroom-check-employer-choose-specialist = Veljið sérfræðing og losið hann undan öðrum verkum.
classroom-check-employer-find-space = Takið frá rými og tíma fjarri viðskiptavinum.
classroom-check-employer-prepare-tasks = Hafið verkefni, verkfæri og efni tilbúin fyrir hvern dag.
classroom-check-employer-agree-costs = Semjið við skólann um hver greiðir fyrir efni.
classroom-check-employer-safety-induction = Haldið öryggisfræðslu á fyrsta degi.
classroom-check-employer-give-feedback = Fyllið út athugunarblaðið með kennaranum.

classroom-check-student-read-goals = Lestu námsmarkmiðin og spurðu hvernig þau eru metin.
classroom-check-student-check-gear = Athugaðu fatnað, öryggisbúnað og ferðir.
classroom-check-student-prepare-questions = Undirbúðu tvær spurningar fyrir sérfræðinginn.
classroom-check-student-follow-rules = Fylgdu reglum vinnustaðarins eins og starfsfólkið.
classroom-check-student-note-learning = Skrifaðu niður á hverjum degi hvað þú gerðir og lærðir.
