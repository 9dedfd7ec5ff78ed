## 2. kafli: Fyrstu skrefin

getting-started-title = Fyrstu skrefin
    .summary = Leggið sameiginlegan grunn að samstarfinu og finnið þær aðferðir sem henta ykkur.

getting-started-intro =
    Samstarf skóla og vinnustaðar strandar sjaldan á skorti á velvilja. Það strandar á því að fólk hefur mikið að gera, að hvor aðili gengur út frá því að hinn viti hvað hann vill eða að einn áhugasamur starfsmaður hættir. Í þessum kafla er fjallað um þá undirstöðu sem gerir samstarfið varanlegt og honum lýkur á sjálfsmati sem vísar ykkur á aðferðir við hæfi.

getting-started-common-goal =
    Áður en þið veljið aðferð skuluð þið setjast niður saman og ræða hvers vegna þið viljið vinna saman. Markmið { -vet-provider(case: "gen", def: "yes") } getur verið að fá fleiri pláss fyrir nemendur í vinnustaðanámi, kennslu sem er í takt við tímann eða sanngjarnara námsmat. Markmið { -employer(case: "gen", def: "yes") } getur verið að fá hæft nýtt starfsfólk eða hafa áhrif á námið. Hvort tveggja er eðlilegt. Skrifið niður þau markmið sem þið eigið sameiginleg og þau sem eiga aðeins við annan aðilann, svo að ekkert liggi í þagnargildi.

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

getting-started-ground-rules =
    Áður en fyrsti { -student(def: "yes") } kemur skuluð þið ganga frá nokkrum hagnýtum og lagalegum atriðum. Svörin ráðast af landinu, aldri nemandans og formi námsins á vinnustaðnum, svo kynnið ykkur hvað gildir hjá ykkur og skrifið svörin inn í námssamkomulagið eða sameiginlega áætlun ykkar.

    - **Tryggingar og ábyrgð.** Hver tryggir nemandann gegn slysum við vinnu og á leið til og frá vinnu? Hver greiðir ef nemandinn skemmir búnað eða eigur viðskiptavinar? Kannið tryggingar skólans og atvinnurekandans; gangið ekki út frá því að ein trygging nái yfir allt.
    - **Ungt starfsfólk.** Nemendur undir 18 ára aldri mega aðeins vinna takmarkaðan tíma, næturvinna er takmörkuð og sum hættuleg verk og vélar eru þeim óheimil. { -employer(def: "yes", start: "yes") } metur áhættu fyrir ungt starfsfólk áður en það byrjar og upplýsir nemandann um hana.
    - **Persónuvernd og samþykki.** Komið ykkur saman um hvaða upplýsingum um nemandann skólinn og vinnustaðurinn deila og hverjir mega sjá þær. Til að taka myndir, myndskeið og upptökur þarf samþykki þeirra sem á þeim eru; raunveruleg mál skjólstæðinga eða sjúklinga sem notuð eru í námi eru gerð ópersónugreinanleg.
    - **Kostnaður og greiðslur.** Semjið um hver greiðir hvað: tíma leiðbeinenda, ferðir og máltíðir, vinnufatnað, verkfæri og efni og laun eða aðrar greiðslur. Í flestum samstarfslöndunum eru nemar á námssamningi ráðnir og fá laun; um nemendur í vinnustaðanámi gilda ólíkar reglur og venjur.
    .title = Gangið frá hagnýtum og lagalegum atriðum

getting-started-rules-note =
    Um vinnu ungmenna undir 18 ára aldri gildir reglugerð um vinnu barna og unglinga og Vinnueftirlitið veitir upplýsingar um hana. Um upplýsingar um nemendur gilda lög um persónuvernd og vinnslu persónuupplýsinga og Persónuvernd gefur út leiðbeiningar. Nemar á námssamningi hjá iðnmeistara eða fyrirtæki eru launþegar og fá laun samkvæmt kjarasamningi. Um slys við vinnu gilda lög um slysatryggingar almannatrygginga, sem Sjúkratryggingar Íslands annast, en kannið einnig tryggingar skólans og vinnustaðarins.
    .title = Á Íslandi

