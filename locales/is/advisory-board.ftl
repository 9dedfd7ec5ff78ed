## Aðferð: Ráðgjafarráð atvinnurekenda

advisory-board-title = Ráðgjafarráð atvinnurekenda
    .summary = Fastur hópur atvinnurekenda veitir námsbraut ráð um nám, vinnustaðanám og þróun í greininni.

advisory-board-intro =
    Í ráðgjafarráði sitja fulltrúar nokkurra { -employers(case: "gen") } í sömu grein, kennarar og stjórnendur skólans og oft nemendur. Ráðið hittist nokkrum sinnum á ári til að ræða námsbrautina: hvað útskrifaðir nemendur þurfa að kunna, hvernig vinnustaðanámið gengur, hvaða breytingar eru fram undan í greininni og hvernig aðilarnir geta hjálpað hver öðrum.

    Í stað margra tvíhliða tengsla verður til einn sameiginlegur vettvangur. { -vet-provider(def: "yes", start: "yes") } heyrir rödd greinarinnar reglulega og atvinnurekendur fá áhrif og kynnast hver öðrum. Það virkar best þegar ráðið hefur skýrt hlutverk og sér ráðin sín leiða til aðgerða.

advisory-board-example =
    Námsbraut í ferða- og veitingagreinum við framhaldsskóla í Östersund stofnaði ráðgjafarráð með tveimur hótelum, skíðasvæði, veitingastað og viðburðafyrirtæki. Ráðið hittist fjórum sinnum á ári, tvisvar í skólanum og tvisvar á vinnustað eins ráðsmanna.

    Á fyrsta fundinum benti ráðið á að vinnustaðanám í nóvember, rólegasta mánuði ársins, gæfi nemendum ranga mynd af greininni. Skólinn færði vinnustaðanámið yfir á síðari hluta vetrar, þegar skíðavertíðin stendur sem hæst, og atvinnurekendurnir samþykktu að veita aukinn stuðning leiðbeinenda á þessum annatíma. Ráðið kom einnig upp sameiginlegum lista yfir gestafyrirlesara og sameiginlegum ráðningardegi á hverju vori.

    Eftir tvö ár gáfu nemendur vinnustaðanáminu mun hærri einkunn og fyrirtækin í ráðinu ráða nú stóran hluta útskrifaðra nemenda brautarinnar.
    .title = Prófað í ferðaþjónustu og veitingagreinum í Svíþjóð

advisory-board-prep-vet-provider =
    1. Skilgreinið tilgang ráðsins, verkefni og takmörk í stuttu skjali.
    2. Bjóðið fjölbreyttum hópi { -employers(case: "gen") }, stórum og smáum og úr ólíkum hlutum greinarinnar, sæti í ráðinu.
    3. Gerið ársáætlun um fundi með skýrum þemum.

advisory-board-prep-employer =
    1. Veljið fulltrúa sem getur talað fyrir hönd fyrirtækisins og mætt reglulega.
    2. Safnið sjónarmiðum samstarfsfólks um nám og ráðningar fyrir fundi.
    3. Bjóðist til að halda fund á vinnustaðnum ykkar.

advisory-board-prep-student =
    1. Taktu þátt í að velja fulltrúa nemenda í ráðið.
    2. Safnaðu sjónarmiðum annarra nemenda fyrir hvern fund.
    3. Lestu dagskrána og undirbúðu það sem þú vilt koma á framfæri.

advisory-board-do-vet-provider =
    1. Sendið dagskrá fyrir fram og stýrið fundunum markvisst.
    2. Deilið gögnum: fjölda nemenda, vinnustaðanám, endurgjöf og atvinnuþátttöku útskrifaðra.
    3. Skrifið stutta fundargerð með ákvörðunum og hver gerir hvað.

advisory-board-do-employer =
    1. Segið ráðinu frá breytingum í greininni og hæfniþörfum ykkar.
    2. Gefið heiðarleg ráð og bjóðið fram áþreifanlega aðstoð, svo sem pláss í vinnustaðanámi eða gestakennslu.
    3. Segið samstarfsfólki í fyrirtækinu frá starfi ráðsins.

advisory-board-do-student =
    1. Segðu ráðinu hvernig nemendur upplifa námið og vinnustaðanámið.
    2. Spurðu um starfsferil og greinina.
    3. Segðu öðrum nemendum frá því sem fram kom.

advisory-board-follow-up =
    Í lok hvers árs skuluð þið taka saman hvaða ráð ráðið hefur gefið og hverju hefur verið breytt í kjölfarið. Kynnið þetta ráðsmönnum og stjórnendum skólans og spyrjið ráðsmenn hvort ráðið sé tímans virði.

    Endurnýjið skipan ráðsins öðru hverju svo að ný fyrirtæki og ný sjónarmið bætist við.

advisory-board-tips =
    - Stuttir og markvissir fundir með skýrri dagskrá fá upptekna atvinnurekendur til að mæta áfram.
    - Sýnið hvað varð um hvert einasta ráð, líka þegar svarið var nei.
    - Hittist stundum á vinnustöðum; það gefur kennurum innsýn í greinina.
    - Látið ráðið ekki verða eingöngu upplýsingavettvang. Biðjið um ráð og farið eftir þeim.
    .title = Góð ráð og gildrur

advisory-board-check-vet-provider-define-purpose = Skilgreinið tilgang og verkefni ráðsins.
advisory-board-check-vet-provider-invite-members = Bjóðið fjölbreyttum hópi atvinnurekenda sæti í ráðinu.
advisory-board-check-vet-provider-plan-calendar = Gerið ársáætlun um fundi.
advisory-board-check-vet-provider-share-data = Deilið gögnum um nemendur og vinnustaðanám.
advisory-board-check-vet-provider-write-minutes = Skrifið stutta fundargerð með aðgerðum.
advisory-board-check-vet-provider-report-results = Segið frá hverju var breytt vegna ráðanna.

advisory-board-check-employer-choose-representative = Veljið fulltrúa sem getur mætt reglulega.
advisory-board-check-employer-collect-views = Safnið sjónarmiðum samstarfsfólks fyrir fundi.
advisory-board-check-employer-share-trends = Segið frá breytingum og hæfniþörfum í greininni.
advisory-board-check-employer-offer-help = Bjóðið fram áþreifanlega aðstoð.
advisory-board-check-employer-host-meeting = Haldið fund á vinnustaðnum ykkar.

advisory-board-check-student-choose-rep = Taktu þátt í að velja fulltrúa nemenda.
advisory-board-check-student-collect-views = Safnaðu sjónarmiðum annarra nemenda.
advisory-board-check-student-read-agenda = Lestu dagskrána og undirbúðu þig.
advisory-board-check-student-speak = Segðu frá upplifun nemenda.
advisory-board-check-student-report-back = Segðu öðrum nemendum frá því sem fram kom.
