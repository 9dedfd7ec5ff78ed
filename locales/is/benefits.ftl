## 15. kafli: Ávinningur og mat

benefits-title = Ávinningur og mat
    .summary = Hverju samstarfið skilar og hvernig má meta það út frá fjórum áhersluþáttum.

benefits-intro =
    Samstarf { -vet-providers(case: "gen") } og { -employers(case: "gen") } tekur tíma og fólk spyr réttilega hverju það skili. Samstarfsaðilar { -brand } sáu ávinning fyrir alla þrjá hópana. Nemendur lærðu af raunverulegum verkefnum og með nýjum búnaði, fengu meira sjálfstraust og áttu auðveldara með að fá fyrsta starfið. Atvinnurekendur kynntust framtíðarstarfsfólki, löguðu námið að þörfum sínum og sáu eigið starfsfólk vaxa í hlutverki leiðbeinenda. Skólar héldu kennslunni í takt við tímann, fundu betri pláss fyrir nemendur í vinnustaðanámi og bættu gæði námsins.

    Til að sjá þennan ávinning í eigin samstarfi þurfið þið að meta það reglulega. Við leggjum til fjóra áhersluþætti: skuldbindingu, samvinnu, sameiginlega þróun og að fagna árangri. Hver kafli hér á eftir skýrir einn áhersluþátt og býður upp á spurningar sem báðir aðilar geta svarað, til dæmis einu sinni á ári á sameiginlegum fundi. Svarið fyrst hvor í sínu lagi og berið svörin svo saman: mismunurinn segir mest.

benefits-commitment =
    Skuldbinding merkir að samstarfið sé ekki látið hvíla á fáeinum áhugasömum einstaklingum. Æðstu stjórnendur beggja vegna styðja það opinberlega, veita til þess tíma og fé og spyrja um árangurinn. Samstarfið er skrifað inn í stefnu, starfsáætlanir og starfslýsingar svo að það heldur áfram þegar fólk skiptir um starf.

    Spurningar til mats:

    - Vita æðstu stjórnendur beggja aðila af samstarfinu og styðja þeir það?
    - Er samstarfið hluti af stefnu okkar og ársáætlunum?
    - Hafa kennarar og leiðbeinendur tíma fyrir þetta starf í vinnuáætlunum sínum?
    - Myndi samstarfið halda áfram ef helsti tengiliður okkar hætti?
    - Er ljóst hver greiðir hvað og finnst báðum aðilum skiptingin sanngjörn?
    .title = Skuldbinding

benefits-cooperation =
    Samvinna snýst um hvernig aðilarnir eiga samskipti frá degi til dags. Hún byggist á opnum og gagnsæjum samskiptum, á því að hvor aðili viti hvað hinn getur og getur ekki boðið og á fyrirkomulagi þar sem báðir hagnast. Hún krefst líka þess að aðilar séu tilbúnir: vinnustaðurinn hefur leiðbeinanda og hentug verkefni tilbúin þegar nemandi kemur og skólinn bregst skjótt við þegar vandamál kemur upp.

    Spurningar til mats:

    - Vitum við við hvern á að hafa samband og fáum við svör innan hæfilegs tíma?
    - Finnst báðum aðilum að þeir hafi eitthvað upp úr samstarfinu?
    - Eru nemendur, leiðbeinendur og kennarar vel undirbúnir fyrir hvert tímabil í vinnustaðanámi?
    - Getum við rætt vandamál opinskátt og leyst þau saman?
    .title = Samvinna

benefits-collaboration =
    Sameiginleg þróun gengur lengra en samvinna. Aðilarnir skipuleggja og þróa námið saman. Samið er um námskrána og hún löguð að bæði námsbrautinni og vinnustaðnum, og námsmarkmið, matsviðmið og lykilhugtök merkja það sama fyrir alla sem hlut eiga að máli.

    Spurningar til mats:

    - Hefur vinnustaðurinn haft áhrif á hvað nemendur læra og hvernig?
    - Skilja kennarar, leiðbeinendur og nemendur námsmarkmiðin á sama hátt?
    - Metum við nemendur saman eftir sameiginlegum viðmiðum?
    - Höfum við breytt kennslu okkar eða verklagi vegna þess sem við höfum lært hvert af öðru?
    .title = Sameiginleg þróun

benefits-celebration =
    Það er auðvelt að gleyma að fagna, en það heldur áhuganum vakandi. Sýnið að starf leiðbeinenda, kennara og nemenda sé metið og segið frá árangrinum hjá báðum aðilum og út á við: í fréttabréfum, á samfélagsmiðlum, við útskrift eða á viðburði atvinnulífsins í heimabyggð. Þakkarbréf til leiðbeinanda, viðurkenningarskjal eða stutt frásögn af nemanda sem fékk vinnu sýna öll að fyrirhöfnin var þess virði.

    Spurningar til mats:

    - Hvernig höfum við sýnt þeim sem létu samstarfið ganga upp þakklæti?
    - Höfum við sagt samstarfsfólki, stjórnendum og nærsamfélaginu frá árangrinum?
    - Hvaða árangri ársins viljum við segja öðrum frá?
    .title = Að fagna árangri

benefits-evaluation =
    Hafið matið nógu létt til að þið gerið það í raun: stuttur sameiginlegur fundur einu sinni á ári, með spurningunum hér að ofan og nokkrum tölum, nægir oft. Gagnlegar tölur eru til dæmis fjöldi nemenda sem lærðu á vinnustaðnum, fjöldi þjálfaðra leiðbeinenda, endurgjöf nemenda og leiðbeinenda, hlutfall þeirra sem ljúka námi, hve margir nemendur fengu vinnu að námi loknu og hvað samstarfið kostaði hvorn aðila í vinnutíma og fé.

    Skrifið niður þrjú atriði sem gengu vel og þrjú sem má bæta og komið ykkur saman um hver gerir hvað fyrir næsta fund. Farið svo aftur í sjálfsmatið í kaflanum um fyrstu skrefin. Ef til vill kemur í ljós að samstarfið ykkar er komið á næsta stig og tilbúið fyrir nýjar aðferðir.
    .title = Gerið matið að föstum lið