getting-started-where-now =
    Í þessari handbók { $methods ->
        [one] er { $methods } aðferð sem hentar
       *[other] eru { $methods } aðferðir sem henta
    } samstarfi á ólíkum stigum. Farið saman í gegnum spurningalistann hér á eftir með samstarfsaðila ykkar: hann sýnir hvaða þrep lýsir samstarfinu best og hvaða aðferðir er gott að byrja á.

    Aðferðirnar sem mælt er með eru tillögur, ekki reglur. Nýtt samstarf getur prófað krefjandi aðferð ef það hefur fólk í hana og reynslumikið samstarf hefur enn gagn af þeim einföldu.
    .title = Hvar stendur samstarfið ykkar núna?

getting-started-self-evaluation =
    Svarið hverri spurningu ásamt samstarfsaðila ykkar: **já** gefur 2 stig, **að hluta** 1 og **nei** 0. Leggið saman stigin fyrir hvert þrep fyrir sig og skrifið þau í stigalínu þrepsins.

    Þrepi er náð þegar stigin ná lágmarkinu sem stendur á eftir ≥ í stigalínunni, um tveimur þriðju af hámarkinu. Farið í gegnum þrepin frá byrjunarstigi og upp: samstarfið ykkar er á fyrsta þrepinu sem það hefur ekki enn náð og aðferðirnar sem mælt er með fyrir það þrep eru góður upphafspunktur. Samstarf sem fær til dæmis 8 stig fyrir spurningarnar um samstarf á byrjunarstigi og 5 fyrir spurningarnar um samstarf í þróun er í þróun. Ef þið hafið náð öllum þremur þrepunum er samstarfið reynslumikið.
    .title = Sjálfsmat
getting-started-self-evaluation-answer-yes = Já
getting-started-self-evaluation-answer-partly = Að hluta
getting-started-self-evaluation-answer-no = Nei
getting-started-self-evaluation-contact-person = Hefur hvor aðili tilnefnt tengilið fyrir samstarfið?
getting-started-self-evaluation-shared-goals = Höfum við rætt saman um hverju hvor aðili vill ná?
getting-started-self-evaluation-workplace-knows-goals = Þekkir vinnustaðurinn námsmarkmið námsbrautarinnar?
getting-started-self-evaluation-school-knows-work = Þekkir skólinn núverandi hæfniþarfir vinnustaðarins?
getting-started-self-evaluation-first-activity = Höfum við staðið saman að minnst einu verkefni, til dæmis vettvangsheimsókn eða vinnustaðanám?
getting-started-self-evaluation-every-year = Vinnum við saman á hverju ári?
getting-started-self-evaluation-written-agreement = Höfum við skriflegan samning sem segir hver gerir hvað?
getting-started-self-evaluation-mentors-know-goals = Þekkja leiðbeinendur á vinnustað námsmarkmið nemendanna sem þeir leiðbeina?
getting-started-self-evaluation-fixed-meetings = Hittast tengiliðirnir á umsömdum tímum yfir árið?
getting-started-self-evaluation-feedback = Gefum við hvor öðrum endurgjöf eftir hvert tímabil í vinnustaðanámi?
getting-started-self-evaluation-strategy = Er samstarfið skrifað inn í stefnu beggja aðila?
getting-started-self-evaluation-workplace-teaches = Kennir starfsfólk vinnustaðarins í skólanum?
getting-started-self-evaluation-joint-assessment = Meta kennarar og leiðbeinendur á vinnustað nemendur saman?
getting-started-self-evaluation-curriculum = Tekur vinnustaðurinn þátt í að skipuleggja námskrána?
getting-started-self-evaluation-evaluation = Metum við samstarfið saman að minnsta kosti einu sinni á ári?

getting-started-next-steps =
    Þegar þið hafið valið aðferð skuluð þið skrifa sameiginlega áætlun á eina blaðsíðu: hvað þið ætlið að gera, hver ber ábyrgð hjá hvorum aðila, hvenær það gerist og hvernig þið sjáið hvort það tókst. Notið gátlistana í aðferðakaflanum til að skipta verkum og farið aftur í gegnum sjálfsmatið eftir ár.
    .title = Gerið áætlun
