## Aðferð: Gestakennarar úr atvinnulífinu

guest-expert-title = Gestakennarar úr atvinnulífinu
    .summary = Fólk úr atvinnulífinu kennir tíma í skólanum og færir vinnubrögð dagsins í dag inn í kennslustofuna.

guest-expert-intro =
    Gestakennari er einhver frá fyrirtæki eða opinberri stofnun sem kennir eina eða fleiri kennslustundir í skólanum: erindi, vinnustofu eða stutta röð tíma. Nemendur heyra frá einhverjum sem vinnur starfið á hverjum degi hvernig vinnan er núna, hvaða hæfni skiptir máli og hvert starfsferill á sviðinu getur leitt.

    Þetta krefst lítils af { -employer(case: "dat", def: "yes") }, oft hálfs dags, og er ein auðveldasta leiðin fyrir nýtt samstarf til að byrja. Fyrir { -vet-provider(case: "acc", def: "yes") } er vel heppnuð heimsókn oft fyrsta skrefið í átt að vinnustaðanámi eða sameiginlegum verkefnum með sama vinnustað.

guest-expert-example =
    Á viðskiptabraut í framhaldsskóla í Gävle fannst nemendum bókhald þurrt og fræðilegt. Kennarinn bauð þremur fagmönnum úr heimabyggð, endurskoðanda, ráðgjafa í banka og eiganda lítillar sportvöruverslunar, að kenna tvær kennslustundir hver á önninni.

    Fyrsta heimsóknin gekk illa. Bankaráðgjafanum hafði aðeins verið sagt „að tala um starfið sitt“ og hann flutti kynninguna sem bankinn hans notar til að selja námsmannareikninga; eftir tuttugu mínútur var helmingur bekkjarins hættur að hlusta. Fyrir hinar heimsóknirnar sendi kennarinn hverjum gesti einnar síðu lýsingu viku fyrir fram: efnið, það sem hópurinn kunni þegar, spurningar nemendanna og eitt verkefni sem nemendur áttu að vinna. Endurskoðandinn kom með raunverulegar kvittanir og reikninga, án nafna, sem nemendur færðu í bókhald, og sýndi svo sömu vinnu í forritinu sem stofan hennar notar.

    Bankaráðgjafinn kom aftur um vorið með samsvarandi lýsingu og nemendur gáfu seinni tímanum hans hæstu einkunn annarinnar. Endurskoðunarstofan tók tvo nemendur í vinnustaðanám árið eftir.
    .title = Prófað í viðskiptagreinum í Svíþjóð

guest-expert-prep-vet-provider =
    1. Ákveðið hvaða námsmarkmið heimsóknin á að styðja og hvað þið viljið ekki (kynning á fyrirtækinu gagnast sjaldan).
    2. Bjóðið gestinum. Semjið um dagsetningu, lengd og hvort skólinn greiðir þóknun eða ferðakostnað.
    3. Sendið stutta lýsingu viku fyrir fram: efnið, aldur hópsins, námsstig og það sem nemendurnir kunna þegar, spurningar nemenda og búnaðinn í stofunni.
    4. Ef gesturinn kemur með verkfæri, vélar eða efni skuluð þið bera þau saman við öryggisreglur skólans.

guest-expert-prep-employer =
    1. Veljið einhvern sem vinnur verkið og hefur gaman af að útskýra það; áhugi skiptir meira máli en starfsaldur.
    2. Gefið honum tíma til undirbúnings, ekki bara tímann sem heimsóknin tekur.
    3. Veljið raunveruleg gögn, verkfæri eða skjöl til að taka með og fjarlægið nöfn viðskiptavina og aðrar persónuupplýsingar úr öllu sem nemendur sjá.

guest-expert-prep-student =
    1. Kynntu þér hvað vinnustaður gestsins gerir.
    2. Sendu kennaranum að minnsta kosti eina spurningu til gestsins.

guest-expert-do-vet-provider =
    1. Kynnið gestinn og segið hvers vegna hann er kominn og hvað hópurinn hefur verið að læra.
    2. Verið í stofunni allan tímann: þið berið áfram ábyrgð á hópnum og getið tengt það sem gesturinn segir við áfangann.
    3. Takið frá tíu mínútur fyrir spurningar í lokin.

guest-expert-do-employer =
    1. Segið raunverulegar sögur úr vinnunni, líka af því sem fór úrskeiðis og hvernig þið tókuð á því.
    2. Látið nemendur fá eitthvað að gera með höndum eða huga, ekki bara hlusta.
    3. Segið nemendum hvað vinnustaðurinn ykkar leitar eftir þegar hann ræður fólk.

guest-expert-do-student =
    1. Skrifaðu hjá þér tvennt sem þú vissir ekki áður.
    2. Spurðu spurningarinnar þinnar og fylgdu henni eftir ef svarið var óljóst.
    3. Þakkaðu gestinum og spurðu um vinnustaðanám eða sumarstörf ef þú hefur áhuga.

guest-expert-follow-up =
    Spyrjið nemendur í næstu kennslustund hvað þeir tóku með sér og nýtið það. Sendið gestinum þakkarkveðju með nokkrum ummælum nemenda og spyrjið hvað myndi auðvelda aðra heimsókn. Ef vel tókst til skuluð þið spyrja um aðra heimsókn, vettvangsheimsókn eða vinnustaðanám.

guest-expert-tips =
    - Skýrt efni og tímamörk skipta meira máli en frægt nafn.
    - Haldið sameiginlegan lista yfir gestakennara fyrir allan skólann, svo að tengiliðir kennara glatist ekki þegar hann hættir og svo að fimm kennarar leiti ekki til sama fyrirtækisins í sama mánuðinum.
    .title = Góð ráð og gildrur

guest-expert-check-vet-provider-pick-goals = Veljið námsmarkmiðin sem heimsóknin styður.
guest-expert-check-vet-provider-invite = Semjið um efni, dagsetningu, lengd og þóknun.
guest-expert-check-vet-provider-brief-expert = Sendið einnar síðu lýsingu viku fyrir fram.
guest-expert-check-vet-provider-send-questions = Bætið spurningum nemenda við lýsinguna.
guest-expert-check-vet-provider-check-safety = Berið verkfæri eða efni saman við reglur skólans.
guest-expert-check-vet-provider-stay = Verið í stofunni allan tímann.
guest-expert-check-vet-provider-thank = Sendið þakkarkveðju með ummælum nemenda.

guest-expert-check-employer-choose-person = Veljið einhvern sem hefur gaman af að útskýra starfið.
guest-expert-check-employer-give-time = Gefið honum tíma til undirbúnings.
guest-expert-check-employer-bring-materials = Veljið raunveruleg gögn eða verkfæri til að taka með.
guest-expert-check-employer-agree-limits = Fjarlægið nöfn viðskiptavina og gögn úr dæmum.
guest-expert-check-employer-active-task = Skipuleggið eitt verkefni sem nemendur vinna sjálfir.
guest-expert-check-employer-hiring = Segið nemendum hvað þið leitið eftir við ráðningar.

guest-expert-check-student-research = Kynntu þér hvað vinnustaður gestsins gerir.
guest-expert-check-student-send-question = Sendu kennaranum eina spurningu fyrir fram.
guest-expert-check-student-take-notes = Skrifaðu hjá þér tvennt sem þú vissir ekki.
guest-expert-check-student-ask = Spurðu spurningarinnar þinnar og fylgdu henni eftir.
guest-expert-check-student-thank = Þakkaðu gestinum; spurðu um vinnustaðanám.
