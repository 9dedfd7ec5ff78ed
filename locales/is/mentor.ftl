## Aðferð: Stolt af því að vera leiðbeinandi eða meistari

mentor-title = Stolt af því að vera leiðbeinandi eða meistari
    .summary = Veljið, þjálfið og styðjið { -work-mentor(case: "acc") } sem leiðbeinir hverjum nemanda á vinnustaðnum.

mentor-intro =
    Leiðbeinandi á vinnustað, sem í sumum löndum er kallaður meistari, skipuleggur verkefni nemandans á vinnustaðnum, sýnir hvernig verkin eru unnin, gefur endurgjöf og tekur þátt í námsmati. Góð leiðsögn verður ekki til af sjálfu sér: leiðbeinendur þurfa tíma, skýrt hlutverk og einhverja þjálfun.

    Í þessari aðferð þjálfa { -vet-provider(def: "yes") } og { -employer(def: "yes") } leiðbeinendur í sameiningu og ákveða hver leiðbeinir hvaða nemanda. Þjálfunin getur farið fram á staðnum, á netinu eða hvort tveggja, svo að upptekið starfsfólk geti tekið þátt frá eigin vinnustað. Leiðbeinendur sem eru öruggir í hlutverki sínu skila betra námi og eru stoltir af því að miðla kunnáttu sinni.

mentor-example =
    Starfsmenntaskóli í Jyväskylä og fjögur hjúkrunarheimili fyrir aldraða tóku eftir því að sjúkraliðarnir sem leiðbeindu nemendum voru óöruggir með námsmatið. Saman settu þau upp netnámskeið: fjórar 90 mínútna lotur á sex vikum, með litlu verkefni til að prófa á milli lota. Forstöðumenn hjúkrunarheimilanna völdu þátttakendur og settu loturnar inn á vaktaplanið.

    Í lotunum var farið yfir námsmarkmið námsbrautarinnar, fyrstu viku nemandans, gagnlega endurgjöf og verklegt hæfnimat á vinnustað. Kennari og reyndur leiðbeinandi frá einu heimilanna stýrðu hverri lotu saman og það hélt dæmunum raunverulegum.

    Tuttugu og tveir sjúkraliðar fengu viðurkenningarskjal við litla athöfn. Nemendur á næstu önn sögðu að leiðbeinendurnir útskýrðu meira og gæfu endurgjöf fyrr og tvö heimilanna senda nú alla nýja leiðbeinendur á námskeiðið.
    .title = Prófað í heilbrigðis- og félagsþjónustu í Finnlandi

mentor-prep-vet-provider =
    1. Semjið við { -employer(case: "acc", def: "yes") } um hve marga leiðbeinendur þarf og hvenær.
    2. Skipuleggið stutt námskeið með reyndum { -work-mentor(case: "dat") }: námsmarkmið, fyrsta vikan, endurgjöf, námsmat og öryggi.
    3. Veljið form (á staðnum, á netinu eða blandað) og setjið upp netsvæðið.
    4. Útbúið samantekt á einni síðu um námsbrautina fyrir leiðbeinendur.

mentor-prep-employer =
    1. Veljið starfsfólk sem vill leiðbeina og hefur þolinmæði til þess.
    2. Takið frá tíma fyrir námskeiðið og leiðsögnina á vaktaplaninu.
    3. Segið öllu starfsfólkinu hverjir leiðbeinendurnir eru og hvað þeir gera.

mentor-prep-student =
    1. Finndu út hver verður leiðbeinandinn þinn á vinnustaðnum og hvernig þú nærð í hann.
    2. Lestu námsmarkmiðin þín og ákveddu hvað þú vilt helst læra.
    3. Undirbúðu stutta kynningu á sjálfum þér: kunnáttu, reynslu og spurningar.

