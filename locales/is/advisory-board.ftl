## Aðferð: Ráðgjafarráð atvinnurekenda

advisory-board-title = Ráðgjafarráð atvinnurekenda
    .summary = Fastur hópur atvinnurekenda veitir námsbraut ráð um nám, vinnustaðanám og þróun í greininni.

advisory-board-intro =
    Í ráðgjafarráði sitja fulltrúar nokkurra { -employers(case: "gen") } í sömu grein, kennarar og stjórnendur skólans og oft nemandi. Ráðið hittist nokkrum sinnum á ári til að ræða hvað útskrifaðir nemendur þurfa að kunna, hvernig vinnustaðanámið gengur og hvað er að breytast í faginu.

    Í stað margra tvíhliða tengsla verður til einn sameiginlegur vettvangur: { -vet-provider(def: "yes") } heyrir reglulega rödd greinarinnar og atvinnurekendur fá áhrif og kynnast hver öðrum. Ráðið lifir aðeins svo lengi sem ráðsmenn sjá að ráð þeirra skila einhverju.

advisory-board-local-name =
    Á landsvísu starfa starfsgreinaráð samkvæmt lögum um framhaldsskóla og veita ráðgjöf um starfsnám, hvert fyrir sinn starfsgreinaflokk. Ráð sem einstakir skólar mynda með atvinnurekendum um tiltekna námsbraut eru ekki lögbundin og bera ólík heiti.
    .title = Á Íslandi

advisory-board-example =
    Námsbraut í ferða- og veitingagreinum við framhaldsskóla í Östersund stofnaði ráð með tveimur hótelum, skíðasvæði, veitingastað og viðburðafyrirtæki. Það hittist fjórum sinnum á ári, tvisvar í skólanum og tvisvar á vinnustað eins ráðsmanna.

    Á fyrsta fundinum sögðu atvinnurekendurnir að vinnustaðanám í byrjun nóvember, þegar hótelin og skíðasvæðið standa nánast tóm, gæfi nemendum ranga mynd af greininni. Skólinn lagði til febrúar í staðinn en atvinnurekendurnir höfnuðu því: í mestu annavikunum hefði enginn tíma til að leiðbeina nemanda. Ráðið sættist á styttra vinnustaðanám, þrjár vikur frá lokum nóvember, þegar tímabilið hefst og árstíðabundið starfsfólk er þjálfað. Nemendur taka þátt í þeirri þjálfun og vinna fyrstu helgar tímabilsins.

    Nemendur gáfu þessu vinnustaðanámi greinilega hærri einkunn. Litlu munaði að ráðið sjálft lognaðist út af á öðru ári, þegar fundirnir urðu að skýrslum frá skólanum; því var fundum fækkað í þrjá á ári, hver með eina spurningu sem ráðið á að taka afstöðu til.
    .title = Prófað í ferðaþjónustu og veitingagreinum í Svíþjóð

advisory-board-prep-vet-provider =
    1. Skrifið erindisbréf á einni síðu: um hvað ráðið veitir ráð, hvað það ákveður ekki og hve lengi ráðsmenn sitja.
    2. Bjóðið fjölbreyttum hópi { -employers(case: "gen") } sæti: stórum og smáum, úr ólíkum hlutum greinarinnar.
    3. Ákveðið fundardaga ársins, hver með eina spurningu sem ráðið á að taka afstöðu til.

advisory-board-prep-employer =
    1. Sendið fulltrúa sem getur talað fyrir hönd fyrirtækisins og mætt á alla fundardaga.
    2. Spyrjið samstarfsfólk fyrir hvern fund um spurningu fundarins, til dæmis hvað nýtt starfsfólk af námsbrautinni skortir.

advisory-board-prep-student =
    1. Taktu þátt í að kjósa fulltrúa nemenda og varamann.
    2. Safnaðu sjónarmiðum annarra nemenda á spurningu fundarins.

advisory-board-do-vet-provider =
    1. Sendið dagskrá og tölur viku fyrir fram: fjölda nemenda, vinnustaðanám, endurgjöf og atvinnuþátttöku útskrifaðra.
    2. Stýrið fundum í átt að ákvörðunum: ljúkið hverjum lið á því hver gerir hvað og hvenær.
    3. Segið á næsta fundi frá afdrifum hvers einasta ráðs, líka því sem þið ákváðuð að gera ekki og hvers vegna.

advisory-board-do-employer =
    1. Segið ráðinu hvað er að breytast í faginu, með dæmum.
    2. Bjóðið fram áþreifanlega aðstoð: pláss í vinnustaðanámi, gestakennslu eða búnað.

advisory-board-do-student =
    1. Talaðu fyrir hönd nemenda, ekki bara fyrir sjálfan þig.
    2. Segðu öðrum nemendum frá fundinum innan viku.

advisory-board-follow-up =
    Takið einu sinni á ári saman hvaða ráð ráðið gaf og hverju var breytt í kjölfarið og spyrjið ráðsmenn hvort ráðið sé tímans virði. Endurnýjið hluta ráðsins á nokkurra ára fresti svo að ný fyrirtæki og ný sjónarmið bætist við.

advisory-board-tips =
    - Stuttir fundir með einni ákvörðun hver fá upptekna atvinnurekendur til að mæta áfram.
    - Hittist stundum á vinnustöðum: kennarar sjá fagið og atvinnurekendur sjá vinnu hver annars.
    - Ráð atvinnurekenda geta stangast á við nám nemenda, til dæmis óskin um aukinn mannafla á annatíma. Berið ráðin saman við námsmarkmiðin áður en farið er eftir þeim.
    .title = Góð ráð og gildrur

advisory-board-check-vet-provider-define-purpose = Skrifið erindisbréf ráðsins á einni síðu.
advisory-board-check-vet-provider-invite-members = Bjóðið stórum og smáum atvinnurekendum úr greininni sæti.
advisory-board-check-vet-provider-plan-calendar = Ákveðið fundardaga ársins, hver með eina spurningu.
advisory-board-check-vet-provider-share-data = Sendið dagskrá og tölur viku fyrir fund.
advisory-board-check-vet-provider-write-minutes = Ljúkið hverjum lið á því hver gerir hvað og hvenær.
advisory-board-check-vet-provider-report-results = Segið frá afdrifum hvers einasta ráðs.

advisory-board-check-employer-choose-representative = Sendið fulltrúa sem getur talað fyrir fyrirtækið.
advisory-board-check-employer-collect-views = Spyrjið samstarfsfólk fyrst um spurningu fundarins.
advisory-board-check-employer-share-trends = Komið með dæmi um breytingar í faginu.
advisory-board-check-employer-offer-help = Bjóðið fram vinnustaðanám, gestakennslu eða búnað.
advisory-board-check-employer-host-meeting = Haldið einn fund á vinnustaðnum ykkar.

advisory-board-check-student-choose-rep = Taktu þátt í að kjósa fulltrúa og varamann.
advisory-board-check-student-collect-views = Safnaðu sjónarmiðum nemenda á spurningu fundarins.
advisory-board-check-student-read-agenda = Lestu dagskrá og tölur fyrir fundinn.
advisory-board-check-student-speak = Talaðu fyrir hönd nemenda, ekki bara fyrir þig.
advisory-board-check-student-report-back = Segðu öðrum nemendum frá fundinum innan viku.
