## Aðferð: Atvinnurekendur taka þátt í námskrárgerð

curriculum-title = Atvinnurekendur taka þátt í námskrárgerð
    .summary = Atvinnurekendur hjálpa til við að skipuleggja hvað nemendur læra og hvernig, svo að námið mæti þörfum atvinnulífsins.

curriculum-intro =
    Aðalnámskrá og opinberar kröfur um nám skilja eftir svigrúm fyrir ákvarðanir á hverjum stað: hvaða valáfanga á að bjóða, í hvaða röð, hvaða dæmi og verkefni á að nota og hve stór hluti námsins fer fram á vinnustað. Þegar { -employers } taka þátt í þessum ákvörðunum fylgir námið raunverulegum þörfum atvinnulífsins betur.

    Þessi aðferð leiðir saman kennara og fólk af vinnustöðum til að skipuleggja áfanga, námsbraut eða námskrá skólans. Hún krefst tíma og trausts og hentar því samstarfsaðilum sem þekkjast nú þegar. Ávinningurinn er nám sem báðir aðilar eiga hlut í.

curriculum-example =
    Starfsmenntaskóli fyrir umönnunarstörf í Kassel og fjórir aðilar í umönnunarþjónustu höfðu áhyggjur af því að nýútskrifað starfsfólk væri veikt í rafrænni skráningu umönnunar og í samskiptum við aðstandendur. Skólinn bauð deildarstjórum og reyndum hjúkrunarfræðingum að skipuleggja innihald tveggja námssviða á staðnum ásamt kennurunum.

    Á einni önn hittist hópurinn þrisvar. Á fyrsta fundinum lýstu fulltrúar umönnunaraðilanna hversdagslegum aðstæðum þar sem nýtt starfsfólk átti í erfiðleikum. Á öðrum fundinum flokkuðu kennarar og hjúkrunarfræðingar þessar aðstæður eftir námssviðum og skrifuðu ný raunhæf dæmaverkefni. Á þeim þriðja komu þau sér saman um hvaða verkefni nemendur ættu að vinna í vinnustaðanámi sínu og hvernig ætti að meta þau.

    Nýja innihaldið var kennt árið eftir. Deildarstjórar greindu frá því að nemendur kæmu betur undirbúnir og skólinn heldur nú skipulagsfund með atvinnurekendum á hverju vori.
    .title = Prófað í heilbrigðis- og félagsþjónustu í Þýskalandi

curriculum-prep-vet-provider =
    1. Ákveðið hvaða hluti námskrárinnar er opinn fyrir skipulagningu á staðnum.
    2. Bjóðið { -employers(case: "dat") } og útskýrið rammann, reglurnar og tímaáætlunina.
    3. Safnið gögnum sem styðja umræðuna, til dæmis endurgjöf frá útskrifuðum nemendum og frá vinnustöðum sem taka nemendur í vinnustaðanám.

curriculum-prep-employer =
    1. Veljið fólk sem þekkir bæði daglegu störfin og hvert fagið stefnir.
    2. Safnið dæmum um hæfni sem nýtt starfsfólk skortir eða mun fljótlega þurfa.
    3. Takið frá tíma fyrir skipulagsfundina.

curriculum-prep-student =
    1. Gefðu endurgjöf á núverandi áfanga og á vinnustaðanámið þitt.
    2. Bjóddu þig fram sem fulltrúa nemenda á skipulagsfundi.
    3. Hugsaðu um hvað þú þyrftir að læra til að hefja störf af öryggi.

curriculum-do-vet-provider =
    1. Stýrið fundunum og hafið rammann í huga.
    2. Breytið hugmyndunum í námsmarkmið, verkefni og námsmat.
    3. Sendið öllum drög til umsagnar.

curriculum-do-employer =
    1. Lýsið raunverulegum aðstæðum úr vinnunni og þeirri hæfni sem þær krefjast.
    2. Gerið athugasemdir við drögin á einföldu máli.
    3. Bjóðið fram verkefni, efni eða pláss í vinnustaðanámi sem styðja nýja innihaldið.

curriculum-do-student =
    1. Segðu hópnum hvernig nemendur upplifa námið.
    2. Segðu álit þitt á því hvort nýju verkefnin séu skynsamleg.
    3. Kynntu áætlanirnar fyrir öðrum nemendum.

curriculum-follow-up =
    Þegar nýja innihaldið hefur verið kennt einu sinni skuluð þið hittast aftur og skoða árangurinn: endurgjöf nemenda, niðurstöður námsmats og reynslu atvinnurekenda af nemendum á vinnustað. Lagið það sem gekk ekki upp.

    Gerið þetta að föstum lið, til dæmis árlegum skipulagsfundi, svo að námskráin haldi í við atvinnulífið.

curriculum-tips =
    - Útskýrið opinberu reglurnar snemma svo að enginn skipuleggi það sem ekki er hægt að framkvæma.
    - Notið raunverulegar aðstæður á vinnustað sem upphafspunkt, ekki lista yfir námsgreinar.
    - Biðjið ekki um álit til þess eins að hunsa það; sýnið hverju var breytt.
    - Látið raddir nemenda heyrast.
    .title = Góð ráð og gildrur

curriculum-check-vet-provider-define-scope = Skilgreinið hvað er opið fyrir skipulagningu á staðnum.
curriculum-check-vet-provider-invite-employers = Bjóðið atvinnurekendum og útskýrið rammann.
curriculum-check-vet-provider-collect-data = Safnið endurgjöf frá útskrifuðum nemendum og vinnustöðum.
curriculum-check-vet-provider-lead-meetings = Stýrið fundunum.
curriculum-check-vet-provider-draft-content = Breytið hugmyndum í markmið, verkefni og námsmat.
curriculum-check-vet-provider-show-changes = Sýnið öllum hverju var breytt.

curriculum-check-employer-choose-people = Veljið fólk sem þekkir starfið og framtíð þess.
curriculum-check-employer-collect-examples = Safnið dæmum um hæfni sem vantar.
curriculum-check-employer-set-time = Takið frá tíma fyrir fundina.
curriculum-check-employer-comment-drafts = Gerið athugasemdir við drögin.
curriculum-check-employer-offer-tasks = Bjóðið fram verkefni eða efni fyrir nýja innihaldið.

curriculum-check-student-give-feedback = Gefðu endurgjöf á núverandi nám.
curriculum-check-student-volunteer = Bjóddu þig fram sem fulltrúa nemenda.
curriculum-check-student-comment = Segðu álit þitt á nýju verkefnunum.
curriculum-check-student-share-plans = Kynntu áætlanirnar fyrir öðrum nemendum.
curriculum-check-student-think-needs = Hugsaðu um hvað þú þarft að læra.
