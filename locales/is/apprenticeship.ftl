## Aðferð: Námssamningar

apprenticeship-title = Námssamningar
    .summary = Neminn er ráðinn hjá fyrirtæki og lærir einkum við vinnu, með stuðningi { -vet-provider(case: "gen", def: "yes") }.

apprenticeship-intro =
    Nemi á námssamningi er launþegi. Hann gerir námssamning við { -employer(case: "acc", def: "yes") }, fær laun og lærir mestallt fagið í vinnunni, en { -vet-provider(def: "yes") } skipuleggur námið, kennir bóklega hlutann og sér um námsmat. Reglurnar eru ólíkar eftir löndum en hugmyndin er alls staðar sú sama: vinnustaðurinn er aðalnámsstaðurinn.

    Samningsbundið nám hentar fullorðnum sem skipta um starfsvettvang, ungu fólki sem vill hafa tekjur á meðan það lærir og fyrirtækjum sem vilja þjálfa starfsfólk eftir eigin þörfum. Það krefst skuldbindingar allra þriggja aðila í langan tíma og því er góð skipulagning nauðsynleg.

apprenticeship-example =
    Pípulagna- og hitalagnafyrirtæki í Oulu fann ekki hæfa lagnamenn. Í samvinnu við starfsmenntaskóla á svæðinu réð það tvo fullorðna, fyrrverandi lagerstarfsmann og fyrrverandi hermann, á námssamning sem leiddi til réttinda í lagnatækni.

    Kennari, verkstjóri fyrirtækisins og hvor nemi gerðu einstaklingsbundna námsáætlun. Í henni var hver áfangi námsbrautarinnar tengdur við þær lagnir sem fyrirtækið myndi vinna við næstu tvö árin og við bættust námsdagar og bóklegt nám á netinu fyrir það sem verkin náðu ekki yfir. Reyndur lagnamaður var leiðbeinandi og þau fjögur hittust á tveggja mánaða fresti til að fara yfir framvinduna.

    Báðir nemarnir luku náminu á rúmlega tveimur árum og héldu áfram störfum hjá fyrirtækinu. Annar þeirra er nú leiðbeinandi næsta nema fyrirtækisins.
    .title = Prófað í iðn- og tæknigreinum í Finnlandi

apprenticeship-prep-vet-provider =
    1. Gangið úr skugga um að vinnustaðurinn geti boðið þau verkefni sem námsbrautin krefst.
    2. Útskýrið reglur, fjármögnun og ábyrgð fyrir { -employer(case: "dat", def: "yes") } og umsækjandanum.
    3. Gerið einstaklingsbundna námsáætlun í sameiningu, með námsdögum og námsmati.

apprenticeship-prep-employer =
    1. Ákveðið hvern þið ráðið og semjið um námssamninginn, laun og vinnutíma.
    2. Tilnefnið { -work-mentor(case: "acc") } og gefið honum tíma og þjálfun.
    3. Skipuleggið hvaða verkefni og verkstaðir ná yfir hvaða hluta áætlunarinnar.

apprenticeship-prep-student =
    1. Kynntu þér hvað samningsbundið nám felur í sér, þar á meðal námsdaga og námsmat.
    2. Lestu námssamninginn og námsáætlunina og spurðu út í allt sem er óljóst.
    3. Komdu þér saman við leiðbeinandann um hvernig þið ætlið að vinna saman.

apprenticeship-do-vet-provider =
    1. Kennið bóklega hlutann og tengið hann við vinnu nemans.
    2. Haldið reglulega framvindufundi með nemanum og leiðbeinandanum.
    3. Skipuleggið námsmat, helst á vinnustaðnum.

apprenticeship-do-employer =
    1. Látið nemann fá verkefni samkvæmt áætluninni, ekki bara það sem liggur á.
    2. Gefið nemanum frí frá vinnu á námsdögum.
    3. Gætið þess að leiðbeinandinn sinni hlutverki sínu og látið vita af vandamálum snemma.

apprenticeship-do-student =
    1. Taktu virkan þátt í vinnu og námi og haltu námsdagbók eða ferilbók.
    2. Láttu leiðbeinandann og kennarann vita ef áætlunin passar ekki við verkefnin þín.
    3. Undirbúðu þig fyrir framvindufundi og námsmat.

apprenticeship-follow-up =
    Farið yfir námsáætlunina á hverjum framvindufundi og lagið hana þegar verkefnin breytast. Í lokin skuluð þið líta um öxl með öllum þremur aðilum: náði námið markmiðum sínum og hvað mynduð þið gera öðruvísi með næsta nema?

    Skráið reynslu fyrirtækisins, því hún er bestu rökin fyrir því að önnur fyrirtæki prófi að taka nema á samning. Fagnið námslokunum saman.

apprenticeship-tips =
    - Byrjið á vandaðri ráðningu; áhugi skiptir meira máli en fyrri reynsla.
    - Raunhæf námsáætlun kemur í veg fyrir að neminn festist í sama verkefninu mánuðum saman.
    - Látið námsdagana ekki hverfa þegar mikið er að gera í fyrirtækinu.
    - Gerið ráð fyrir því sem gerist ef námssamningnum lýkur fyrr en áætlað var.
    .title = Góð ráð og gildrur

apprenticeship-check-vet-provider-check-tasks = Gangið úr skugga um að vinnustaðurinn bjóði þau verkefni sem þarf.
apprenticeship-check-vet-provider-explain-rules = Útskýrið reglur, fjármögnun og ábyrgð.
apprenticeship-check-vet-provider-training-plan = Gerið einstaklingsbundna námsáætlun í sameiningu.
apprenticeship-check-vet-provider-link-theory = Tengið bóklega námið við vinnu nemans.
apprenticeship-check-vet-provider-progress-meetings = Haldið reglulega framvindufundi.
apprenticeship-check-vet-provider-organise-assessment = Skipuleggið námsmat á vinnustaðnum.

apprenticeship-check-employer-agree-contract = Semjið um námssamning, laun og vinnutíma.
apprenticeship-check-employer-name-mentor = Tilnefnið og þjálfið leiðbeinanda á vinnustað.
apprenticeship-check-employer-plan-tasks = Skipuleggið verkefni sem ná yfir námsáætlunina.
apprenticeship-check-employer-release-study = Gefið nemanum frí frá vinnu á námsdögum.
apprenticeship-check-employer-report-problems = Látið vita af vandamálum snemma.

apprenticeship-check-student-understand-terms = Kynntu þér námssamninginn og námsáætlunina vel.
apprenticeship-check-student-agree-mentor = Komdu þér saman við leiðbeinandann um vinnulagið.
apprenticeship-check-student-keep-log = Haltu námsdagbók eða ferilbók.
apprenticeship-check-student-speak-up = Láttu vita ef verkefnin passa ekki við áætlunina.
apprenticeship-check-student-prepare-meetings = Undirbúðu þig fyrir framvindufundi.
