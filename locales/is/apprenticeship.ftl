## Aðferð: Námssamningar

apprenticeship-title = Námssamningar
    .summary = Neminn er ráðinn hjá fyrirtæki og lærir einkum við vinnu, með stuðningi { -vet-provider(case: "gen", def: "yes") }.

apprenticeship-intro =
    Nemi á námssamningi er launþegi. Neminn og { -employer(def: "yes") } skrifa undir ráðningarsamning (í sumum löndum skrifar { -vet-provider(def: "yes") } líka undir) og af honum leiða laun, vinnutími, orlof og tryggingar eins og hjá öðru starfsfólki. Mestallt fagið lærist í vinnunni; { -vet-provider(def: "yes") } skipuleggur námið með vinnustaðnum og kennir það sem vinnan nær ekki yfir. Í sumum skólamiðuðum kerfum er neminn áfram nemandi og þá þarf að kanna hver tryggir hann á vinnustaðnum. Einnig er ólíkt hver metur í lokin: í Finnlandi { -vet-provider(def: "yes") } ásamt vinnustaðnum, í Þýskalandi iðnaðar- og verslunarráð eða handiðnaðarráð (IHK, HWK) og í löggiltum iðngreinum á Íslandi semur sveinsprófsnefnd hverrar greinar sveinsprófið.

    Samningsbundið nám hentar fullorðnum sem skipta um starfsvettvang, ungu fólki sem vill hafa tekjur á meðan það lærir og fyrirtækjum sem vilja þjálfa starfsfólk á eigin hátt. Það stendur oft í tvö eða þrjú ár og því skiptir máli að allir þrír aðilar fylgi sameiginlegri áætlun.

apprenticeship-contract-note =
    Í löggiltum iðngreinum gera neminn, skólinn og iðnmeistari eða fyrirtæki námssamning og skólinn annast umsýslu hans. Nemi á samningi hjá meistara eða fyrirtæki fær laun samkvæmt kjarasamningi og framvindan er skráð í rafræna ferilbók. Náminu lýkur með sveinsprófi, sem sveinsprófsnefnd greinarinnar semur; Iðan fræðslusetur og Rafmennt sjá um framkvæmd sveinsprófa í flestum greinum. Sá sem stenst prófið fær sveinsbréf.
    .title = Á Íslandi

apprenticeship-example =
    Pípulagna- og hitalagnafyrirtæki í Oulu fann ekki hæfa lagnamenn. Í samvinnu við starfsmenntaskóla á svæðinu réð það tvo fullorðna, fyrrverandi lagerstarfsmann og fyrrverandi hermann, á námssamning í lagnatækni.

    Kennari, verkstjórinn og hvor nemi tengdu hvern áfanga námsbrautarinnar við þær lagnir sem fyrirtækið átti von á að vinna við næstu tvö árin. Áætlunin stóðst ekki fyrsta veturinn: stóru nýbyggingarverki var frestað og í fimm mánuði unnu báðir nemarnir eingöngu við endurnýjun lagna í íbúðum þar sem fólk bjó. Á næsta framvindufundi færði kennarinn áfangann um ný hitakerfi yfir á annað árið og skipulagði í staðinn tveggja vikna nám á verkstæði skólans.

    Annar neminn lauk náminu eftir 26 mánuði og hélt áfram störfum hjá fyrirtækinu. Hinn hætti eftir ár og fór í betur launað starf, án þess að ljúka náminu. Niðurstaða fyrirtækisins: semjið um launaþrepin fyrir allan námstímann um leið og skrifað er undir námssamninginn.
    .title = Prófað í iðn- og tæknigreinum í Finnlandi

apprenticeship-prep-vet-provider =
    1. Heimsækið vinnustaðinn og skráið hvað námsbrautin krefst sem þessi vinna getur ekki boðið.
    2. Útskýrið reglur, fjármögnun og ábyrgð fyrir { -employer(case: "dat", def: "yes") } og umsækjandanum, meðal annars hver skrifar undir hvað.
    3. Gerið einstaklingsbundna námsáætlun með þeim báðum: hvaða áfangi lærist hvar og hvenær, námsdagar og námsmat.

