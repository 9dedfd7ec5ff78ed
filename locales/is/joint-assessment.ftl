## Aðferð: Sameiginlegt námsmat og verklegt hæfnimat

joint-assessment-title = Sameiginlegt námsmat og verklegt hæfnimat
    .summary = Kennarar og leiðbeinendur á vinnustað meta nemendur saman eftir sameiginlegum viðmiðum og í raunverulegum verkefnum.

joint-assessment-intro =
    Í verklegu hæfnimati sýnir nemandi með raunverulegri vinnu að hann hafi náð markmiðum áfanga. Þegar kennari og { -work-mentor } meta saman sér hvor um sig það sem hinum sést yfir: leiðbeinandinn veit hvaða kröfur starfið gerir og kennarinn þekkir námsbrautina og matsviðmið hennar.

    Það er ólíkt eftir löndum hver annast lokamatið. Í Finnlandi skipuleggur { -vet-provider(def: "yes") } hæfnisýningar á vinnustað sem kennari og fulltrúi vinnustaðarins meta; í þýska tvíþætta kerfinu halda iðnaðar- og verslunarráð og handiðnaðarráð lokaprófin. Þótt lokaprófið sé ekki í ykkar höndum býr sameiginlegt mat á námstímanum nemendur undir það.

joint-assessment-who-examines =
    Í löggiltum iðngreinum lýkur náminu með sveinsprófi, sem sveinsprófsnefnd skipuð fagfólki í greininni semur og metur. Á námstímanum metur skólinn áfanga námsbrautarinnar og vinnustaðurinn og skólinn staðfesta hæfni nemans í vinnustaðanámi í rafrænni ferilbók. Sameiginlegt mat kennara og leiðbeinanda fellur þar á milli og er góður undirbúningur fyrir sveinsprófið.
    .title = Á Íslandi

joint-assessment-example =
    Starfsmenntaskóli í Bremen og þrjú málmiðnaðarfyrirtæki komust að því að kennarar og leiðbeinendur fyrirtækjanna mátu verk sama nemanda oft á ólíkan hátt. Þau ákváðu að meta nemendur á öðru ári í málmtækni saman.

    Á fyrsta fundinum gáfu kennarar og leiðbeinendur hvor í sínu lagi einkunn fyrir þrjú sýnishorn af smíðisgripum og allt að tveimur einkunnum munaði á þeim: leiðbeinendurnir mátu fullunninn hlutinn, kennararnir undirbúninginn. Fyrsta sameiginlega matsblaðið þeirra hafði þrjátíu viðmið, allt of mörg til að nota við vinnuborðið. Þau fækkuðu þeim í átta, hvert með stuttri lýsingu á því hvað telst „nógu gott“.

    Síðan mátu kennari og leiðbeinandi hvern nemanda saman á meðan hann smíðaði soðna festingu í fyrirtækinu. Meira en einni einkunn munaði á mati þeirra hjá tveimur nemendum af nítján. Lokapróf ráðsins byggist á eigin viðmiðum, svo enn er óljóst hve vel viðmiðin átta búa nemendur undir það.
    .title = Prófað í iðn- og tæknigreinum í Þýskalandi

joint-assessment-prep-vet-provider =
    1. Veljið áfangann og markmiðin sem á að sýna fram á og kannið hvað reglur í ykkar landi segja um hverjir mega meta.
    2. Gerið drög að viðmiðunum með { -employer(case: "dat", def: "yes") }, með stuttri lýsingu á því hvað telst „nógu gott“ fyrir hvert þeirra.
    3. Kallið matsaðilana saman til að gefa hver í sínu lagi einkunn fyrir sömu sýnishornin og berið svo saman.

joint-assessment-prep-employer =
    1. Veljið leiðbeinanda sem þekkir vinnu nemandans og gefið honum tíma fyrir samræmingarfundinn.
    2. Skipuleggið raunverulegt verkefni sem nær yfir markmiðin sem á að meta og segið kennaranum hvaða markmið það nær ekki yfir.
    3. Gætið þess að verkfæri, efni og öruggt vinnusvæði séu laus á matsdeginum.

