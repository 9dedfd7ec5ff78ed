## Aðferð: Kennarar aftur út í atvinnulífið

teacher-placement-title = Kennarar aftur út í atvinnulífið
    .summary = Kennarar starfa um tíma í fyrirtæki og færa vinnubrögð dagsins í dag aftur inn í skólann.

teacher-placement-intro =
    Verkfæri, efni og vinnubrögð breytast hraðar en námskrár og kennari sem hætti störfum í faginu fyrir tíu árum getur komist að því að fagið hefur haldið áfram án hans. Í vinnudvöl starfar kennarinn í fyrirtæki í nokkra daga eða vikur sem hluti af starfsfólkinu, ekki sem gestur.

    Kennarinn snýr aftur með nýja kunnáttu, raunveruleg dæmi og tengiliði. { -employer(def: "yes", start: "yes") } fær hæfan liðsauka, innsýn í skólastarfið og beina leið til að hafa áhrif á það sem nemendur læra. Mesti kostnaðurinn fellur yfirleitt á skólann: kennarinn heldur launum sínum og einhver þarf að kenna þá tíma sem falla niður.

teacher-placement-example =
    Tveir garðyrkjukennarar frá hollenskum starfsmenntaskóla voru í tvær vikur hjá garðyrkjustöðvum í Westland-héraði, annar hjá tómataræktanda og hinn hjá ræktanda pottaplantna.

    Fyrsta vikan hjá tómataræktandanum fór að mestu í pökkun: ræktandinn hafði ekki vitað hvaða verkefni hann ætti að láta kennara fá. Hjá pottaplönturæktandanum mátti kennarinn ekki afrita gögn úr loftslagstölvunni, sem ræktandinn leit á sem viðskiptaleyndarmál. Eftir símtal skólans við báða ræktendurna fylgdi seinni vikan verkefnalista (umhirða ræktunar, loftslagstölvan, lífrænar varnir gegn meindýrum) og pottaplönturæktandinn lét gögn síðasta tímabils af hendi án nafns fyrirtækisins.

    Þegar kennararnir komu aftur í skólann endurskrifuðu þeir tvo áfanga út frá því sem þeir höfðu með sér heim. Skólinn hafði ætlað að hver garðyrkjukennari færi í vinnudvöl á þriggja ára fresti, en það reyndist of dýrt að greiða forfallakennurum í tvær vikur; nú fjármagnar hann tvær vinnudvalir á ári og prófar styttri dvalir.
    .title = Prófað í garðyrkju í Hollandi

teacher-placement-prep-vet-provider =
    1. Gerið ráð fyrir vinnudvöl kennara í starfsþróunaráætlun og fjárhagsáætlun, þar á meðal kostnaði við forfallakennslu.
    2. Skrifið niður með kennaranum hverju vinnudvölin á að skila: hvaða kunnáttu, hvaða efni og hvaða tengiliðum.
    3. Semjið við fyrirtækið um verkefnalista viku fyrir viku, svo að kennarinn endi ekki í því sem vantar fólk í þann daginn.
    4. Útvegið forfallakennslu fyrir allar kennslustundir sem kennarinn missir af og skiljið eftir verkefni fyrir nemendur.

teacher-placement-prep-employer =
    1. Semjið um dagsetningar, vinnutíma og verkefni og tilnefnið einn starfsmann sem kennarinn vinnur með.
    2. Látið kennarann fá sömu öryggisfræðslu og nýtt starfsfólk og semjið við skólann um hvers trygging nær yfir kennarann, sem er ekki starfsmaður ykkar.
    3. Segið strax í upphafi hvað er trúnaðarmál og hvað kennarinn má ljósmynda, afrita eða nota í kennslu.

teacher-placement-prep-student =
    1. Segðu kennaranum hvaða hluta fagsins þú vilt heyra meira um.
    2. Skrifaðu tvær spurningar sem kennarinn getur spurt í fyrirtækinu.