apprenticeship-prep-employer =
    1. Ráðið eftir áhuga frekar en reynslu og semjið í námssamningnum um laun, vinnutíma og reynslutíma.
    2. Kannið tryggingar og, ef neminn er undir 18 ára aldri, reglur um verkefni og vinnutíma ungmenna.
    3. Tilnefnið { -work-mentor(case: "acc") } og gefið honum tíma og þjálfun.

apprenticeship-prep-student =
    1. Lestu námssamninginn: laun, vinnutíma, orlof, reynslutíma og námsdaga.
    2. Farðu yfir námsáætlunina og athugaðu hvaða hluta þú lærir í vinnunni og hvaða hluta í skólanum.

apprenticeship-do-vet-provider =
    1. Kennið bóklega hlutann með dæmum úr vinnu nemans sjálfs.
    2. Hittið nemann og leiðbeinandann á tveggja til þriggja mánaða fresti og breytið áætluninni þegar vinnan breytist.
    3. Búið nemann undir lokamatið eða lokaprófið, hver sem heldur það.
    4. Spyrjið fyrirtækið og nemann í lokin hvað eigi að gera öðruvísi næst og skráið það: það sannfærir önnur fyrirtæki betur en nokkur bæklingur.

apprenticeship-do-employer =
    1. Látið nemann fá verkefni samkvæmt áætluninni, ekki bara það sem liggur á.
    2. Gefið nemanum frí frá vinnu á námsdögum, líka í annavikum.
    3. Látið kennarann vita snemma ef vinnan eða námssamningurinn breytist.

apprenticeship-do-student =
    1. Haltu námsdagbók og taktu hana með á framvindufundi.
    2. Segðu frá snemma ef verkefnin þín og áætlunin passa ekki lengur saman.

apprenticeship-tips =
    Námsdagarnir eru það fyrsta sem fer þegar mikið er að gera í fyrirtækinu og nemi sem missir af þeim dregst aftur úr: setjið þá inn á vaktaplanið, ekki bara í áætlunina.

    Semjið strax í upphafi um hvað gerist ef námssamningnum lýkur fyrr en áætlað var: hver lætur hvern vita og hvernig neminn getur lokið náminu annars staðar.
    .title = Varúð

apprenticeship-check-vet-provider-check-tasks = Gangið úr skugga um að vinnustaðurinn bjóði upp á verkefnin sem námið krefst.
apprenticeship-check-vet-provider-explain-rules = Útskýrið reglur, fjármögnun og hver skrifar undir hvað.
apprenticeship-check-vet-provider-training-plan = Gerið námsáætlunina með atvinnurekanda og nema.
apprenticeship-check-vet-provider-progress-meetings = Haldið framvindufund á tveggja til þriggja mánaða fresti.
apprenticeship-check-vet-provider-early-end = Semjið um hvað gerist ef samningnum lýkur fyrr.
apprenticeship-check-vet-provider-organise-assessment = Búið nemann undir lokamatið.

apprenticeship-check-employer-agree-contract = Skrifið undir námssamning: laun, vinnutími, reynslutími.
apprenticeship-check-employer-check-insurance = Kannið tryggingar og reglur um vinnu ungmenna.
apprenticeship-check-employer-name-mentor = Tilnefnið leiðbeinanda á vinnustað og gefið honum tíma.
apprenticeship-check-employer-plan-tasks = Tengið verkefnin í vinnunni við námsáætlunina.
apprenticeship-check-employer-release-study = Gefið nemanum frí á öllum námsdögum.
apprenticeship-check-employer-report-problems = Látið kennarann vita snemma þegar vinnan breytist.

apprenticeship-check-student-understand-terms = Lestu samninginn: laun, vinnutíma, orlof, námsdaga.
apprenticeship-check-student-agree-mentor = Ákveddu með leiðbeinandanum hvenær þið farið yfir framvinduna.
apprenticeship-check-student-keep-log = Haltu námsdagbók og taktu hana með á fundi.
apprenticeship-check-student-speak-up = Segðu frá snemma ef verkefnin passa ekki við áætlunina.
apprenticeship-check-student-prepare-meetings = Undirbúðu þig fyrir framvindufundi og námsmat.