joint-assessment-prep-student =
    1. Farðu yfir viðmiðin með kennaranum og spurðu hvað hvert þeirra þýðir á vinnustaðnum þínum.
    2. Mettu eitt af eigin verkum út frá þeim.

joint-assessment-do-vet-provider =
    1. Fylgist með verklega matinu og skráið það sem sýnir fram á hvert viðmið.
    2. Komið ykkur saman um matið með leiðbeinandanum áður en annað hvort ykkar gefur endurgjöf.
    3. Skráið niðurstöðuna og rökin fyrir henni, svo að nemandinn sjái hvernig hún var fengin.

joint-assessment-do-employer =
    1. Útskýrið verkefnið, tímann og öryggiskröfurnar fyrir nemandanum.
    2. Segið kennaranum frá því sem gestur sér ekki, til dæmis hvernig nemandinn vinnur að jafnaði.
    3. Gefið endurgjöf frá sjónarhóli vinnustaðarins, með dæmum.

joint-assessment-do-student =
    1. Skipulegðu vinnuna áður en þú byrjar og segðu matsaðilunum frá áætluninni.
    2. Útskýrðu val þitt þegar eftir því er spurt.

joint-assessment-follow-up =
    Eftir hverja umferð hittast matsaðilarnir stuttlega: hvar munaði á einkunnum þeirra og hvers vegna? Lagið viðmiðin eða verkefnið, spyrjið nemendur hvort matið hafi virst sanngjarnt og sendið endurskoðuðu viðmiðin öllum leiðbeinendum sem meta.

joint-assessment-tips =
    - Samræmið matið aftur í hvert sinn sem nýir matsaðilar bætast við; eitt sýnishorn nægir.
    - Leiðbeinanda sem er líka yfirmaður nemandans getur reynst erfitt að gefa lága einkunn: látið kennarann stýra samtalinu þegar nemandi stenst ekki matið.
    - Geymið skrifleg rök: nemandi getur óskað eftir endurskoðun matsins.
    .title = Góð ráð og gildrur

joint-assessment-check-vet-provider-choose-unit = Veljið áfangann og kannið hverjir mega meta hann.
joint-assessment-check-vet-provider-prepare-criteria = Gerið drög að viðmiðum með „nógu gott“-lýsingu.
joint-assessment-check-vet-provider-calibrate = Látið matsaðila gefa sömu sýnishornum einkunn.
joint-assessment-check-vet-provider-agree-roles = Semjið um dagsetningu, verkefni og hver metur hvað.
joint-assessment-check-vet-provider-agree-first = Semjið um niðurstöðuna við leiðbeinandann fyrir endurgjöf.
joint-assessment-check-vet-provider-record-result = Skráið niðurstöðuna og rökin fyrir henni.
joint-assessment-check-vet-provider-review-criteria = Endurskoðið viðmiðin eftir hverja umferð.

joint-assessment-check-employer-choose-assessor = Tilnefnið leiðbeinandann sem metur.
joint-assessment-check-employer-book-calibration = Takið frá tíma fyrir samræmingarfundinn.
joint-assessment-check-employer-plan-task = Skipuleggið raunverulegt verkefni; segið kennaranum hvað það nær ekki yfir.
joint-assessment-check-employer-prepare-area = Hafið verkfæri, efni og öruggt svæði laus.
joint-assessment-check-employer-assess-together = Metið ásamt kennaranum.
joint-assessment-check-employer-give-feedback = Gefið endurgjöf með dæmum úr vinnunni.

joint-assessment-check-student-read-criteria = Farðu yfir viðmiðin með kennaranum.
joint-assessment-check-student-practise = Mettu eitt af eigin verkum.
joint-assessment-check-student-plan-work = Skipulegðu vinnuna og segðu matsaðilunum frá.
joint-assessment-check-student-explain = Útskýrðu val þitt þegar eftir því er spurt.
joint-assessment-check-student-note-feedback = Skrifaðu niður hvað þú getur bætt næst.
