## Menetelmä: Luokkahuone työpaikalla

classroom-title = Luokkahuone työpaikalla
    .summary = Osa opetuksesta siirtyy työpaikalle, tai työpaikan asiantuntijat opettavat sen.

classroom-intro =
    Tässä menetelmässä tutkinnon osa tai osa siitä opetetaan siellä, missä työ tehdään. Joko ryhmä siirtyy muutamaksi päiväksi työpaikalle, tai työpaikan asiantuntija tulee opettamaan oppilaitokseen. Opiskelijat oppivat ajanmukaisilla laitteilla ihmiseltä, joka käyttää niitä joka päivä, eikä { -vet-provider(case: "gen") } tarvitse hankkia koneita, joita se ei kuitenkaan pystyisi pitämään ajan tasalla. Opettaja vastaa edelleen oppimistavoitteista ja arvosanoista; asiantuntija tuo mukanaan itse työn.

classroom-example =
    Akureyrissa toimiva ammatillinen oppilaitos halusi, että sen kokki- ja tarjoilijaopiskelijat oppisivat paikallisesta kalasta enemmän kuin koulun opetuskeittiössä oli mahdollista. Kaupungin hotelliravintola suostui järjestämään kahden viikon opetusjakson hiljaisena sesonkinaan: keittiöpäällikkö opetti aamuisin fileointia, säilytystä ja kypsentämistä, opettaja kävi hotellin kokoushuoneessa läpi elintarvikehygieniaa, ja iltapäivisin opiskelijat tarjoilivat hotellin asiakkaille yksinkertaisen lounaan.

    Kolmantena päivänä konferenssi varasi lyhyellä varoitusajalla lounaan kahdeksallekymmenelle, ja opiskelijat seurasivat koko aamun sivusta. Oppilaitos ja hotelli sopivat varasuunnitelmasta: kiireisinä aamuina opettaja pitää ryhmälle hygieniateoriaa, ja keittiöpäällikön osuus siirtyy iltapäivään. Lisäksi huomattiin, että keittiöpäällikkö arvioi opiskelijoita nopeuden ja opettaja hygienian perusteella. Toisesta viikosta alkaen he täyttivät yhdessä yhden havainnointilomakkeen kustakin opiskelijasta.

    Hotelli palkkasi kaksi opiskelijaa kesäksi. Kustannukset ovat yhä ratkaisematta: hotelli antoi kalan kokeiluun omakustannushintaan eikä tee niin uudelleen, joten oppilaitoksen on löydettävä rahat ennen kuin jakso voidaan järjestää toisen kerran.
    .title = Kokeiltu matkailu- ja ravintola-alalla, Akureyri, Islanti

