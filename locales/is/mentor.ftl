## Aðferð: Stolt af því að vera leiðbeinandi eða meistari

mentor-title = Stolt af því að vera leiðbeinandi eða meistari
    .summary = Veljið, þjálfið og styðjið { -work-mentor(case: "acc") } sem leiðbeinir hverjum nemanda á vinnustaðnum.

mentor-intro =
    { -work-mentor(start: "yes") }, sem í sumum löndum er kallaður meistari, skipuleggur verkefni nemandans á vinnustaðnum, sýnir hvernig verkin eru unnin, gefur endurgjöf og tekur þátt í námsmati. Í þessari aðferð velja { -vet-provider(def: "yes") } og { -employer(def: "yes") } leiðbeinendur í sameiningu, þjálfa þá á stuttu námskeiði sem getur farið fram á staðnum eða á netinu og ákveða hver leiðbeinir hvaða nemanda. Góð leiðsögn verður ekki til af sjálfu sér: leiðbeinendur þurfa tíma á vaktaplaninu, skýrt hlutverk og það öryggi sem fæst með nokkurri þjálfun.

mentor-example =
    Starfsmenntaskóli í Jyväskylä og fjögur hjúkrunarheimili fyrir aldraða tóku eftir því að sjúkraliðarnir sem leiðbeindu nemendum voru óöruggir með námsmatið. Saman settu þau upp netnámskeið: fjórar 90 mínútna lotur á sex vikum, undir stjórn kennara og reynds leiðbeinanda, með litlu verkefni til að prófa á milli lota.

    Fyrsta umferðin gekk illa fyrir næturvaktirnar. Loturnar voru snemma síðdegis og sjúkraliðar sem komu af næturvakt misstu annaðhvort af þeim eða mættu hálfsofandi. Samstarfsaðilarnir færðu loturnar á þann tíma þegar dag- og kvöldvaktir skarast og tóku þær upp fyrir þá sem komust ekki. Upptökurnar sköpuðu nýjan vanda: bestu umræðurnar snerust um raunverulega íbúa. Frá annarri lotu voru dæmin sögð án nafna eða persónugreinanlegra atriða, allir viðstaddir samþykktu upptökuna og aðeins þátttakendur námskeiðsins gátu horft á hana.

    Tuttugu og tveir af þeim þrjátíu sjúkraliðum sem hófu námskeiðið luku því. Flestir þeirra sem hættu unnu á næturvöktum og heimilin hafa enn ekki fundið fyrirkomulag sem hentar þeim.
    .title = Prófað í heilbrigðis- og félagsþjónustu í Finnlandi

mentor-prep-vet-provider =
    1. Semjið við { -employer(case: "acc", def: "yes") } um hvaða starfsfólk leiðbeinir hvaða nemendum og í hvaða vikum. Skipuleggið tímabil nemendanna með tilliti til annatíma vinnustaðarins: þegar mest er að gera hefur enginn tíma til að leiðbeina nemanda.
    2. Skipuleggið námskeiðið með reyndum { -work-mentor(case: "dat") }: námsmarkmiðin, fyrsta vika nemandans, endurgjöf, námsmat og öryggi.
    3. Skrifið samantekt á einni síðu um námsbrautina á máli vinnustaðarins, ekki á máli námskrárinnar.

mentor-prep-employer =
    1. Óskið eftir sjálfboðaliðum í stað þess að úthluta hlutverkinu: þolinmæði og stöðugt vaktamynstur skipta meira máli en starfsaldur.
    2. Setjið námskeiðslotur og fastan leiðsagnartíma fyrir hvern nemanda inn á vaktaplanið.
    3. Segið starfsfólkinu hver leiðbeinir hverjum, svo að samstarfsfólk geti hlaupið í skarðið og nemandinn viti hvern annan hann getur spurt.

mentor-prep-student =
    1. Finndu út fyrir fyrsta daginn hvað leiðbeinandinn þinn heitir og hvernig þú nærð í hann.
    2. Merktu við þau tvö eða þrjú námsmarkmið sem þú vilt helst vinna að.
    3. Undirbúðu nokkrar setningar um það sem þú kannt nú þegar og það sem þú hefur ekki enn prófað.

mentor-do-vet-provider =
    1. Haldið hverja lotu með leiðbeinanda af vinnustaðnum sem meðleiðbeinanda og byggið hana á eigin dæmum þátttakenda, án persónugreinanlegra upplýsinga.
    2. Látið þátttakendur fá lítið verkefni á milli lota, til dæmis að skipuleggja fyrsta dag nemanda, og byrjið næstu lotu á því hvernig gekk.
    3. Hringið í hvern nýjan leiðbeinanda í fyrstu viku nemandans og svarið spurningum hans innan eins vinnudags.

