## Aðferð: Kennslustofan á vinnustaðnum

classroom-title = Kennslustofan á vinnustaðnum
    .summary = Færið hluta kennslunnar út á vinnustaðinn eða fáið sérfræðinga vinnustaðarins til að kenna hann.

classroom-intro =
    Í þessari aðferð fer hluti kennslunnar út fyrir skólabygginguna. Nemendahópur tekur áfanga, eða hluta áfanga, á vinnustað, eða sérfræðingur af vinnustaðnum kemur og kennir í skólanum. Nemendur vinna með raunverulegan búnað og samkvæmt vinnubrögðum dagsins í dag og sjá strax hvers vegna bóklegi hlutinn skiptir máli.

    Kennarinn ber áfram ábyrgð á námsmarkmiðum og námsmati; sérfræðingurinn kemur með raunverulegu störfin og sögurnar úr faginu. { -employer(def: "yes", start: "yes") } kynnist framtíðarstarfsfólki og { -vet-provider(def: "yes") } heldur kennslunni nálægt atvinnulífinu án þess að kaupa dýran búnað.

classroom-example =
    Starfsmenntaskóli á Akureyri vildi að nemendur í matreiðslu og framreiðslu lærðu meira um staðbundinn fisk og sjávarfang en skólaeldhúsið leyfði. Hótelveitingastaður í bænum féllst á að hýsa tveggja vikna áfanga á rólegasta tíma ársins.

    Á morgnana kenndi yfirmatreiðslumaðurinn flökun, geymslu og matreiðslu á fiski úr heimabyggð við sömu vinnuborð og hans eigið starfsfólk notaði. Kennarinn fór yfir hreinlæti og matvælaöryggi í fundarsal hótelsins og notaði það sem nemendurnir voru nýbúnir að gera sem dæmi. Síðdegis útbjuggu nemendur einfaldan hádegisverð og báru hann fram fyrir hótelgesti undir vökulu auga yfirmatreiðslumannsins.

    Nemendur sögðu að þetta væri sá áfangi sem þeir myndu best eftir og hótelið réð tvo þeirra í sumarvinnu. Yfirmatreiðslumaðurinn kennir nú líka brauðbakstur í skólanum einu sinni á önn og áfanginn hefur verið kenndur á hverju hausti síðan.
    .title = Prófað í ferðaþjónustu og veitingagreinum á Akureyri

classroom-prep-vet-provider =
    1. Veljið áfanga þar sem námsmarkmiðin henta vinnustaðnum.
    2. Semjið um stundaskrána við { -employer(case: "acc", def: "yes") }, þar á meðal hver kennir hvað.
    3. Kannið tryggingar, öryggisreglur, ferðir og máltíðir.
    4. Kynnið sérfræðingnum námsmarkmiðin, hópinn og nokkrar einfaldar kennsluaðferðir.

classroom-prep-employer =
    1. Veljið sérfræðing sem þekkir starfið vel og hefur gaman af að útskýra það.
    2. Finnið rými og tíma sem trufla viðskiptavini eða framleiðslu sem minnst.
    3. Skipuleggið raunveruleg verkefni sem nemendur geta unnið á öruggan hátt og hafið verkfæri og efni tilbúin.

classroom-prep-student =
    1. Lestu námsmarkmið áfangans.
    2. Athugaðu hvaða vinnufatnað, öryggisbúnað og ferðir þú þarft.
    3. Kynntu þér hvað fyrirtækið gerir og undirbúðu spurningar fyrir sérfræðinginn.

classroom-do-vet-provider =
    1. Verið á staðnum, að minnsta kosti í byrjun, og tengið verklegu vinnuna við bóklega námið.
    2. Fylgist með framförum hvers nemanda miðað við námsmarkmiðin.
    3. Hittið sérfræðinginn stuttlega á hverjum degi til að laga áætlunina.

classroom-do-employer =
    1. Byrjið á öryggisfræðslu og skoðunarferð um vinnustaðinn.
    2. Sýnið hvernig verkið er unnið og látið nemendur svo æfa sig á raunverulegum verkefnum.
    3. Útskýrið hvernig verkin eru unnin í raun og veru, líka hvaða mistök verða og hvernig þið bregðist við þeim.

classroom-do-student =
    1. Fylgdu reglum vinnustaðarins og hagaðu þér eins og samstarfsmaður myndi gera.
    2. Spreyttu þig á verkefnunum og spurðu þegar þú ert óviss.
    3. Skrifaðu niður hvað þú lærir á hverjum degi og tengdu það við bóklega námið.

classroom-follow-up =
    Að áfanganum loknum fara kennarinn og sérfræðingurinn saman yfir árangur og endurgjöf nemenda. Náðu nemendur námsmarkmiðunum? Var tíminn sem vinnustaðurinn lagði fram þess virði? Hvaða hlutar gengu betur þar en í skólanum?

    Þakkið sérfræðingnum á þann hátt sem hann kann að meta, til dæmis með bréfi til yfirmanns hans. Ef báðir aðilar eru ánægðir skuluð þið strax setja áfangann inn í stundaskrá næsta árs, svo að hann verði fastur liður en ekki einstakur viðburður.

classroom-tips =
    - Byrjið með einn áfanga og einn vinnustað og byggið ofan á það.
    - Hafið hópana nógu litla til að allir geti unnið verkin sjálfir.
    - Gerið varaáætlun fyrir daga þegar skyndilega er mikið að gera á vinnustaðnum.
    - Látið sérfræðinginn ekki einan um einkunnagjöf nema um það hafi verið samið.
    .title = Góð ráð og gildrur

classroom-check-vet-provider-choose-module = Veljið áfanga sem hentar vinnustaðnum.
classroom-check-vet-provider-agree-timetable = Semjið um stundaskrána og hver kennir hvað.
classroom-check-vet-provider-check-insurance = Kannið tryggingar, öryggismál og ferðir.
classroom-check-vet-provider-brief-specialist = Kynnið sérfræðingnum markmiðin og hópinn.
classroom-check-vet-provider-link-theory = Tengið verklegu vinnuna við bóklega námið.
classroom-check-vet-provider-review-module = Farið yfir áfangann með sérfræðingnum.

classroom-check-employer-choose-specialist = Veljið sérfræðing sem hefur gaman af að útskýra.
classroom-check-employer-find-space = Finnið rými og hentuga tíma.
classroom-check-employer-prepare-tasks = Hafið raunveruleg verkefni, verkfæri og efni tilbúin.
classroom-check-employer-safety-induction = Haldið öryggisfræðslu á fyrsta degi.
classroom-check-employer-give-feedback = Segið kennaranum hvernig hverjum nemanda gekk.

classroom-check-student-read-goals = Lestu námsmarkmið áfangans.
classroom-check-student-check-gear = Athugaðu vinnufatnað, öryggisbúnað og ferðir.
classroom-check-student-prepare-questions = Undirbúðu spurningar fyrir sérfræðinginn.
classroom-check-student-follow-rules = Fylgdu reglum vinnustaðarins.
classroom-check-student-note-learning = Skrifaðu niður hvað þú lærir á hverjum degi.