mentor-do-vet-provider =
    1. Haldið loturnar með leiðbeinanda af vinnustaðnum sem meðleiðbeinanda.
    2. Látið leiðbeinendur fá lítil verkefni til að prófa með nemendum sínum á milli lota.
    3. Haldið sambandi við hvern leiðbeinanda á meðan nemandinn er á vinnustaðnum og svarið spurningum fljótt.

mentor-do-employer =
    1. Leyfið leiðbeinendum að sækja námskeiðið á vinnutíma.
    2. Skipuleggið vaktir þannig að leiðbeinandi og nemandi vinni saman, að minnsta kosti í byrjun.
    3. Spyrjið leiðbeinendur reglulega hvernig gengur og látið þá taka þátt í námsmatinu.

mentor-do-student =
    1. Komdu þér saman við leiðbeinandann um hvenær þú færð endurgjöf.
    2. Segðu leiðbeinandanum hvað þú kannt nú þegar og hvað er enn erfitt.
    3. Haltu stutta námsdagbók og farðu yfir hana með leiðbeinandanum í hverri viku.

mentor-follow-up =
    Að námskeiðinu loknu skuluð þið spyrja leiðbeinendur hve öruggir þeir séu nú orðnir í að skipuleggja, gefa endurgjöf og meta, og spyrja nemendur hvort leiðsögnin hafi breyst. Stutt könnun fyrir námskeiðið gefur ykkur samanburðargrunn.

    Sýnið að starf leiðbeinendanna sé metið: viðurkenningarskjal, frétt í fréttabréfi starfsfólks eða þakkarkaffi kostar lítið en skiptir miklu. Haldið skrá yfir þjálfaða leiðbeinendur og bjóðið upp á stutta upprifjun einu sinni á ári.

mentor-tips =
    - Hafið loturnar stuttar og hagnýtar; leiðbeinendur læra mest af raunverulegum dæmum.
    - Takið netlotur upp svo að vaktavinnufólk geti horft á þær síðar.
    - Leiðsögn sem enginn tími er ætlaður í er það fyrsta sem verður út undan á annasömum degi.
    - Látið reyndan leiðbeinanda styðja nýjan leiðbeinanda með fyrsta nemandann.
    .title = Góð ráð og gildrur

mentor-check-vet-provider-agree-numbers = Semjið um hve marga leiðbeinendur þarf og hvenær.
mentor-check-vet-provider-plan-course = Skipuleggið námskeiðið með reyndum leiðbeinanda.
mentor-check-vet-provider-set-up-online = Prófið netsvæðið fyrir fyrstu lotu.
mentor-check-vet-provider-share-summary = Látið leiðbeinendur fá samantekt á námsmarkmiðunum.
mentor-check-vet-provider-keep-in-touch = Hafið samband við hvern leiðbeinanda á meðan nemandinn er á vinnustaðnum.
mentor-check-vet-provider-collect-feedback = Safnið endurgjöf frá leiðbeinendum og nemendum.

mentor-check-employer-choose-mentors = Veljið leiðbeinendur sem vilja taka hlutverkið að sér.
mentor-check-employer-book-time = Takið frá tíma fyrir leiðsögn á vaktaplaninu.
mentor-check-employer-inform-team = Segið starfsfólkinu hverjir leiðbeinendurnir eru.
mentor-check-employer-plan-shifts = Skipuleggið sameiginlegar vaktir leiðbeinanda og nemanda.
mentor-check-employer-join-assessment = Látið leiðbeinandann taka þátt í námsmatinu.
mentor-check-employer-recognise-mentors = Þakkið leiðbeinendunum opinberlega.

mentor-check-student-know-mentor = Finndu út hver leiðbeinandinn þinn er.
mentor-check-student-read-goals = Lestu námsmarkmiðin þín áður en þú byrjar.
mentor-check-student-agree-feedback = Komdu þér saman við leiðbeinandann um hvenær þú færð endurgjöf.
mentor-check-student-keep-log = Haltu námsdagbók og farðu yfir hana vikulega.
mentor-check-student-give-feedback = Segðu leiðbeinandanum hvað hjálpar þér að læra.
