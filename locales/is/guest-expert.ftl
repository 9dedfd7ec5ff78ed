## Aðferð: Gestakennarar úr atvinnulífinu

guest-expert-title = Gestakennarar úr atvinnulífinu
    .summary = Fólk úr atvinnulífinu kennir tíma í skólanum og færir vinnubrögð dagsins í dag inn í kennslustofuna.

guest-expert-intro =
    Gestakennari er einhver frá fyrirtæki eða opinberri stofnun sem kennir eina eða fleiri kennslustundir í skólanum. Það getur verið stakt erindi, vinnustofa eða stutt röð tíma. Gesturinn sýnir hvernig fagið er stundað í dag, hvaða hæfni skiptir máli og hvernig starfsferill á sviðinu getur litið út.

    Þetta er auðveld leið til að byrja, því hún krefst lítils af { -employer(case: "dat", def: "yes") }. Nemendur heyra í einhverjum sem vinnur starfið á hverjum degi og { -vet-provider(def: "yes") } eignast tengilið sem getur leitt til vinnustaðanáms eða sameiginlegra verkefna.

guest-expert-example =
    Á viðskiptabraut í framhaldsskóla í Gävle fannst nemendum bókhald þurrt og fræðilegt. Kennarinn bauð þremur fagmönnum úr heimabyggð: endurskoðanda, ráðgjafa í banka og eiganda lítillar sportvöruverslunar. Hvert þeirra kenndi tvær kennslustundir á önninni.

    Endurskoðandinn kom með raunverulegar en nafnlausar kvittanir og reikninga sem nemendur færðu í bókhald og sýndi svo hvernig sama vinnan er unnin í forritinu sem stofan hennar notar. Verslunareigandinn útskýrði hvernig hann ákveður verð og hvers vegna lausafjárstaðan hélt fyrir honum vöku fyrsta árið. Fyrir hverja heimsókn sendu nemendur inn spurningar sínar svo að gestirnir gætu undirbúið sig.

    Árangur nemenda í bókhaldsáfanganum batnaði og nokkrir sögðu að tímarnir hefðu breytt sýn þeirra á fagið. Endurskoðunarstofan hefur síðan tekið við tveimur nemendum í vinnustaðanám og gestirnir þrír koma nú aftur á hverju ári.
    .title = Prófað í viðskiptagreinum í Svíþjóð

guest-expert-prep-vet-provider =
    1. Ákveðið við hvaða námsmarkmið gestakennari getur hjálpað.
    2. Bjóðið gestinum og semjið um dagsetningu, lengd og hvað þið vonist til að nemendur læri.
    3. Segið gestinum frá hópnum: aldri, námsstigi og því sem nemendurnir kunna nú þegar.
    4. Safnið spurningum nemenda og sendið þær fyrir fram.

guest-expert-prep-employer =
    1. Veljið manneskju sem þekkir starfið vel og er fús til að miðla því.
    2. Gefið henni tíma til undirbúnings og leyfið henni, ef hægt er, að taka með sér raunveruleg gögn eða verkfæri.
    3. Semjið við skólann um hvað má sýna, til dæmis upplýsingar um viðskiptavini eða verð.

guest-expert-prep-student =
    1. Kynntu þér fyrirtæki gestsins og starf hans.
    2. Undirbúðu að minnsta kosti eina spurningu og sendu hana til kennarans.
    3. Hugsaðu um hvernig efnið tengist því sem þú ert að læra.

guest-expert-do-vet-provider =
    1. Takið á móti gestinum og kynnið hann fyrir hópnum.
    2. Verið áfram í stofunni og hjálpið til við að tengja tímann við áfangann.
    3. Gefið tíma fyrir spurningar og umræður.

guest-expert-do-employer =
    1. Segið raunverulegar sögur úr vinnunni, líka af vandamálum og hvernig þið leystuð þau.
    2. Látið nemendur fá eitthvað að gera, ekki bara hlusta.
    3. Segið nemendum hvað vinnustaðurinn ykkar leitar eftir í fari nýs starfsfólks.

guest-expert-do-student =
    1. Hlustaðu af athygli og skrifaðu hjá þér.
    2. Spurðu spurninganna þinna og taktu þátt í verkefnunum.
    3. Þakkaðu gestinum fyrir og spurðu um vinnustaðanám eða störf ef þú hefur áhuga.

guest-expert-follow-up =
    Eftir tímann skuluð þið spyrja nemendur hvað þeir lærðu og nota svörin í næstu kennslustundum. Sendið gestinum þakkarkveðju með nokkrum ummælum nemenda og spyrjið hvernig heimsóknin var fyrir hann og hvað myndi gera hana auðveldari næst.

    Ef vel tókst til skuluð þið semja um aðra heimsókn eða spyrja hvort vinnustaðurinn vilji taka á móti nemendum í vettvangsheimsókn eða vinnustaðanám.

guest-expert-tips =
    - Gefið gestinum skýrt efni og tímamörk; nemendur missa fljótt áhugann á almennu erindi um fyrirtækið.
    - Undirbúnar spurningar skipta gríðarlega miklu máli.
    - Farið ekki út úr stofunni. Kennarinn tengir heimsóknina við námið.
    - Byggið upp lista yfir gestakennara fyrir allan skólann svo að tengiliðirnir nýtist öllum.
    .title = Góð ráð og gildrur

guest-expert-check-vet-provider-pick-goals = Veljið námsmarkmiðin sem gesturinn styður.
guest-expert-check-vet-provider-invite = Bjóðið gestinum og semjið um smáatriðin.
guest-expert-check-vet-provider-brief-expert = Segið gestinum frá hópnum.
guest-expert-check-vet-provider-send-questions = Sendið spurningar nemenda fyrir fram.
guest-expert-check-vet-provider-thank = Sendið þakkarkveðju með ummælum nemenda.

guest-expert-check-employer-choose-person = Veljið manneskju sem hefur gaman af að miðla starfinu.
guest-expert-check-employer-give-time = Gefið henni tíma til undirbúnings.
guest-expert-check-employer-bring-materials = Takið með raunveruleg gögn eða verkfæri.
guest-expert-check-employer-agree-limits = Semjið um hvað má sýna og hvað ekki.
guest-expert-check-employer-active-task = Skipuleggið verkefni fyrir nemendur.

guest-expert-check-student-research = Kynntu þér vinnustað gestsins.
guest-expert-check-student-send-question = Sendu að minnsta kosti eina spurningu fyrir fram.
guest-expert-check-student-take-notes = Skrifaðu hjá þér í tímanum.
guest-expert-check-student-ask = Spurðu spurninganna þinna.
guest-expert-check-student-thank = Þakkaðu gestinum fyrir.
