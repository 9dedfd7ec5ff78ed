## Aðferð: Raunveruleg verkefni frá fyrirtækjum

company-project-title = Raunveruleg verkefni frá fyrirtækjum
    .summary = Nemendur leysa raunverulegt verkefni fyrir fyrirtæki, sem er þá viðskiptavinur þeirra.

company-project-intro =
    Í fyrirtækjaverkefni fær { -employer } hópi nemenda raunverulegt verkefni: markaðsáætlun, vöru, viðgerð, matseðil, garðhönnun eða greiningu á vinnuferli. Nemendur vinna verkefnið, oftast í skólanum, og kynna niðurstöðuna fyrir fyrirtækinu eins og þeir myndu gera fyrir viðskiptavin. Auk fagkunnáttunnar æfa þeir skipulag, hópvinnu, að standast tímafresti og samskipti við viðskiptavin sem metur niðurstöðuna.

    Fyrirtækið fær ferskar hugmyndir og kynnist mögulegu framtíðarstarfsfólki; kennarinn fær raunverulegt verkefni sem enginn þurfti að búa til. Þetta gengur aðeins upp ef verkefnið hentar bæði námsmarkmiðunum og tímanum og ef báðir aðilar semja skriflega, áður en vinnan hefst, um hverju nemendur skila og hvað verður um það á eftir.

company-project-example =
    Nemendur á viðskiptabraut í starfsmenntaskóla í Tampere tóku að sér verkefni fyrir fjölskyldubakarí sem vildi ná til yngri viðskiptavina. Eigandinn hitti bekkinn í bakaríinu og óskaði eftir hugmyndum að herferðum á samfélagsmiðlum og í versluninni. Fjögurra manna hópar unnu í sex vikur, sendu eigandanum stöðuskýrslu vikulega og kynntu áætlanir sínar í kaffihúsi bakarísins.

    Tvennt fór úrskeiðis. Í verklýsingunni stóð „lítið fjármagn“ án upphæðar og þrír hópar af fimm lögðu til herferðir sem bakaríið hafði ekki efni á. Og einn hópurinn tók upp myndband af viðskiptavinum í kaffihúsinu án þess að spyrja þá; eigandinn varð að biðja um að upptökunni yrði eytt. Kennarinn skrifar nú allar verklýsingar með fjárhagsramma í evrum og skólinn hefur bætt reglu við verkefnasniðmátið sitt: engar myndir eða upptökur af viðskiptavinum eða starfsfólki án skriflegs samþykkis þeirra.

    Bakaríið nýtti hluta af áætlunum tveggja hópa, eftir að hafa samið um það við nemendurna. Spurning kennarans sem enn er ósvarað snýst um námsmat: einn hópurinn vann mestalla vinnuna í síðustu vikunni en hélt samt bestu kynninguna og einkunnin fyrir vinnuferlið sýndi ekki hvernig hann komst þangað.
    .title = Prófað í viðskiptagreinum í Finnlandi

company-project-brief =
    Skrifið verklýsinguna með fyrirtækinu, á einni eða tveimur síðum:

    - **Bakgrunnur**: fyrirtækið og vandinn eða tækifærið að baki verkefninu.
    - **Verkefnið**: hverju nemendur eiga að skila, í hvaða formi og hvað fellur utan verkefnisins.
    - **Fjárhagsrammi og kostnaður**: hvað framkvæmd niðurstöðunnar má kosta og hver greiðir fyrir efni, ferðir og prentun á meðan á verkefninu stendur.
    - **Tími**: upphaf, þeir tímapunktar þegar fyrirtækið segir álit sitt og lokakynningin.
    - **Tengiliður**: tengiliður fyrirtækisins og hve fljótt hann svarar.
    - **Upplýsingar**: hvað fyrirtækið leggur til, hvað er trúnaðarmál og hvað nemendur mega sýna öðrum.
    - **Eignarhald**: hver má nota niðurstöðuna og hvort nemendur mega sýna hana í verkefnamöppu sinni.
    - **Námsmat**: hvað kennarinn metur til einkunnar og hvaða vægi endurgjöf fyrirtækisins hefur.
    .title = Hvað kemur fram í verklýsingu

company-project-ownership =
    Nemendur eru yfirleitt ekki starfsmenn fyrirtækisins og því getur það ekki gengið út frá því að það eigi það sem þeir skapa; reglurnar eru auk þess ólíkar eftir löndum. Semjið skriflega, áður en vinnan hefst, um hver má nota niðurstöðuna og hvernig og hvaða upplýsingum nemendur eiga að halda leyndum. Lofið nemendum ekki að fyrirtækið muni nota niðurstöður þeirra. Ef fyrirtækið ætlar í raun að nota niðurstöðu í rekstri sínum skal það koma fram í verklýsingunni og semja þarf um hvort eitthvað sé greitt fyrir hana.
    .title = Eignarhald og trúnaður

company-project-ownership-law =
    Samkvæmt höfundalögum á sá sem skapar verk höfundarrétt að því. Nemendur sem eru ekki starfsmenn fyrirtækisins eiga því að jafnaði höfundarrétt að eigin verkum nema þeir framselji hann, og það ætti að gera skriflega. Kannið hvort skólinn hafi reglur eða samningsform fyrir verkefni unnin fyrir fyrirtæki.
    .title = Á Íslandi

