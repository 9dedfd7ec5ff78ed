## Aðferð: Atvinnurekendur taka þátt í námskrárgerð

curriculum-title = Atvinnurekendur taka þátt í námskrárgerð
    .summary = Atvinnurekendur hjálpa til við að skipuleggja hvað nemendur læra og hvernig, svo að námið mæti þörfum atvinnulífsins.

curriculum-intro =
    Opinberar kröfur um nám og rammanámskrár skilja eftir svigrúm fyrir ákvarðanir á hverjum stað: hvaða valáfanga á að bjóða, í hvaða röð, með hvaða dæmum og verkefnum og hve stór hluti námsins fer fram á vinnustað. Hve mikið svigrúmið er fer eftir löndum. Þegar { -employers } hjálpa til við að nýta það fylgir námið raunverulegum þörfum atvinnulífsins betur.

    Þessi aðferð leiðir saman kennara og fólk af vinnustöðum til að skipuleggja áfanga, námsbraut eða efni sem ákveðið er á staðnum. Hún krefst tíma og trausts og hentar því samstarfsaðilum sem þekkjast nú þegar.

curriculum-local-room =
    Aðalnámskrá framhaldsskóla setur rammann. Innan hans semja skólarnir sjálfir námsbrautalýsingar og menntamálayfirvöld staðfesta þær. Starfsgreinaráð veita ráðgjöf um starfsnám í sínum greinum. Innan staðfestrar námsbrautar ræður skólinn meðal annars framboði valáfanga, röð áfanga, verkefnum og dæmum, og þar er svigrúm fyrir samstarf við atvinnurekendur.
    .title = Á Íslandi

curriculum-example =
    Starfsmenntaskóli fyrir umönnunarstörf í Kassel og fjórir aðilar í umönnunarþjónustu höfðu áhyggjur af því að nýútskrifað starfsfólk væri veikt í rafrænni skráningu umönnunar og í samtölum við aðstandendur. Skólinn bauð deildarstjórum og reyndum hjúkrunarfræðingum að skipuleggja með kennurunum þann hluta tveggja námssviða sem ákveðinn er á staðnum.

    Fyrsti fundurinn skilaði óskalista sem hefði fyllt heilt ár: deildarstjórarnir höfðu ekki vitað að rammanámskráin ákveður mest af innihaldinu og tímafjöldanum. Á öðrum fundinum sýndu kennararnir hvar ramminn skildi eftir svigrúm og hópurinn valdi viðfangsefnin tvö og skrifaði raunhæf dæmaverkefni fyrir þau. Á þeim þriðja komu þau sér saman um hvaða verkefni nemendur ynnu í vinnustaðanámi sínu.

    Samtölin við aðstandendur skiluðu árangri: leiðbeinendur sögðu frá nemendum sem héldu betur ró sinni í erfiðum samtölum. Skráningarhlutinn gerði það ekki, því kennsluhugbúnaður skólans var annar en kerfin sem umönnunaraðilarnir fjórir nota, og hópurinn hefur ekki enn fundið leið fram hjá því.
    .title = Prófað í heilbrigðis- og félagsþjónustu í Þýskalandi

curriculum-prep-vet-provider =
    1. Kannið nákvæmlega hvaða hluti námskrárinnar er opinn fyrir ákvörðunum á staðnum og hve margar kennslustundir hann hefur.
    2. Bjóðið { -employers(case: "dat") } til samstarfs og sendið þeim samantekt á einni síðu um þessi takmörk og fundardagana.
    3. Komið með gögn á fyrsta fundinn: endurgjöf útskrifaðra nemenda, athugasemdir leiðbeinenda úr vinnustaðanámi og niðurstöður námsmats.

curriculum-prep-employer =
    1. Sendið fólk sem þekkir daglegu störfin og hvert fagið stefnir, og sama fólkið í hvert sinn.
    2. Safnið tveimur eða þremur raunverulegum dæmum um aðstæður þar sem nýtt starfsfólk átti í erfiðleikum.

curriculum-prep-student =
    1. Segðu kennaranum hvaða hlutar námsins hjálpuðu þér í vinnunni og hverjir ekki.
    2. Bjóddu þig fram til að tala fyrir hönd nemenda á einum fundanna.

curriculum-do-vet-provider =
    1. Byrjið á aðstæðunum úr vinnunni og flokkið þær svo eftir áföngum eða námssviðum.
    2. Skrifið nýju markmiðin, verkefnin og námsmatið og sendið drögin til umsagnar með skilafresti.
    3. Segið öllum hvaða tillögur voru notaðar, hverjar ekki og hvers vegna.

curriculum-do-employer =
    1. Lýsið hverjum aðstæðum á áþreifanlegan hátt: hverjir komu við sögu, hvað fór úrskeiðis og hvað fagmaður hefði gert.
    2. Kannið hvort verkefnin í drögunum samsvari raunverulegri vinnu.
    3. Bjóðið fram verkefni, efni eða pláss í vinnustaðanámi sem styðja nýja innihaldið.

curriculum-do-student =
    1. Segðu hvort nýju verkefnin séu skiljanleg þeim sem á að læra þau.
    2. Segðu öðrum nemendum hverju er verið að breyta og hvers vegna.

curriculum-follow-up =
    Þegar nýja innihaldið hefur verið kennt einu sinni skuluð þið hittast aftur með endurgjöf nemenda, niðurstöður námsmats og mat leiðbeinenda á nemendum í vinnu. Breytið því sem gekk ekki upp og ákveðið á sama fundi hvenær næsta endurskoðun fer fram.

curriculum-tips =
    Útskýrið opinberu reglurnar á fyrsta fundinum, áður en einhver skipuleggur það sem ekki er hægt að framkvæma. Og biðjið ekki um ráð sem þið ætlið ekki að nota: atvinnurekendur sem sjá ekkert breytast hætta að mæta.
    .title = Góð ráð og gildrur

curriculum-check-vet-provider-define-scope = Kannið hvaða hluti námskrárinnar er opinn á staðnum.
curriculum-check-vet-provider-invite-employers = Sendið atvinnurekendum eina síðu um takmörkin.
curriculum-check-vet-provider-collect-data = Komið með endurgjöf brautskráðra og leiðbeinenda á fyrsta fund.
curriculum-check-vet-provider-lead-meetings = Byrjið hvern fund á raunverulegum aðstæðum úr vinnunni.
curriculum-check-vet-provider-draft-content = Sendið drögin með skilafresti fyrir athugasemdir.
curriculum-check-vet-provider-show-changes = Segið öllum hvaða tillögur voru notaðar og hvers vegna.

curriculum-check-employer-choose-people = Sendið sama fólkið á alla fundi.
curriculum-check-employer-collect-examples = Komið með dæmi þar sem nýtt starfsfólk átti í erfiðleikum.
curriculum-check-employer-set-time = Setjið alla fundardaga strax í dagatalið.
curriculum-check-employer-comment-drafts = Kannið hvort verkefnin í drögunum samsvari vinnunni.
curriculum-check-employer-offer-tasks = Bjóðið fram verkefni eða efni fyrir nýja innihaldið.

curriculum-check-student-give-feedback = Segðu kennaranum hvað hjálpaði þér í vinnunni.
curriculum-check-student-volunteer = Bjóddu þig fram til að tala fyrir nemendur á fundi.
curriculum-check-student-comment = Segðu hvort nýju verkefnin séu skiljanleg.
curriculum-check-student-think-needs = Skrifaðu hvað þú þarft enn til að hefja störf af öryggi.
curriculum-check-student-share-plans = Segðu öðrum nemendum hverju er verið að breyta.
