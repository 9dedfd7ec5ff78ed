## Aðferð: Vinnustaðanám

placement-title = Vinnustaðanám
    .summary = Nemendur eru á vinnustað í skipulagðan tíma og læra af raunverulegum verkefnum með umsamin markmið.

placement-intro =
    Vinnustaðanám er algengasta form samstarfs í starfsmenntun. Ef vel er að því staðið er það miklu meira en liðsauki á annatíma: nemandinn lærir raunveruleg verk í skipulagðri röð, með { -work-mentor(case: "dat") } sem þekkir námsmarkmiðin og kennara sem heldur sambandi.

    Lykilverkfærið er þríhliða námssamkomulag { -student(case: "gen", def: "yes") }, skólans og vinnustaðarins. Það breytir almennri námsbraut í verkefni sem eru til á þessum tiltekna vinnustað og gerir ljóst hver gerir hvað áður en tímabilið hefst, á meðan á því stendur og eftir að því lýkur.

placement-example =
    Starfsmenntaskóli á sviði landbúnaðar og matvæla í Fríslandi sendi nemendur á kúabú í nágrenni Leeuwarden á hverju vori, en nemendur kvörtuðu undan því að þeir gerðu lítið annað en að mjólka í tíu vikur. Skólinn og sex bændur hittust á einu búanna til að fara saman yfir námsbrautina.

    Fyrir hvert bú kortlögðu þau hvaða námsmarkmiðum væri hægt að ná þar: heilbrigði hjarðarinnar, fóðrun, vélar, skýrsluhald og mjaltir. Afraksturinn var námssamkomulag með verkáætlun viku fyrir viku. Kennarar heimsóttu hvern nemanda tvisvar, í annarri viku og í sjöundu viku, og tímasettu heimsóknirnar þannig að þeir sæju nemandann að störfum.

    Nemendur gáfu vinnustaðanáminu eftir breytinguna mun hærri einkunn og bændunum fannst nemendurnir gagnlegri af því að þeir vissu hvað þeir ættu að læra næst. Einn bóndinn bauð nemanda sínum starf að námi loknu.
    .title = Prófað í landbúnaði í Hollandi

placement-prep-vet-provider =
    1. Semjið um dagsetningar og fjölda nemenda við { -employer(case: "acc", def: "yes") } með góðum fyrirvara.
    2. Gerið drög að námssamkomulaginu: markmið, verkefni, vinnutími, tengiliðir og námsmat.
    3. Kannið tryggingar, reglur um heilbrigði og öryggi á vinnustað og hvort aldurstakmörk gildi samkvæmt lögum.
    4. Undirbúið nemandann, meðal annars hvernig hann á að haga sér í vinnunni og í hvern hann á að hringja ef eitthvað fer úrskeiðis.

placement-prep-employer =
    1. Tilnefnið { -work-mentor(case: "acc") } og gefið honum tíma fyrir nemandann.
    2. Farið yfir námssamkomulagið og merkið við hvaða verkefni vinnustaðurinn getur boðið upp á og hvenær.
    3. Hafið tilbúinn vinnufatnað, aðgang, skáp og öryggisfræðslu.

placement-prep-student =
    1. Lestu námssamkomulagið, spurðu út í allt sem er óljóst og skrifaðu undir það.
    2. Hafðu samband við vinnustaðinn áður en þú byrjar og kynntu þig.
    3. Athugaðu ferðir, vinnutíma og hverju þú átt að klæðast.

placement-do-vet-provider =
    1. Heimsækið vinnustaðinn eða hringið snemma á tímabilinu og aftur undir lok þess.
    2. Hjálpið nemandanum að tengja verkefnin við námsmarkmiðin, til dæmis með námsdagbók eða ferilbók.
    3. Bregðist skjótt við ef nemandinn eða leiðbeinandinn tilkynnir um vandamál.

placement-do-employer =
    1. Byrjið á móttöku og kynningu: fólkið, reglurnar, öryggið og fyrstu verkefnin.
    2. Látið nemandann fá verkefni í þeirri röð sem samið var um og þyngið þau eftir því sem hann lærir.
    3. Gefið stutta endurgjöf á hverjum degi og ítarlegri umsögn í hverri viku.

placement-do-student =
    1. Mættu á réttum tíma, fylgdu reglunum og spurðu þegar þú ert óviss.
    2. Haltu námsdagbók og sýndu hana leiðbeinandanum og kennaranum.
    3. Láttu kennarann vita snemma ef verkefnin eru ekki í samræmi við námssamkomulagið.

placement-follow-up =
    Ljúkið tímabilinu með þríhliða fundi þar sem nemandinn, leiðbeinandinn og kennarinn líta yfir námsmarkmiðin og koma sér saman um námsmatið. Biðjið nemandann og leiðbeinandann um endurgjöf á sjálft vinnustaðanámið, ekki bara á nemandann.

    Skráið hvaða verkefni gengu vel, hvað vantaði og hvort tímasetningin hentaði vinnustaðnum og uppfærið verkáætlunina áður en næsti nemandi kemur.

placement-tips =
    - Stutt námssamkomulag sem allir hafa lesið er betra en langt sem enginn les.
    - Heimsækið nemandann þegar hann er í raun að vinna, ekki bara þegar yfirmaðurinn hefur tíma.
    - Semjið fyrir fram um hvað gerist ef vinnustaðanámið gengur ekki upp.
    - Látið nemandann ekki verða ódýrt vinnuafl í verkefnum sem hann lærir ekkert af.
    .title = Góð ráð og gildrur

placement-check-vet-provider-agree-dates = Semjið um dagsetningar og fjölda með góðum fyrirvara.
placement-check-vet-provider-draft-agreement = Gerið drög að þríhliða námssamkomulagi.
placement-check-vet-provider-check-insurance = Kannið tryggingar og öryggisreglur.
placement-check-vet-provider-visit = Heimsækið nemandann á vinnustaðinn að minnsta kosti tvisvar.
placement-check-vet-provider-end-meeting = Haldið þríhliða fund í lokin.
placement-check-vet-provider-update-plan = Uppfærið verkáætlunina fyrir næsta nemanda.

placement-check-employer-name-mentor = Tilnefnið leiðbeinanda á vinnustað og gefið honum tíma.
placement-check-employer-mark-tasks = Merkið við þau verkefni sem vinnustaðurinn getur boðið upp á.
placement-check-employer-induction = Undirbúið móttöku og öryggisfræðslu.
placement-check-employer-daily-feedback = Gefið stutta endurgjöf á hverjum degi.
placement-check-employer-weekly-review = Farið yfir framvinduna með nemandanum vikulega.

placement-check-student-sign-agreement = Lestu námssamkomulagið og skrifaðu undir það.
placement-check-student-introduce = Kynntu þig fyrir vinnustaðnum áður en þú byrjar.
placement-check-student-check-travel = Athugaðu ferðir, vinnutíma og fatnað.
placement-check-student-keep-log = Haltu námsdagbók.
placement-check-student-report-problems = Láttu kennarann vita snemma af vandamálum.