company-project-prep-vet-provider =
    1. Finnið fyrirtæki með verkefni sem hentar námsmarkmiðunum og hægt er að ljúka á þeim tíma sem er til ráðstöfunar.
    2. Skrifið verklýsinguna með { -employer(case: "dat", def: "yes") } (sjá [Hvað kemur fram í verklýsingu](#company-project/brief)) og látið báða aðila skrifa undir hana.
    3. Festið dagsetningar: upphaf, þá tímapunkta þegar fyrirtækið segir álit sitt og lokakynninguna.

company-project-prep-employer =
    1. Veljið raunverulegt verkefni sem þið mynduð annars leysa sjálf eða kaupa utan frá, en ekkert sem reksturinn er háður í næsta mánuði.
    2. Tilnefnið tengilið sem getur svarað nemendum innan tveggja til þriggja virkra daga.
    3. Takið saman upplýsingar og efni sem nemendur þurfa og merkið það sem er trúnaðarmál.

company-project-prep-student =
    1. Lestu verklýsinguna og skrifaðu niður spurningar þínar til viðskiptavinarins.
    2. Komdu þér saman við hópinn um hlutverk og vinnureglur og gerðu með honum áætlun með vörðum.

company-project-do-vet-provider =
    1. Hittið hvern hóp vikulega til að fara yfir framvinduna miðað við áætlun hans og grípið snemma inn í ef einn í hópnum vinnur alla vinnuna.
    2. Gætið þess að viðskiptavinurinn fái umsamdar stöðuskýrslur.
    3. Metið bæði vinnuferlið og niðurstöðuna og notið endurgjöf viðskiptavinarins eins og samið var um í verklýsingunni.

company-project-do-employer =
    1. Kynnið verkefnið sjálf, helst á vinnustaðnum ykkar.
    2. Segið álit ykkar á hugmyndum á umsömdum tímapunktum og segið skýrt þegar hugmynd gengur ekki upp fyrir ykkur og hvers vegna.
    3. Mætið á lokakynninguna og gefið heiðarlega endurgjöf.

company-project-do-student =
    1. Sendu viðskiptavininum stöðuskýrsluna á umsömdum degi, jafnvel þótt lítið sé að frétta.
    2. Spurðu áður en þú tekur myndir eða upptökur af fólki eða deilir einhverju sem fyrirtækið lét hópinn hafa.
    3. Kynntu niðurstöðuna eins og fyrir viðskiptavin sem greiðir fyrir verkið.

company-project-follow-up =
    Eftir kynninguna líta kennarinn og fyrirtækið yfir verkefnið saman: stóðst niðurstaðan verklýsinguna og var fyrirhöfnin hæfileg fyrir báða aðila? Segið nemendum hvaða hluta fyrirtækið hyggst nota, ef einhverja, og þakkið fyrirtækinu að bekknum viðstöddum.

company-project-tips =
    - Hafið umfangið lítið. Lítið verkefni sem lýkur kennir meira en hálfklárað stórt verkefni.
    - Viðskiptavinur sem svarar aldrei eyðileggur verkefnið; samskiptatímarnir í verklýsingunni eru ekki formsatriði.
    .title = Góð ráð og gildrur

company-project-check-vet-provider-find-task = Finnið verkefni sem hentar markmiðunum og tímanum.
company-project-check-vet-provider-write-brief = Skrifið verklýsinguna með fyrirtækinu.
company-project-check-vet-provider-agree-ownership = Látið undirrita verklýsinguna, með ákvæði um eignarhald.
company-project-check-vet-provider-agree-costs = Semjið um hver greiðir fyrir efni og ferðir.
company-project-check-vet-provider-book-dates = Festið dagsetningar upphafs, athugasemda og lokakynningar.
company-project-check-vet-provider-coach-teams = Hittið hvern hóp vikulega.
company-project-check-vet-provider-assess = Metið ferli og niðurstöðu; spyrjið viðskiptavininn.

company-project-check-employer-choose-task = Veljið raunverulegt verkefni af raunhæfu umfangi.
company-project-check-employer-name-contact = Tilnefnið tengilið sem svarar innan fárra daga.
company-project-check-employer-confidential = Merkið hvaða upplýsingar eru trúnaðarmál.
company-project-check-employer-launch = Kynnið verkefnið sjálf.
company-project-check-employer-comment = Segið álit ykkar á hugmyndum á umsömdum tímapunktum.
company-project-check-employer-attend-pitch = Mætið á lokakynninguna.
company-project-check-employer-tell-use = Segið nemendum hvaða niðurstöður þið ætlið að nota.

company-project-check-student-read-brief = Lestu verklýsinguna og skrifaðu niður spurningar.
company-project-check-student-agree-roles = Komdu þér saman við hópinn um hlutverk og reglur.
company-project-check-student-plan = Gerðu verkáætlun með vörðum ásamt hópnum.
company-project-check-student-update-client = Sendu viðskiptavininum stöðuskýrslu á umsömdum dögum.
company-project-check-student-ask-consent = Spurðu áður en þú tekur upp fólk eða deilir gögnum.
company-project-check-student-present = Kynntu eins og fyrir viðskiptavin sem greiðir.
