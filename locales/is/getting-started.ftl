## 2. kafli: Fyrstu skrefin

getting-started-title = Fyrstu skrefin
    .summary = Leggið sameiginlegan grunn að samstarfinu og finnið þær aðferðir sem henta ykkur.

getting-started-intro =
    Samstarf skóla og vinnustaðar strandar sjaldan á skorti á velvilja. Það strandar á því að fólk hefur mikið að gera, að hvor aðili gengur út frá því að hinn viti hvað hann vill eða að einn áhugasamur starfsmaður hættir. Í þessum kafla er fjallað um þá undirstöðu sem gerir samstarfið varanlegt og honum lýkur á sjálfsmati sem vísar ykkur á aðferðir við hæfi.

getting-started-common-goal =
    Áður en þið veljið aðferð skuluð þið setjast niður saman og ræða hvers vegna þið viljið vinna saman. Markmið { -vet-provider(case: "gen", def: "yes") } getur verið að fá fleiri starfsþjálfunarpláss, kennslu sem er í takt við tímann eða sanngjarnara námsmat. Markmið { -employer(case: "gen", def: "yes") } getur verið að fá hæft nýtt starfsfólk eða hafa áhrif á námið. Hvort tveggja er eðlilegt. Skrifið niður þau markmið sem þið eigið sameiginleg og þau sem eiga aðeins við annan aðilann, svo að ekkert liggi í þagnargildi.

    Farið síðan yfir orðin sem þið notið. Í skólum er talað um námsbrautir, áfanga, hæfniviðmið og matsviðmið. Á vinnustöðum er talað um verkefni, vaktir, viðskiptavini og gæðakröfur. Sama orðið getur merkt ólíka hluti: fyrir kennara er námsmat formleg einkunn en fyrir vaktstjóra getur mat merkt árlega starfsmannasamtalið við yfirmanninn. Komið ykkur saman um lykilhugtökin og skrifið þau niður; orðskýringarnar í inngangskaflanum eru góður upphafspunktur.

    Gagnlegar spurningar fyrir fyrsta fund:

    - Hverju vill hvort okkar ná fram á komandi ári?
    - Hvað getur hvort okkar boðið og hvað þurfum við frá hinum aðilanum?
    - Hvernig vitum við að samstarfið gengur vel?
    .title = Finnið sameiginlegt markmið og sameiginlegt tungumál

getting-started-strategy =
    Samstarf sem stendur og fellur með einum kennara og einum verkstjóra er brothætt. Til að það endist þarf að skrifa það inn í stefnu og starfsáætlanir beggja. Hjá { -vet-provider(case: "dat", def: "yes") } þýðir það stefnu skólans, árlega starfsáætlun og vinnuáætlanir kennara, með tíma sem er ætlaður í tengsl við atvinnulífið. Hjá { -employer(case: "dat", def: "yes") } þýðir það starfsþróunaráætlun, fjárhagsáætlun og starfslýsingar þeirra sem gegna hlutverki leiðbeinenda.

    Æðstu stjórnendur beggja vegna þurfa að vita af samstarfinu og styðja það opinberlega, svo látið þá reglulega vita af árangrinum í stuttu og áþreifanlegu máli. Þegar samstarfið er komið inn í áætlanirnar lifir það af mannabreytingar og annatíma.
    .title = Skrifið samstarfið inn í áætlanir ykkar

getting-started-start-small =
    Það þarf ekki að hrinda öllu af stað í einu. Veljið eina aðferð sem hentar aðstæðum ykkar, prófið hana með einum nemendahópi eða í einni deild og skoðið niðurstöðurnar saman. Ein góð reynsla skapar meira traust en langur samningur sem enginn fer eftir.

    Segið samstarfsfólki og öðrum vinnustöðum frá því sem gengur vel og bjóðið þeim að vera með. Lítið á mistök sem hluta af lærdómnum: þegar eitthvað fer úrskeiðis skuluð þið ræða það opinskátt, komast að því hvers vegna og koma ykkur saman um hverju þarf að breyta. Samstarf þar sem hægt er að ræða vandamál án þess að leita sökudólga vex hraðar en samstarf þar sem vandamálum er sópað undir teppið.
    .title = Byrjið smátt og lærið jafnóðum

getting-started-self-evaluation =
    Í þessari handbók { $methods ->
        [one] er { $methods } aðferð sem hentar
       *[other] eru { $methods } aðferðir sem henta
    } samstarfi á ólíkum stigum. Svarið spurningunum hér á eftir ásamt samstarfsaðila ykkar. Ef þið svarið flestum spurningum á einu stigi játandi lýsir það stig ykkur best og er góður upphafspunktur.

    Aðferðirnar sem taldar eru upp við hvert stig eru tillögur, ekki reglur. Nýtt samstarf getur prófað krefjandi aðferð ef það hefur fólk í hana og reynslumikið samstarf hefur enn gagn af þeim einföldu.
    .title = Hvar stendur samstarfið ykkar núna?

getting-started-beginner =
    Er samstarfið ykkar á byrjunarstigi?

    - Eru tengsl okkar fá eða háð einum eða tveimur einstaklingum?
    - Vantar okkur enn skriflegan samning eða sameiginlega áætlun?
    - Veit vinnustaðurinn lítið um námsbrautina og hæfniviðmið hennar?
    - Veit skólinn lítið um dagleg störf og núverandi þarfir vinnustaðarins?

    Á þessu stigi er gott að velja aðferðir sem hjálpa ykkur að kynnast án mikillar fjárfestingar:
    .title = Byrjunarstig: að kynnast

getting-started-developing =
    Er samstarfið ykkar í þróun?

    - Vinnum við saman á hverju ári, til dæmis í gegnum starfsþjálfun, en yfirleitt á sama hátt?
    - Eru tilnefndir tengiliðir beggja vegna?
    - Þekkja leiðbeinendur á vinnustað námsmarkmiðin, jafnvel þótt ekki hafi allir fengið þjálfun?
    - Viljum við að vinnustaðurinn taki meiri þátt í kennslu og námsmati?

    Á þessu stigi er gott að velja aðferðir sem dýpka það samstarf sem þegar er til staðar:
    .title = Í þróun: reglulegt samstarf

getting-started-experienced =
    Er samstarfið ykkar reynslumikið?

    - Er samstarfið skrifað inn í stefnu og áætlanir beggja aðila?
    - Kennir starfsfólk vinnustaðarins, metur nemendur eða skipuleggur námskrá ásamt skólanum?
    - Metum við samstarfið og breytum því út frá niðurstöðunum?
    - Erum við tilbúin í langtímaskuldbindingar eða samstarf við aðila í öðrum löndum?

    Á þessu stigi er gott að velja aðferðir þar sem ábyrgðinni á náminu í heild er deilt:
    .title = Reynslumikið: samherjar í menntun

getting-started-next-steps =
    Þegar þið hafið valið aðferð skuluð þið skrifa sameiginlega áætlun á eina blaðsíðu: hvað þið ætlið að gera, hver ber ábyrgð hjá hvorum aðila, hvenær það gerist og hvernig þið sjáið hvort það tókst. Notið gátlistana í aðferðakaflanum til að skipta verkum og farið aftur í gegnum sjálfsmatið eftir ár.
    .title = Gerið áætlun
