## Aðferð: Vettvangsheimsóknir og starfskynning

job-shadowing-title = Vettvangsheimsóknir og starfskynning
    .summary = Nemendur heimsækja vinnustaði og fylgja fagmanni eftir í einn eða tvo daga.

job-shadowing-intro =
    Í vettvangsheimsókn fer nemendahópur á vinnustað í nokkrar klukkustundir. Starfskynning gengur skrefinu lengra: nemandi fylgir einum fagmanni í gegnum vinnudaginn, fylgist með, spyr og hjálpar til þar sem það er öruggt.

    Hvort tveggja er auðveld leið til að byrja. Nemendur fá raunsanna mynd af faginu og geta valið sérsvið eða vinnustað fyrir vinnustaðanám af meira öryggi. { -employer(def: "yes", start: "yes") } kynnist mögulegu framtíðarstarfsfólki með litlum tilkostnaði og { -vet-provider(def: "yes") } sér hvað vinnustaðurinn gerir í raun í dag.

job-shadowing-example =
    Starfsmenntaskóli á Selfossi vildi að nemendur á fyrsta ári í byggingagreinum skildu ólík störf á byggingarstað áður en þeir veldu á milli húsasmíði, pípulagna og rafvirkjunar. Byggingaverktaki á svæðinu féllst á að prófa tveggja þrepa verkefni.

    Fyrst heimsóttu sex manna nemendahópar hús í byggingu undir leiðsögn byggingarstjórans, sem útskýrði hvernig iðngreinarnar eru háðar hver annarri. Mánuði síðar fylgdi hver nemandi húsasmið, pípulagningamanni eða rafvirkja að eigin vali eftir í tvo daga. Nemendur undirbjuggu spurningar í skólanum, voru í fullum öryggisbúnaði og héldu stutta dagbók. Þegar aftur var komið í skólann hélt hver nemandi fimm mínútna kynningu á starfinu sem hann hafði fylgst með.

    Kennarar tóku eftir því að nemendur völdu sérsvið sitt af meira öryggi og færri skiptu um námsbraut á öðru ári. Verktakinn fékk þrjár umsóknir um sumarstörf frá hópnum.
    .title = Prófað í iðn- og tæknigreinum á Íslandi

job-shadowing-prep-vet-provider =
    1. Semjið við { -employer(case: "acc", def: "yes") } um dagsetningu, stærð hópsins og hvað nemendur mega sjá og gera.
    2. Skipuleggið ferðir, tryggingar og öryggisbúnað ef þörf er á.
    3. Hjálpið nemendum að undirbúa spurningar og athugunarverkefni.

job-shadowing-prep-employer =
    1. Veljið leiðsögumann fyrir heimsóknina og fagfólk sem er tilbúið að leyfa nemanda að fylgja sér eftir.
    2. Skipuleggið leið um vinnustaðinn eða vinnudag sem sýnir dæmigerð verkefni á öruggan hátt.
    3. Undirbúið stutta öryggiskynningu og látið starfsfólk vita að gestir séu væntanlegir.

job-shadowing-prep-student =
    1. Kynntu þér vinnustaðinn og starfið sem þú munt fylgjast með.
    2. Undirbúðu að minnsta kosti þrjár spurningar.
    3. Athugaðu hverju þú átt að klæðast, hvenær þú átt að mæta og hvernig þú kemst á staðinn.

job-shadowing-do-vet-provider =
    1. Fylgið hópnum í vettvangsheimsóknina.
    2. Verið til taks í síma á meðan á starfskynningunni stendur.
    3. Minnið nemendur á athugunarverkefnið.

job-shadowing-do-employer =
    1. Byrjið á öryggiskynningunni og stuttri móttöku.
    2. Útskýrið hvað þið eruð að gera og hvers vegna á meðan þið vinnið.
    3. Leyfið nemandanum að prófa einföld og örugg verkefni þar sem hægt er.

job-shadowing-do-student =
    1. Fylgdu öryggisreglunum og haltu þig hjá leiðsögumanninum.
    2. Fylgstu með, spurðu spurninganna þinna og skrifaðu stutta minnispunkta.
    3. Þakkaðu fólkinu sem þú hittir áður en þú ferð.

job-shadowing-follow-up =
    Þegar komið er aftur í skólann skulu nemendur segja frá því sem þeir sáu, til dæmis í stuttum kynningum eða á veggspjaldi, og tengja það við námið og starfsval sitt. Sendið vinnustaðnum þakkir og samantekt á upplifun nemendanna.

    Spyrjið leiðsögumanninn og fagfólkið hvað gekk vel og hverju það myndi breyta. Vel heppnuð heimsókn er eðlilegt skref í átt að gestakennslu eða vinnustaðanámi á sama vinnustað.

job-shadowing-tips =
    - Skýrt athugunarverkefni heldur athygli nemenda.
    - Litlir hópar sjá meira og trufla minna.
    - Kannið öryggisreglur og aldurstakmörk tímanlega.
    - Á starfskynningardögum á að sýna venjulega vinnu, ekki sýningu sem er sett upp fyrir gesti.
    .title = Góð ráð og gildrur

job-shadowing-check-vet-provider-agree-visit = Semjið um dagsetningu, stærð hóps og hvað nemendur mega gera.
job-shadowing-check-vet-provider-arrange-transport = Skipuleggið ferðir, tryggingar og öryggisbúnað.
job-shadowing-check-vet-provider-observation-task = Látið nemendur fá athugunarverkefni.
job-shadowing-check-vet-provider-debrief = Farið yfir reynsluna með nemendum í skólanum.
job-shadowing-check-vet-provider-thank = Sendið vinnustaðnum þakkir og samantekt.

job-shadowing-check-employer-choose-guide = Veljið leiðsögumann og fagfólk sem nemendur fylgja eftir.
job-shadowing-check-employer-plan-route = Skipuleggið örugga leið um vinnustaðinn eða öruggan vinnudag.
job-shadowing-check-employer-safety-briefing = Undirbúið stutta öryggiskynningu.
job-shadowing-check-employer-inform-staff = Látið starfsfólk vita að gestir séu væntanlegir.
job-shadowing-check-employer-explain-work = Útskýrið verkin um leið og þið vinnið þau.

job-shadowing-check-student-research = Kynntu þér vinnustaðinn og starfið.
job-shadowing-check-student-prepare-questions = Undirbúðu að minnsta kosti þrjár spurningar.
job-shadowing-check-student-check-clothing = Athugaðu fatnað, tíma og ferðir.
job-shadowing-check-student-take-notes = Skrifaðu minnispunkta yfir daginn.
job-shadowing-check-student-share = Segðu frá því sem þú sást þegar þú kemur aftur í skólann.
