## Aðferð: Vinnustaðanám

placement-title = Vinnustaðanám
    .summary = Nemendur eru á vinnustað í skipulagðan tíma og læra af raunverulegum verkefnum með umsamin markmið.

placement-intro =
    Vinnustaðanám er algengasta form samstarfs í starfsmenntun. Ef vel er að því staðið er það miklu meira en liðsauki: nemandinn lærir raunveruleg verk í skipulagðri röð, með { -work-mentor(case: "dat") } sem þekkir námsmarkmiðin og kennara sem heldur sambandi.

    Tímasetjið vinnustaðanámið með tilliti til annatíma vinnustaðarins. Þegar mest er að gera hefur enginn tíma til að leiðbeina nemanda og á rólegustu vikunum er lítið að læra; spyrjið { -employer(case: "acc", def: "yes") } hvaða vikur bjóða bæði upp á raunveruleg verkefni og leiðbeinanda sem hefur tíma.

    Lykilverkfærið er námssamkomulag { -student(case: "gen", def: "yes") }, skólans og vinnustaðarins. Það breytir almennri námsbraut í verkefni sem eru til á þessum tiltekna vinnustað og gerir ljóst hver gerir hvað áður en tímabilið hefst, á meðan á því stendur og eftir að því lýkur.

placement-example =
    Starfsmenntaskóli á sviði landbúnaðar og matvæla í Fríslandi sendi nemendur á kúabú í nágrenni Leeuwarden á hverju vori, en nemendur kvörtuðu undan því að þeir gerðu lítið annað en að mjólka í tíu vikur. Skólinn og sex bændur hittust á einu búanna til að kortleggja hvaða námsmarkmiðum væri hægt að ná á hverju búi: heilbrigði hjarðarinnar, fóðrun, vélar, skýrsluhald og mjaltir.

    Fyrsta lausnin, verkáætlun viku fyrir viku, stóðst ekki vorið: burður og veður réðu verkunum, ekki áætlunin. Á öðru ári töldu þau verkefnin upp eftir mánuðum í staðinn og leyfðu leiðbeinandanum að velja vikuna. Kennarar heimsóttu hvern nemanda tvisvar, í annarri og sjöundu viku, og komu á meðan á mjöltum eða gjöf stóð svo að þeir sæju nemandann að störfum en ekki á skrifstofu búsins.

    Sautján af nítján nemendum náðu öllum markmiðum námssamkomulagsins. Þeir tveir sem gerðu það ekki voru á búi þar sem lítil vélavinna var og nú sér skólinn til þess að nemendur á því búi verji nokkrum dögum á nágrannabúi.
    .title = Prófað í landbúnaði í Hollandi

placement-agreement =
    Hafið námssamkomulagið nógu stutt til að allir lesi það. Í því kemur fram:

    - aðilar og tengiliðir: { -student(def: "yes") }, skólinn og vinnustaðurinn, með símanúmerum kennarans og { -work-mentor(case: "gen", def: "yes") };
    - dagsetningar og vinnutími, þar á meðal kvöld-, helgar- eða næturvinna;
    - námsmarkmiðin, tengd áföngum námsbrautarinnar;
    - þau verkefni á vinnustaðnum sem þjóna markmiðunum;
    - leiðsögn: hver leiðbeinir nemandanum og hver leysir leiðbeinandann af í fjarveru hans;
    - námsmat: hvað er metið, hvernig, hvenær og af hverjum;
    - tryggingar: hver ber ábyrgð á slysum og tjóni;
    - hvað gerist ef vandamál koma upp, allt að því að vinnustaðanáminu sé hætt fyrr en áætlað var;
    - undirskriftir allra þriggja aðila.
    .title = Hvað kemur fram í námssamkomulagi

placement-agreement-note =
    Um vinnustaðanám á framhaldsskólastigi gildir reglugerð nr. 180/2021 um vinnustaðanám. Vinnustaðanám byggist á námssamningi (vinnustaðanámssamningi) sem skólinn, nemandinn og iðnmeistari, fyrirtæki eða stofnun gera sín á milli. Framvindan er skráð í rafræna ferilbók, þar sem vinnustaðurinn og skólinn staðfesta þá hæfni sem nemandinn hefur náð. Námssamkomulag eins og hér er lýst kemur hvorki í stað samningsins né ferilbókarinnar en getur sagt nánar til um verkefni, tíma og tengiliði.
    .title = Á Íslandi

placement-prep-vet-provider =
    1. Semjið við { -employer(case: "acc", def: "yes") } um dagsetningar og fjölda nemenda með nokkurra mánaða fyrirvara og sneiðið hjá mestu annavikum vinnustaðarins.
    2. Gerið drög að námssamkomulaginu og farið yfir þau með leiðbeinandanum á vinnustaðnum.
    3. Kannið tryggingar, öryggisreglur sem gilda um verkefnin og, fyrir nemendur undir 18 ára aldri, takmarkanir á vinnutíma og verkefnum.
    4. Segið nemandanum hvað hann á að gera ef illa gengur: í hvern hann hringir á vinnustaðnum og í skólanum.

