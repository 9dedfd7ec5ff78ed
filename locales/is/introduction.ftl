## 1. kafli: Um handbókina

introduction-title = Um handbókina
    .summary = Fyrir hverja handbókin er, hvernig á að nota hana og hvaða orð hún notar.

introduction-purpose =
    Starfsmenntun skilar mestu þegar skóli og vinnustaður toga í sömu átt. Nemendur læra iðn sína að hluta í kennslustofunni og að hluta á vinnustað og þessir tveir hlutar þurfa að passa saman. Það gerist aðeins þegar fólk beggja vegna talar saman, skipuleggur saman og treystir hvert öðru.

    Í þessari handbók er lýst { $methods ->
        [one] { $methods } reyndri leið
       *[other] { $methods } reyndum leiðum
    } til samstarfs { -vet-providers(case: "gen") } og { -employers(case: "gen") }. Hver aðferð var prófuð í raun af samstarfsaðilum í { -brand }, Erasmus+-samstarfsverkefni starfsmenntaskóla og atvinnurekenda í Finnlandi, Svíþjóð, Íslandi, Hollandi og Þýskalandi. Samstarfsaðilarnir starfa í verslun og viðskiptum, ferðaþjónustu og veitingarekstri, heilbrigðis- og félagsþjónustu, landbúnaði, garðyrkju og iðn- og tæknigreinum og dæmin í handbókinni koma úr þeim greinum.

    Markmið okkar eru nánari tengsl starfsmenntunar og atvinnulífs, greiðari leið úr skóla út á vinnumarkað og betra nám. Við viljum líka sýna að samstarf getur verið með ýmsu móti; ekki þarf allt samstarf formlegan samning eða stórt verkefni.

introduction-audience =
    Handbókin er skrifuð fyrir þrjá hópa lesenda:

    - **Skóla og kennara**: framhaldsskóla, verkmenntaskóla og fræðslumiðstöðvar og þá kennara, verkefnastjóra og stjórnendur sem skipuleggja námið og halda sambandi við vinnustaði.
    - **Atvinnurekendur og leiðbeinendur á vinnustað**: fyrirtæki og opinberar stofnanir sem taka við nemendum og það starfsfólk sem leiðbeinir nemendunum frá degi til dags.
    - **Nemendur**: ungt fólk og fullorðna sem læra til starfs, að hluta í skóla og að hluta á vinnustað.

    Í hverri aðferð er lýst hvað allir þrír hóparnir gera, því samstarf gengur aðeins upp þegar hver aðili þekkir sitt hlutverk. Nemendur eru ekki áhorfendur: þeir móta eigið nám og gefa báðum aðilum gagnlega endurgjöf.
    .title = Fyrir hverja er handbókin

introduction-how-to-use =
    Það þarf ekki að lesa handbókina spjaldanna á milli. Byrjið á kaflanum um fyrstu skrefin, sem hjálpar ykkur að meta hve mikla reynslu samstarfið ykkar hefur og hvaða aðferðir henta því núna. Veljið svo eina eða tvær aðferðir og lesið þær vandlega.

    Í hverjum aðferðakafla eru þessir hlutar:

    - samantekt í einni línu, hverjir taka þátt, venjuleg lengd og hve mikla fyrirhöfn aðferðin krefst;
    - inngangur sem útskýrir í hverju aðferðin felst og hvers vegna hún gagnast;
    - frásögn samstarfsaðila sem prófaði hana, meðal annars af því sem reyndist erfiðara en búist var við og hverju var breytt;
    - skref í undirbúningi og framkvæmd, sérstaklega fyrir { -vet-provider(case: "acc", def: "yes") }, { -employer(case: "acc", def: "yes") } og { -student(case: "acc", def: "yes") };
    - leiðbeiningar um eftirfylgni og góð ráð;
    - gátlisti fyrir hvert hlutverk.

    Sumar aðferðir bæta við því sem þær þurfa: viðvörun um raunverulega hættu eða yfirlit yfir skjal eins og námssamkomulagið. Þar sem reglur og heiti eru ólík eftir löndum er þess getið í textanum og í útgáfu hvers lands eru sérstakar athugasemdir um aðstæður þar, í íslensku útgáfunni merktar „Á Íslandi“.

    Gátlistarnir eru líka prentaðir á spjöld: látið hvern og einn fá spjaldið fyrir sitt hlutverk. Síðasti kaflinn hjálpar ykkur að meta samstarfið og fagna árangrinum. Tímalengd og fyrirhöfn eru aðeins gefin upp til viðmiðunar; lagið hverja aðferð að ykkar starfsgrein, reglum í ykkar landi og stærð ykkar vinnustaða og skóla.
    .title = Hvernig á að nota handbókina

introduction-overview =
    Taflan sýnir { $methods ->
        [one] { $methods } aðferð
       *[other] allar { $methods } aðferðirnar
    } í sömu röð og í handbókinni.
    .title = Aðferðirnar í hnotskurn

introduction-glossary =
    Skólar og vinnustaðir nota ekki alltaf sömu orðin og hvert land hefur sín eigin hugtök. Í þessari handbók notum við eftirfarandi:

    - **Starfsmenntun** (e. vocational education and training, VET): nám sem býr fólk undir tiltekið starf eða iðngrein. Það fer fram í skóla, á vinnustað eða, oftast, á báðum stöðum.
    - **Nám á vinnustað** (e. work-based learning): nám í gegnum raunveruleg störf á raunverulegum vinnustað, með markmiðum sem tengjast námsbraut og prófi eða starfsréttindum. Vinnustaðanám, samningsbundið nám og verkefni fyrir fyrirtæki eru allt form þess.
    - **Vinnustaðanám** (e. placement): afmarkað tímabil þar sem nemandi lærir á vinnustað að umsömdum markmiðum.
    - **Leiðbeinandi á vinnustað** eða **meistari**: sá sem leiðbeinir nemanda á vinnustaðnum, skipuleggur verkefnin, gefur endurgjöf og tekur þátt í námsmati. Önnur heiti eru til dæmis tilsjónarmaður og umsjónarmaður; í löggiltum iðngreinum er það iðnmeistari, eða fyrirtæki með iðnmeistara, sem tekur nema á samning.
    - **Samningsbundið nám** (e. apprenticeship): nám þar sem neminn er ráðinn hjá fyrirtæki og lærir einkum við vinnu, en sækir hluta námsins í { -vet-provider(case: "acc") }. Skriflegur samningur, **námssamningur**, kveður á um réttindi og skyldur allra sem hlut eiga að máli.
    - **Námssamkomulag** (e. learning agreement): skrifleg áætlun sem nemandinn, skólinn og vinnustaðurinn koma sér saman um áður en vinnustaðanám hefst. Þar koma fram námsmarkmið, verkefni, tímasetningar, tengiliðir og hvernig námið verður metið. Það er ekki það sama og námssamningur. Heiti þess og lagaleg staða eru ólík eftir löndum. Á Íslandi er framvinda nemenda í vinnustaðanámi skráð í rafræna ferilbók.
    .title = Orð sem við notum
