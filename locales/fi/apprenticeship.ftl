## Menetelmä: Oppisopimuskoulutus

apprenticeship-title = Oppisopimuskoulutus
    .summary = Opiskelija on työsuhteessa yritykseen ja oppii pääosin työssä { -vet-provider(case: "gen") } tuella.

apprenticeship-intro =
    Oppisopimuskoulutuksessa opiskelija on työntekijä. Hän solmii työsopimuksen työnantajan kanssa (joissakin maissa myös { -vet-provider } allekirjoittaa sen), ja palkka, työajat, lomat ja vakuutukset määräytyvät sen mukaan kuten muillakin työntekijöillä. Suurin osa ammatista opitaan työssä; { -vet-provider } suunnittelee koulutuksen yhdessä työpaikan kanssa ja opettaa sen, mitä työ ei kata. Joissakin oppilaitospohjaisissa malleissa oppisopimusopiskelija pysyy opiskelijana, ja silloin on selvitettävä, kuka vakuuttaa hänet työssä. Myös lopullinen arviointi vaihtelee: Suomessa sen tekee { -vet-provider } yhdessä työpaikan kanssa, Saksassa kamarit, ja Islannin säännellyissä ammateissa kunkin ammatin tutkintolautakunta laatii kisällinkokeen.

    Oppisopimus sopii alaa vaihtaville aikuisille, nuorille, jotka haluavat ansaita opiskellessaan, ja yrityksille, jotka haluavat kouluttaa työntekijänsä omalla tavallaan. Koulutus kestää usein kaksi tai kolme vuotta, joten on tärkeää, että kaikki kolme osapuolta pitävät kiinni yhteisestä suunnitelmasta.

apprenticeship-contract-note =
    Oppisopimus on opiskelijan ja työnantajan välinen kirjallinen määräaikainen työsopimus, ja opiskelijalle maksetaan palkkaa kuten muillekin työntekijöille. { -vet-provider(case: "start") } ja työnantaja sopivat lisäksi keskenään koulutuksen järjestämisestä, ja koulutuksen sisältö kirjataan opiskelijan HOKSiin. Osaaminen osoitetaan näytöissä työpaikalla, ja sen arvioivat opettaja ja työelämän edustaja.
    .title = Suomessa

apprenticeship-example =
    Oululainen LVI-yritys ei löytänyt osaavia asentajia. Yhdessä paikallisen ammattiopiston kanssa se palkkasi kaksi aikuista, entisen varastotyöntekijän ja entisen sotilaan, oppisopimuksella suorittamaan talotekniikan perustutkintoa.

    Opettaja, työmaapäällikkö ja kumpikin oppisopimusopiskelija yhdistivät tutkinnon jokaisen osan asennuskohteisiin, joita yritys odotti seuraavien kahden vuoden aikana. Suunnitelma ei kestänyt ensimmäistä talvea: suuri uudisrakennusurakka siirtyi, ja viiden kuukauden ajan molemmat opiskelijat tekivät pelkkiä remontteja asutuissa asunnoissa. Seuraavassa seurantatapaamisessa opettaja siirsi uusia lämmitysjärjestelmiä koskevan tutkinnon osan toiselle vuodelle ja järjesti tilalle kaksi viikkoa oppilaitoksen työsalissa.

    Toinen opiskelija suoritti tutkinnon 26 kuukaudessa ja jäi yritykseen töihin. Toinen lähti vuoden jälkeen paremmin palkattuun työhön ilman tutkintoa. Yrityksen johtopäätös: palkan porrastuksesta koko koulutuksen ajalle pitää sopia jo sopimusta tehtäessä.
    .title = Kokeiltu tekniikan alalla, Suomi

apprenticeship-prep-vet-provider =
    1. Käykää työpaikalla ja listatkaa, mitä tutkinto edellyttää mutta mitä tämä työ ei pysty tarjoamaan.
    2. Kertokaa työnantajalle ja hakijalle säännöistä, rahoituksesta ja vastuista, myös siitä, kuka allekirjoittaa minkäkin.
    3. Laatikaa yhdessä heidän kanssaan HOKS: mikä tutkinnon osa opitaan missä ja milloin, opintopäivät ja arvioinnit.