mentor-do-employer =
    1. Leyfið leiðbeinendum að sækja námskeiðið á vinnutíma og útvegið afleysingu fyrir þá.
    2. Setjið leiðbeinanda og nemanda á sömu vaktir, að minnsta kosti fyrstu vikurnar.
    3. Bjóðið leiðbeinandanum á matsfundinn og gefið honum tíma til að undirbúa sig.

mentor-do-student =
    1. Komdu þér saman við leiðbeinandann um fastan tíma fyrir endurgjöf, til dæmis tíu mínútur í lok hverrar vaktar.
    2. Segðu hreinskilnislega frá því sem er enn erfitt; leiðbeinandinn getur aðeins lagað verkefnin ef hann veit af því.
    3. Taktu námsdagbókina með í vikulegt spjall við leiðbeinandann.

mentor-recordings =
    Lotur sem byggjast á raunverulegum málum skjólstæðinga eða sjúklinga geta afhjúpað fólk sem aldrei samþykkti það. Segið frá dæmum án nafna eða atriða sem gera fólk persónugreinanlegt. Takið lotu aðeins upp þegar allir viðstaddir hafa samþykkt það, ákveðið hverjir mega horfa á upptökuna og hve lengi hún er geymd og geymið hana þar sem aðeins þátttakendur hafa aðgang að henni.
    .title = Raunveruleg mál og upptökur

mentor-follow-up =
    Stutt könnun meðal leiðbeinenda fyrir og eftir námskeiðið sýnir hvort þeir séu öruggari í að skipuleggja, gefa endurgjöf og meta; spyrjið líka nemendur hvort leiðsögnin hafi breyst. Haldið skrá yfir þjálfaða leiðbeinendur, bjóðið upp á stutta upprifjun einu sinni á ári og sýnið að starf leiðbeinendanna sé metið: viðurkenningarskjal eða þakkarorð á starfsmannafundi kostar lítið.

mentor-tips =
    Látið reyndan leiðbeinanda styðja nýjan leiðbeinanda með fyrsta nemandann. Leiðsögn sem enginn tími er ætlaður í á vaktaplaninu er það fyrsta sem verður út undan á annasömum degi, svo verndið þann tíma umfram allt annað.
    .title = Góð ráð og gildrur

mentor-check-vet-provider-agree-numbers = Semjið við atvinnurekandann um hver leiðbeinir hverjum og hvenær.
mentor-check-vet-provider-plan-course = Skipuleggið námskeiðið með reyndum leiðbeinanda sem meðleiðbeinanda.
mentor-check-vet-provider-share-summary = Sendið leiðbeinendum eina síðu um námsmarkmiðin.
mentor-check-vet-provider-set-up-online = Prófið nettenginguna og upptökuna fyrir fyrstu lotu.
mentor-check-vet-provider-consent = Fáið samþykki allra áður en lota er tekin upp.
mentor-check-vet-provider-keep-in-touch = Hringið í nýja leiðbeinendur í fyrstu viku nemandans.
mentor-check-vet-provider-collect-feedback = Kannið viðhorf leiðbeinenda fyrir og eftir námskeiðið.

mentor-check-employer-choose-mentors = Óskið eftir sjálfboðaliðum; úthlutið ekki hlutverkinu.
mentor-check-employer-avoid-peak = Haldið tímabilum nemenda utan mesta annatímans.
mentor-check-employer-book-time = Setjið lotur og leiðsagnartíma inn á vaktaplanið.
mentor-check-employer-inform-team = Segið starfsfólkinu hver leiðbeinir hvaða nemanda.
mentor-check-employer-plan-shifts = Setjið leiðbeinanda og nemanda á sömu vaktir í byrjun.
mentor-check-employer-join-assessment = Bjóðið leiðbeinandanum á matsfundinn.
mentor-check-employer-recognise-mentors = Þakkið leiðbeinendum opinberlega, t.d. á starfsmannafundi.

mentor-check-student-know-mentor = Finndu út nafn og símanúmer leiðbeinandans.
mentor-check-student-read-goals = Merktu við námsmarkmiðin sem þú vilt helst vinna að.
mentor-check-student-agree-feedback = Semdu við leiðbeinandann um fastan tíma fyrir endurgjöf.
mentor-check-student-keep-log = Taktu námsdagbókina með í vikulegt spjall.
mentor-check-student-give-feedback = Segðu leiðbeinandanum hvað hjálpar þér að læra.