placement-prep-employer =
    1. Tilnefnið { -work-mentor(case: "acc") } og staðgengil hans og gefið leiðbeinandanum tíma fyrir nemandann.
    2. Merkið við í námssamkomulaginu hvaða verkefni vinnustaðurinn getur boðið upp á og í hvaða mánuði.
    3. Hafið tilbúinn vinnufatnað, aðgang, skáp og öryggisfræðslu.

placement-prep-student =
    1. Lestu námssamkomulagið, spurðu út í allt sem er óljóst og skrifaðu undir það.
    2. Hringdu í vinnustaðinn eða komdu þangað áður en þú byrjar og kynntu þig.
    3. Athugaðu hvernig þú kemst á staðinn, hver vinnutíminn er og hverju þú átt að klæðast.

placement-do-vet-provider =
    1. Heimsækið nemandann á vinnustaðinn að minnsta kosti tvisvar, snemma á tímabilinu og fyrir lok þess, og hringið á milli heimsókna.
    2. Hjálpið nemandanum að tengja verkefnin við námsmarkmiðin, til dæmis með námsdagbók.
    3. Bregðist við innan fárra daga ef nemandinn eða leiðbeinandinn tilkynnir um vandamál.

placement-do-employer =
    1. Byrjið á móttöku og kynningu: fólkið, reglurnar, öryggið og fyrstu verkefnin.
    2. Látið nemandann fá erfiðari verkefni eftir því sem hann nær tökum á þeim auðveldari.
    3. Gefið stutta endurgjöf á hverjum degi og farið yfir framvinduna með nemandanum í hverri viku.

placement-do-student =
    1. Haltu námsdagbók og sýndu hana leiðbeinandanum og kennaranum.
    2. Láttu kennarann vita snemma ef verkefnin eru ekki í samræmi við námssamkomulagið.

placement-follow-up =
    Ljúkið tímabilinu með þríhliða fundi þar sem nemandinn, leiðbeinandinn og kennarinn líta yfir námsmarkmiðin og koma sér saman um námsmatið. Biðjið nemandann og leiðbeinandann um endurgjöf á sjálft vinnustaðanámið, ekki bara á nemandann, og uppfærið verkáætlunina áður en næsti nemandi kemur.

placement-tips =
    Heimsækið nemandann þegar hann er í raun að vinna, ekki bara þegar yfirmaðurinn hefur tíma. Verið vakandi fyrir því hvort nemandinn sé orðinn ódýrt vinnuafl: ef sama verkefnið, sem hann lærir ekkert af, fyllir dagana skuluð þið ræða strax við leiðbeinandann.
    .title = Góð ráð og gildrur

placement-check-vet-provider-agree-dates = Semjið um dagsetningar utan mestu annavikna vinnustaðarins.
placement-check-vet-provider-draft-agreement = Gerið drög að námssamkomulaginu með leiðbeinandanum.
placement-check-vet-provider-check-insurance = Kannið tryggingar, öryggisreglur og reglur um nemendur undir 18 ára.
placement-check-vet-provider-visit = Heimsækið nemandann minnst tvisvar: snemma og undir lokin.
placement-check-vet-provider-call = Hringið í nemandann og leiðbeinandann á milli heimsókna.
placement-check-vet-provider-end-meeting = Haldið þríhliða fund í lokin.
placement-check-vet-provider-update-plan = Uppfærið verkáætlunina fyrir næsta nemanda.

placement-check-employer-name-mentor = Tilnefnið leiðbeinanda á vinnustað og staðgengil hans.
placement-check-employer-mark-tasks = Merkið við verkefnin sem þið getið boðið, mánuð fyrir mánuð.
placement-check-employer-induction = Hafið fatnað, aðgang og öryggisfræðslu tilbúin.
placement-check-employer-daily-feedback = Gefið nemandanum stutta endurgjöf á hverjum degi.
placement-check-employer-weekly-review = Farið yfir framvinduna með nemandanum í hverri viku.
placement-check-employer-sign = Skrifið undir námssamkomulagið.

placement-check-student-sign-agreement = Lestu námssamkomulagið og skrifaðu undir það.
placement-check-student-introduce = Kynntu þig fyrir vinnustaðnum áður en þú byrjar.
placement-check-student-check-travel = Athugaðu leiðina, vinnutímann og vinnufatnaðinn.
placement-check-student-keep-log = Skrifaðu í námsdagbókina á hverjum degi.
placement-check-student-report-problems = Láttu kennarann vita snemma ef verkefnin víkja frá samkomulaginu.