classroom-prep-vet-provider =
    1. Valitkaa tutkinnon osa tai sen osa, jonka työpaikka pystyy opettamaan paremmin kuin oppilaitos.
    2. Sopikaa { -employer(case: "gen") } kanssa, kuka opettaa minkä aiheen minäkin päivänä ja mitä tehdään päivinä, jolloin työpaikalla tulee yllättäen kiire.
    3. Sopikaa, kuka arvioi opiskelijoiden osaamisen ja mihin arviointi perustuu, esimerkiksi yhteiseen havainnointilomakkeeseen.
    4. Selvittäkää vakuutukset, kuljetukset, ruokailut ja se, kuka maksaa materiaalit; yleiset kysymykset käsitellään luvussa [Näin pääsette alkuun](#getting-started).
    5. Antakaa asiantuntijalle oppimistavoitteet ja kertokaa lyhyesti ryhmästä.

classroom-prep-employer =
    1. Valitkaa asiantuntija, joka selittää työtä mielellään, ja vapauttakaa hänet näiksi päiviksi osasta tavallisia tehtäviään.
    2. Etsikää tila ja ajankohdat, joina opiskelijat eivät ole asiakkaiden tai tuotannon tiellä silloin, kun sillä on merkitystä.
    3. Suunnitelkaa tehtäviä, jotka opiskelijat voivat tehdä itse ja turvallisesti, ja varatkaa työvälineet ja materiaalit jokaiselle päivälle.

classroom-prep-student =
    1. Lue jakson oppimistavoitteet ja kysy, miten osaamisesi arvioidaan.
    2. Tarkista, millaisia vaatteita, suojavarusteita ja matkajärjestelyjä tarvitset.
    3. Ota selvää, mitä yritys tekee, ja valmistele kaksi kysymystä asiantuntijalle.

classroom-do-vet-provider =
    1. Olkaa paikalla ensimmäisenä päivänä ja kytkekää jokainen käytännön harjoitus siihen teoriaan, johon se liittyy.
    2. Tavatkaa asiantuntija joka päivä kymmenen minuutin ajan ja tarkentakaa seuraavan päivän suunnitelmaa.
    3. Täyttäkää havainnointilomake yhdessä asiantuntijan kanssa, kun työ on vielä tuoreessa muistissa.

classroom-do-employer =
    1. Aloittakaa työturvallisuusperehdytyksellä ja kierroksella niissä tiloissa, joita opiskelijat käyttävät.
    2. Näyttäkää työ ensin ja antakaa sitten jokaisen opiskelijan tehdä se itse asiantuntijan korjatessa paikan päällä.
    3. Kertokaa opiskelijoille, miten oikeassa työssä asiat menevät pieleen ja miten henkilökuntanne hoitaa tilanteen.

classroom-do-student =
    1. Noudata työpaikan sääntöjä samoin kuin henkilökunta.
    2. Tee tehtävät itse ja kysy, kun olet epävarma, äläkä arvaa.
    3. Kirjaa joka päivä, mitä teit ja mihin teoriaan se liittyy.

classroom-follow-up =
    Käykää tulokset läpi asiantuntijan kanssa pian jakson jälkeen: saavuttivatko opiskelijat oppimistavoitteet, oliko käytetty aika työpaikalle sen arvoista ja mikä toimi työpaikalla paremmin kuin oppilaitoksessa? Kiittäkää asiantuntijaa tavalla, jota hän arvostaa, esimerkiksi kirjeellä hänen esihenkilölleen.

classroom-tips =
    Aloittakaa yhdellä tutkinnon osalla ja yhdellä työpaikalla. Pitäkää ryhmä niin pienenä, että jokainen pääsee tekemään työtä omin käsin. Jos se ei ole mahdollista, jakakaa ryhmä ja järjestäkää jakso kahdesti, älkääkä antako puolen ryhmästä vain katsella.
    .title = Vinkit ja sudenkuopat

classroom-check-vet-provider-choose-module = Valitkaa tutkinnon osa, jonka työpaikka opettaa oppilaitosta paremmin.
classroom-check-vet-provider-agree-timetable = Sopikaa, kuka opettaa minkä aiheen minäkin päivänä.
classroom-check-vet-provider-backup-plan = Sopikaa varasuunnitelma työpaikan kiirepäiville.
classroom-check-vet-provider-agree-grading = Sopikaa, kuka arvioi ja mihin arviointi perustuu.
classroom-check-vet-provider-check-insurance = Selvittäkää vakuutukset, kuljetukset, ruoka ja kulut.
classroom-check-vet-provider-brief-specialist = Lähettäkää asiantuntijalle oppimistavoitteet.
classroom-check-vet-provider-review-module = Käykää tulokset ja kulut läpi asiantuntijan kanssa.

classroom-check-employer-choose-specialist = Valitkaa asiantuntija ja vapauttakaa hänen aikaansa.
classroom-check-employer-find-space = Varatkaa tila ja ajat erillään asiakkaista.
classroom-check-employer-prepare-tasks = Valmistelkaa tehtävät, välineet ja materiaalit joka päivälle.
classroom-check-employer-agree-costs = Sopikaa oppilaitoksen kanssa, kuka maksaa materiaalit.
classroom-check-employer-safety-induction = Pitäkää työturvallisuusperehdytys ensimmäisenä päivänä.
classroom-check-employer-give-feedback = Täyttäkää havainnointilomake yhdessä opettajan kanssa.

classroom-check-student-read-goals = Lue oppimistavoitteet ja kysy, miten niitä arvioidaan.
classroom-check-student-check-gear = Tarkista vaatetus, suojavarusteet ja matkat.
classroom-check-student-prepare-questions = Valmistele kaksi kysymystä asiantuntijalle.
classroom-check-student-follow-rules = Noudata työpaikan sääntöjä samoin kuin henkilökunta.
classroom-check-student-note-learning = Kirjaa joka päivä, mitä teit ja opit.
