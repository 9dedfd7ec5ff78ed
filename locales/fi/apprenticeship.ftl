## Menetelmä: Oppisopimuskoulutus

apprenticeship-title = Oppisopimuskoulutus
    .summary = Opiskelija on työsuhteessa yritykseen ja oppii pääosin työssä { -vet-provider(case: "gen") } tuella.

apprenticeship-intro =
    Oppisopimuskoulutuksessa opiskelija on työntekijä. Hän solmii työsopimuksen työnantajan kanssa, saa palkkaa ja oppii suurimman osan ammatistaan työssä, kun taas { -vet-provider } suunnittelee koulutuksen, opettaa teorian ja järjestää arvioinnin. Säännöt vaihtelevat maittain, mutta ajatus on kaikkialla sama: työpaikka on tärkein oppimisympäristö.

    Oppisopimus sopii alaa vaihtaville aikuisille, nuorille, jotka haluavat ansaita opiskellessaan, ja yrityksille, jotka haluavat kouluttaa työntekijöitä omiin tarpeisiinsa. Se edellyttää kaikilta kolmelta osapuolelta sitoutumista pitkäksi aikaa, joten huolellinen suunnittelu on välttämätöntä.

apprenticeship-example =
    Oululainen LVI-yritys ei löytänyt osaavia asentajia. Yhdessä paikallisen ammattiopiston kanssa se palkkasi kaksi aikuista, entisen varastotyöntekijän ja entisen sotilaan, oppisopimuksella suorittamaan talotekniikan perustutkintoa.

    Opettaja ja yrityksen työmaapäällikkö laativat kummankin oppisopimusopiskelijan kanssa tälle henkilökohtaisen osaamisen kehittämissuunnitelman (HOKS). Siinä tutkinnon jokainen osa yhdistettiin asennuskohteisiin, joissa yritys työskentelisi seuraavien kahden vuoden aikana, ja lisäksi suunnitelmaan kirjattiin opintopäiviä ja verkossa opiskeltavaa teoriaa niiltä osin, joita työmaat eivät kattaneet. Kokenut asentaja toimi työpaikkaohjaajana, ja nelikko tapasi kahden kuukauden välein seuratakseen edistymistä.

    Kumpikin oppisopimusopiskelija suoritti tutkintonsa hieman yli kahdessa vuodessa ja jäi yritykseen töihin. Toinen heistä ohjaa nyt yrityksen seuraavaa oppisopimusopiskelijaa.
    .title = Kokeiltu tekniikan alalla, Suomi

apprenticeship-prep-vet-provider =
    1. Varmistakaa, että työpaikka pystyy tarjoamaan tutkinnon edellyttämät työtehtävät.
    2. Kertokaa työnantajalle ja hakijalle säännöistä, rahoituksesta ja vastuista.
    3. Laatikaa yhdessä henkilökohtainen osaamisen kehittämissuunnitelma (HOKS), johon kirjataan opintopäivät ja arvioinnit.

apprenticeship-prep-employer =
    1. Päättäkää, kenet palkkaatte, ja sopikaa työsopimuksesta, palkasta ja työajoista.
    2. Nimetkää { -work-mentor } ja antakaa hänelle aikaa ja koulutusta.
    3. Suunnitelkaa, mitkä työtehtävät ja työmaat kattavat HOKSin mitkäkin osat.

apprenticeship-prep-student =
    1. Ota selvää, mitä oppisopimuskoulutus sisältää, myös opintopäivistä ja arvioinnista.
    2. Lue oppisopimus ja HOKS ja kysy kaikesta, mikä on epäselvää.
    3. Sovi { -work-mentor }si kanssa, miten teette yhteistyötä.

apprenticeship-do-vet-provider =
    1. Opettakaa teoria ja kytkekää se oppisopimusopiskelijan työhön.
    2. Pitäkää säännöllisiä seurantatapaamisia opiskelijan ja työpaikkaohjaajan kanssa.
    3. Järjestäkää arviointi, mieluiten työpaikalla.

apprenticeship-do-employer =
    1. Antakaa opiskelijalle tehtäviä suunnitelman mukaan, älkää vain sitä, mikä on kiireellistä.
    2. Vapauttakaa opiskelija opintopäiviin.
    3. Pitäkää työpaikkaohjaaja mukana ja kertokaa ongelmista ajoissa.

apprenticeship-do-student =
    1. Osallistu aktiivisesti työhön ja opintoihin ja pidä oppimispäiväkirjaa.
    2. Kerro työpaikkaohjaajallesi ja opettajallesi, jos suunnitelma ei vastaa tehtäviäsi.
    3. Valmistaudu seurantatapaamisiin ja arviointeihin.

apprenticeship-follow-up =
    Käykää HOKS läpi jokaisessa seurantatapaamisessa ja päivittäkää sitä, kun työ muuttuu. Lopuksi arvioikaa yhdessä kaikkien kolmen osapuolen kanssa: saavuttiko oppisopimuskoulutus tavoitteensa, ja mitä tekisitte toisin seuraavan oppisopimusopiskelijan kanssa?

    Kirjatkaa yrityksen kokemukset, sillä ne ovat paras peruste muille yrityksille kokeilla oppisopimuskoulutusta. Juhlistakaa tutkinnon suorittamista yhdessä.

apprenticeship-tips =
    - Aloittakaa huolellisella rekrytoinnilla: motivaatio on tärkeämpää kuin aiempi kokemus.
    - Realistinen suunnitelma estää sen, että opiskelija juuttuu kuukausiksi yhteen tehtävään.
    - Älkää antako opintopäivien kadota, kun yrityksellä on kiire.
    - Suunnitelkaa etukäteen, mitä tapahtuu, jos oppisopimus päättyy ennenaikaisesti.
    .title = Vinkit ja sudenkuopat

apprenticeship-check-vet-provider-check-tasks = Varmistakaa, että työpaikka tarjoaa tarvittavat tehtävät.
apprenticeship-check-vet-provider-explain-rules = Kertokaa säännöistä, rahoituksesta ja vastuista.
apprenticeship-check-vet-provider-training-plan = Laatikaa HOKS yhdessä.
apprenticeship-check-vet-provider-link-theory = Kytkekää teoria opiskelijan työhön.
apprenticeship-check-vet-provider-progress-meetings = Pitäkää säännöllisiä seurantatapaamisia.
apprenticeship-check-vet-provider-organise-assessment = Järjestäkää arviointi työpaikalla.

apprenticeship-check-employer-agree-contract = Sopikaa työsopimuksesta, palkasta ja työajoista.
apprenticeship-check-employer-name-mentor = Nimetkää ja kouluttakaa työpaikkaohjaaja.
apprenticeship-check-employer-plan-tasks = Suunnitelkaa tehtävät, jotka kattavat HOKSin.
apprenticeship-check-employer-release-study = Vapauttakaa opiskelija opintopäiviin.
apprenticeship-check-employer-report-problems = Kertokaa ongelmista ajoissa.

apprenticeship-check-student-understand-terms = Perehdy oppisopimukseen ja HOKSiin.
apprenticeship-check-student-agree-mentor = Sovi työpaikkaohjaajasi kanssa, miten työskentelette.
apprenticeship-check-student-keep-log = Pidä oppimispäiväkirjaa.
apprenticeship-check-student-speak-up = Kerro, jos tehtäväsi eivät vastaa suunnitelmaa.
apprenticeship-check-student-prepare-meetings = Valmistaudu seurantatapaamisiin.