apprenticeship-prep-employer =
    1. Rekrytoikaa motivaation eikä kokemuksen perusteella, ja sopikaa työsopimuksessa palkasta, työajoista ja koeajasta.
    2. Tarkistakaa vakuutukset sekä alle 18-vuotiaiden osalta nuorten työntekijöiden tehtäviä ja työaikoja koskevat säännöt.
    3. Nimetkää { -work-mentor } ja antakaa hänelle aikaa ja koulutusta.

apprenticeship-prep-student =
    1. Lue työsopimus: palkka, työajat, lomat, koeaika ja opintopäivät.
    2. Käy HOKS läpi ja tarkista, mitkä osat opit työssä ja mitkä oppilaitoksessa.

apprenticeship-do-vet-provider =
    1. Opettakaa teoria esimerkein opiskelijan omasta työstä.
    2. Tavatkaa opiskelija ja työpaikkaohjaaja kahden tai kolmen kuukauden välein ja muuttakaa suunnitelmaa, kun työ muuttuu.
    3. Valmentakaa opiskelija lopulliseen arviointiin tai kokeeseen riippumatta siitä, kuka sen järjestää.
    4. Kysykää lopuksi yritykseltä ja opiskelijalta, mitä seuraavalla kerralla pitäisi tehdä toisin, ja kirjatkaa se: se vakuuttaa muita yrityksiä paremmin kuin mikään esite.

apprenticeship-do-employer =
    1. Antakaa tehtäviä suunnitelman mukaan eikä vain sen mukaan, mikä on kiireellistä.
    2. Vapauttakaa opiskelija opintopäiviin myös kiireisinä viikkoina.
    3. Kertokaa opettajalle ajoissa, jos työ tai työsopimus muuttuu.

apprenticeship-do-student =
    1. Pidä oppimispäiväkirjaa ja ota se mukaan seurantatapaamisiin.
    2. Kerro ajoissa, jos tehtäväsi eivät enää vastaa suunnitelmaa.

apprenticeship-tips =
    Opintopäivät jäävät ensimmäisinä pois, kun yrityksellä on kiire, ja niistä pois jäävä opiskelija jää jälkeen: merkitkää ne työvuorolistaan eikä vain suunnitelmaan.

    Sopikaa alussa, mitä tapahtuu, jos työsopimus päättyy ennenaikaisesti: kuka ilmoittaa kenelle ja miten opiskelija voi suorittaa tutkinnon loppuun muualla.
    .title = Huomio

apprenticeship-check-vet-provider-check-tasks = Varmistakaa, että työpaikalla on tutkinnon vaatimat tehtävät.
apprenticeship-check-vet-provider-explain-rules = Kertokaa säännöt, rahoitus ja kuka allekirjoittaa mitä.
apprenticeship-check-vet-provider-training-plan = Laatikaa HOKS työnantajan ja opiskelijan kanssa.
apprenticeship-check-vet-provider-progress-meetings = Pitäkää seurantatapaaminen 2–3 kuukauden välein.
apprenticeship-check-vet-provider-early-end = Sopikaa, mitä tehdään, jos sopimus päättyy kesken.
apprenticeship-check-vet-provider-organise-assessment = Valmentakaa opiskelija lopulliseen arviointiin.

apprenticeship-check-employer-agree-contract = Allekirjoittakaa työsopimus: palkka, työajat, koeaika.
apprenticeship-check-employer-check-insurance = Tarkistakaa vakuutukset ja nuorten työntekijöiden säännöt.
apprenticeship-check-employer-name-mentor = Nimetkää työpaikkaohjaaja ja antakaa hänelle aikaa.
apprenticeship-check-employer-plan-tasks = Sovittakaa työtehtävät HOKSin mukaan.
apprenticeship-check-employer-release-study = Vapauttakaa opiskelija jokaiseen opintopäivään.
apprenticeship-check-employer-report-problems = Kertokaa opettajalle ajoissa, kun työ muuttuu.

apprenticeship-check-student-understand-terms = Lue työsopimus: palkka, työajat, lomat, opintopäivät.
apprenticeship-check-student-agree-mentor = Sovi ohjaajasi kanssa, milloin käytte edistymisen läpi.
apprenticeship-check-student-keep-log = Pidä oppimispäiväkirjaa ja ota se tapaamisiin.
apprenticeship-check-student-speak-up = Kerro ajoissa, jos tehtäväsi eivät vastaa suunnitelmaa.
apprenticeship-check-student-prepare-meetings = Valmistaudu seurantatapaamisiin ja arviointeihin.
