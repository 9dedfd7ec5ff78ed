## Aðferð: Raunveruleg verkefni frá fyrirtækjum

company-project-title = Raunveruleg verkefni frá fyrirtækjum
    .summary = Nemendur leysa raunverulegt verkefni fyrir fyrirtæki, sem er þá viðskiptavinur þeirra.

company-project-intro =
    Í fyrirtækjaverkefni fær { -employer } nemendum raunverulegt verkefni: markaðsáætlun, vöru, viðgerð, matseðil, garðhönnun eða greiningu á vinnuferli. Nemendur vinna í hópum, oft í skólanum, og kynna niðurstöðuna fyrir fyrirtækinu eins og þeir myndu gera fyrir viðskiptavin.

    Auk fagkunnáttunnar æfa nemendur skipulag, hópvinnu, samskipti við viðskiptavini og að standast tímafresti, og þeir vita að raunverulegur viðskiptavinur mun meta verk þeirra. Fyrirtækið fær ferskar hugmyndir og kynnist mögulegu framtíðarstarfsfólki og kennarinn fær raunverulegt verkefni sem fellur að námsmarkmiðunum.

company-project-example =
    Nemendur á viðskiptabraut í starfsmenntaskóla í Tampere tóku að sér verkefni fyrir fjölskyldubakarí sem vildi ná til yngri viðskiptavina. Eigandinn hitti bekkinn í bakaríinu, sagði sögu þess og lagði verkefnið fyrir: hugmyndir að herferðum á samfélagsmiðlum og í versluninni fyrir lítið fjármagn.

    Fjögurra manna hópar unnu í sex vikur. Í hverri viku sendi einn úr hópnum eigandanum stutta stöðuskýrslu og um miðbik verkefnisins kom eigandinn í skólann og sagði álit sitt á fyrstu hugmyndunum. Í síðustu vikunni kynntu hóparnir áætlanir sínar í kaffihúsi bakarísins fyrir eigandanum og tveimur starfsmönnum.

    Bakaríið hrinti herferð eins hópsins í framkvæmd um haustið og greindi frá fleiri ungum viðskiptavinum um helgar. Nemendur fengu skriflega umsögn frá eigandanum og skólinn er nú með biðlista fyrirtækja á svæðinu sem bjóða fram verkefni.
    .title = Prófað í viðskiptagreinum í Finnlandi

company-project-prep-vet-provider =
    1. Finnið fyrirtæki með verkefni sem samræmist námsmarkmiðunum og er af raunhæfu umfangi.
    2. Skrifið verklýsingu með { -employer(case: "dat", def: "yes") }: markmið, afurð, skilafrest, fjárhagsramma og tengilið.
    3. Semjið um hvernig verkið verður metið og hver á afraksturinn.

company-project-prep-employer =
    1. Veljið raunverulegt verkefni sem þið mynduð annars leysa sjálf eða kaupa utan frá.
    2. Tilnefnið tengilið og semjið um hve oft hann verður til taks.
    3. Hafið tilbúnar þær upplýsingar og það efni sem nemendur þurfa.

company-project-prep-student =
    1. Lestu verklýsinguna vandlega og skrifaðu niður spurningar til viðskiptavinarins.
    2. Myndaðu hóp með öðrum nemendum og komdu þér saman við hópinn um hlutverk og vinnureglur.
    3. Gerðu verkáætlun með áföngum.

company-project-do-vet-provider =
    1. Leiðbeinið hópunum og sjáið til þess að þeir haldi tímaáætlun.
    2. Gætið þess að viðskiptavinurinn fái reglulega stöðuskýrslu.
    3. Metið bæði vinnuferlið og afraksturinn.

company-project-do-employer =
    1. Kynnið verkefnið sjálf, helst á vinnustaðnum ykkar.
    2. Svarið spurningum og segið álit ykkar á hugmyndum á umsömdum tímapunktum.
    3. Takið þátt í lokakynningunni og gefið heiðarlega endurgjöf.

company-project-do-student =
    1. Vinndu samkvæmt áætluninni og haltu viðskiptavininum upplýstum.
    2. Biddu snemma um endurgjöf, ekki á síðustu stundu.
    3. Kynntu niðurstöðuna á faglegan hátt, eins og fyrir viðskiptavin sem greiðir fyrir verkið.

company-project-follow-up =
    Eftir kynninguna skuluð þið halda stuttan rýnifund með fyrirtækinu og kennaranum: stóðst niðurstaðan verklýsinguna og var fyrirhöfnin hæfileg fyrir báða aðila? Nemendur velta fyrir sér hvað þeir lærðu um fagið og um að vinna fyrir viðskiptavin.

    Segið fyrirtækinu hvaða hlutar verkefnisins nemendur mátu mest og leyfið fyrirtækinu að segja nemendum hvað það hyggst nýta. Ef fyrirtækið hrindir einhverju í framkvæmd skuluð þið segja frá því innan beggja vinnustaðanna.

company-project-tips =
    - Hafið umfangið raunhæft miðað við tímann og kunnáttuna sem er til staðar.
    - Semjið skriflega um eignarhald og trúnað áður en vinnan hefst.
    - Viðskiptavinur sem svarar aldrei eyðileggur verkefnið. Semjið fyrir fram um samskiptatíma.
    - Lofið ekki að fyrirtækið muni nota niðurstöðurnar.
    .title = Góð ráð og gildrur

company-project-check-vet-provider-find-task = Finnið verkefni sem samræmist námsmarkmiðunum.
company-project-check-vet-provider-write-brief = Skrifið verklýsinguna með fyrirtækinu.
company-project-check-vet-provider-agree-ownership = Semjið um eignarhald og trúnað.
company-project-check-vet-provider-coach-teams = Leiðbeinið hópunum og haldið þeim við tímaáætlun.
company-project-check-vet-provider-assess = Metið bæði vinnuferlið og afraksturinn.

company-project-check-employer-choose-task = Veljið raunverulegt verkefni af raunhæfu umfangi.
company-project-check-employer-name-contact = Tilnefnið tengilið og semjið um viðveru hans.
company-project-check-employer-launch = Kynnið verkefnið sjálf.
company-project-check-employer-comment = Segið álit ykkar á hugmyndum á umsömdum tímapunktum.
company-project-check-employer-attend-pitch = Mætið á lokakynninguna.

company-project-check-student-read-brief = Lestu verklýsinguna og skrifaðu niður spurningar.
company-project-check-student-agree-roles = Komdu þér saman við hópinn um hlutverk og reglur.
company-project-check-student-plan = Gerðu verkáætlun með áföngum.
company-project-check-student-update-client = Haltu viðskiptavininum upplýstum.
company-project-check-student-present = Kynntu niðurstöðuna á faglegan hátt.