teacher-placement-do-vet-provider =
    1. Vinnið raunveruleg verk á meðan á vinnudvölinni stendur og spyrjið hvers vegna hlutirnir eru gerðir eins og þeir eru gerðir.
    2. Haldið stutta dagbók yfir ný verkfæri, aðferðir, mistök og dæmi sem nýtast í kennslu.
    3. Spyrjið leyfis áður en þið takið myndir, gögn eða skjöl og skráið hvað þið fenguð að taka.

teacher-placement-do-employer =
    1. Látið kennarann fá raunveruleg verkefni, ekki bara skoðunarferð, og útskýrið hvers vegna þið notið þann búnað og þær aðferðir sem þið notið.
    2. Segið kennaranum hvað nýtt starfsfólk sem kemur beint úr skóla skortir oftast.

teacher-placement-do-student =
    1. Vinndu verkefnin sem sett voru fyrir tímana sem kennarinn missir af.
    2. Spurðu um svörin við spurningunum þínum þegar kennarinn kemur aftur.

teacher-placement-follow-up =
    Innan annar endurskrifar kennarinn að minnsta kosti eina kennslustund eða einn áfanga og kynnir samstarfsfólki það sem hann lærði. Sendið fyrirtækinu stutta orðsendingu um hverju var breytt í skólanum og berið vinnudvölina saman við markmiðin sem skrifuð voru niður í upphafi. Næsta skref með fyrirtækinu er oft vinnustaðanám nemenda eða gestakennsla.

teacher-placement-tips =
    Tvær vikur í raunverulegri vinnu kenna meira en mánuður af heimsóknum. Ef tvær vikur eru ekki mögulegar gagnast líka nokkrir stakir dagar yfir önnina, svo framarlega sem kennarinn vinnur raunveruleg verk í hvert sinn.
    .title = Góð ráð og gildrur

teacher-placement-check-vet-provider-plan-budget = Gerið fjárhagsáætlun, þar á meðal fyrir forfallakennslu.
teacher-placement-check-vet-provider-set-goals = Skrifið niður kunnáttu og efni sem á að koma með heim.
teacher-placement-check-vet-provider-agree-tasks = Semjið um verkefnalista viku fyrir viku.
teacher-placement-check-vet-provider-arrange-cover = Útvegið forfallakennslu fyrir alla tíma sem falla niður.
teacher-placement-check-vet-provider-keep-log = Haldið stutta dagbók á hverjum degi.
teacher-placement-check-vet-provider-ask-permission = Spyrjið leyfis áður en þið takið myndir, gögn eða skjöl.
teacher-placement-check-vet-provider-update-module = Endurskrifið minnst eina kennslustund innan annar.
teacher-placement-check-vet-provider-share-colleagues = Kynnið samstarfsfólki það sem þið lærðuð.

teacher-placement-check-employer-agree-dates = Semjið um dagsetningar og verkefni; tilnefnið samstarfsmann.
teacher-placement-check-employer-check-safety = Látið kennarann fá öryggisfræðslu starfsfólks.
teacher-placement-check-employer-check-insurance = Semjið við skólann um hvers trygging gildir.
teacher-placement-check-employer-confidentiality = Segið fyrsta daginn hvað er trúnaðarmál.
teacher-placement-check-employer-real-tasks = Látið kennarann fá raunveruleg verkefni, ekki bara skoðunarferð.
teacher-placement-check-employer-discuss-needs = Segið kennaranum hvað nýtt starfsfólk skortir oft.

teacher-placement-check-student-share-wishes = Segðu kennaranum hvað þú vilt vita.
teacher-placement-check-student-prepare-questions = Skrifaðu tvær spurningar fyrir fyrirtækið.
teacher-placement-check-student-keep-studying = Vinndu verkefnin fyrir tímana sem falla niður.
teacher-placement-check-student-discuss = Spurðu um svörin þegar kennarinn kemur aftur.
teacher-placement-check-student-ask-placement = Spurðu hvort fyrirtækið taki nemendur.
