## Menetelmä: Luokkahuone työpaikalla

classroom-title = Luokkahuone työpaikalla
    .summary = Osa opetuksesta siirtyy työpaikalle, tai työpaikan asiantuntijat opettavat sen.

classroom-intro =
    Tässä menetelmässä osa opetuksesta lähtee oppilaitoksen seinien ulkopuolelle. Opiskelijaryhmä opiskelee tutkinnon osan tai osan siitä työpaikalla, tai työpaikan asiantuntija tulee opettamaan oppilaitokseen. Opiskelijat työskentelevät oikeilla välineillä ja ajantasaisten käytäntöjen parissa, ja he näkevät heti, miksi teoria on tärkeää.

    Opettaja vastaa edelleen oppimistavoitteista ja arvioinnista; asiantuntija tuo mukanaan todellisen työn ja alan tarinat. Näin { -employer } tutustuu tuleviin työntekijöihinsä, ja { -vet-provider } pitää opetuksensa lähellä työelämää ilman kalliita laitehankintoja.

classroom-example =
    Akureyrissa toimiva ammatillinen oppilaitos halusi, että sen kokki- ja tarjoilijaopiskelijat oppisivat paikallisesta kalasta ja äyriäisistä enemmän kuin koulun opetuskeittiössä oli mahdollista. Kaupungin hotelliravintola suostui järjestämään kahden viikon opetusjakson hiljaisen sesonkinsa aikana.

    Aamuisin keittiöpäällikkö opetti paikallisen kalan fileointia, säilytystä ja kypsentämistä niiden työpöytien ääressä, joita hänen oma henkilökuntansa käytti. Opettaja kävi hotellin kokoushuoneessa läpi hygienian ja elintarviketurvallisuuden ja käytti esimerkkeinä sitä, mitä opiskelijat olivat juuri tehneet. Iltapäivisin opiskelijat valmistivat ja tarjoilivat hotellin asiakkaille yksinkertaisen lounaan keittiöpäällikön valvonnassa.

    Opiskelijat kertoivat muistavansa tämän jakson opinnoistaan parhaiten, ja hotelli palkkasi kaksi heistä kesäksi. Keittiöpäällikkö pitää nykyään myös leipäkurssin oppilaitoksessa joka lukukausi, ja jakso on järjestetty siitä lähtien joka syksy.
    .title = Kokeiltu matkailu- ja ravintola-alalla, Akureyri, Islanti

classroom-prep-vet-provider =
    1. Valitkaa tutkinnon osa, jonka oppimistavoitteet sopivat työpaikalle.
    2. Sopikaa aikataulusta { -employer(case: "gen") } kanssa, myös siitä, kuka opettaa mitäkin.
    3. Tarkistakaa vakuutukset, turvallisuusmääräykset, kuljetukset ja ruokailut.
    4. Perehdyttäkää asiantuntija oppimistavoitteisiin, ryhmään ja muutamaan yksinkertaiseen opetusmenetelmään.

classroom-prep-employer =
    1. Valitkaa asiantuntija, joka tuntee työn hyvin ja selittää sitä mielellään.
    2. Etsikää tila ja ajankohdat, jotka eivät häiritse asiakkaita tai tuotantoa liikaa.
    3. Suunnitelkaa todellisia tehtäviä, joita opiskelijat voivat tehdä turvallisesti, ja varatkaa työvälineet ja materiaalit.

classroom-prep-student =
    1. Lue jakson oppimistavoitteet.
    2. Tarkista, millaisia vaatteita, suojavarusteita ja matkajärjestelyjä tarvitset.
    3. Ota selvää, mitä yritys tekee, ja valmistele kysymyksiä asiantuntijalle.

classroom-do-vet-provider =
    1. Olkaa paikalla ainakin alussa ja kytkekää käytännön työ teoriaan.
    2. Seuratkaa jokaisen opiskelijan edistymistä suhteessa oppimistavoitteisiin.
    3. Tavatkaa asiantuntija lyhyesti joka päivä ja tarkentakaa suunnitelmaa.

classroom-do-employer =
    1. Aloittakaa työturvallisuusperehdytyksellä ja kierroksella työpaikalla.
    2. Näyttäkää, miten työ tehdään, ja antakaa opiskelijoiden sitten harjoitella todellisilla tehtävillä.
    3. Kertokaa, miten työ oikeasti tehdään, myös virheistä ja siitä, miten ne hoidetaan.

classroom-do-student =
    1. Noudata työpaikan sääntöjä ja käyttäydy kuin työkaveri.
    2. Kokeile tehtäviä itse ja kysy, kun olet epävarma.
    3. Kirjaa joka päivä, mitä opit, ja yhdistä se teoriaan.

classroom-follow-up =
    Jakson jälkeen opettaja ja asiantuntija käyvät yhdessä läpi opiskelijoiden tulokset ja palautteen. Saavuttivatko opiskelijat oppimistavoitteet? Oliko työpaikan käyttämä aika sen arvoista? Mitkä osat toimivat työpaikalla paremmin kuin oppilaitoksessa?

    Kiittäkää asiantuntijaa tavalla, jota hän arvostaa, esimerkiksi kirjeellä hänen esihenkilölleen. Jos kumpikin osapuoli on tyytyväinen, merkitkää jakso heti seuraavan vuoden lukujärjestykseen, jotta siitä tulee vakiintunut käytäntö eikä kertaluonteinen kokeilu.

classroom-tips =
    - Aloittakaa yhdellä tutkinnon osalla ja yhdellä työpaikalla ja laajentakaa siitä.
    - Pitäkää ryhmät niin pieninä, että jokainen pääsee tekemään työtä itse.
    - Sopikaa varasuunnitelma päiville, jolloin työpaikalla tulee yllättäen kiire.
    - Älkää jättäkö arviointia pelkästään asiantuntijan vastuulle, ellei siitä ole sovittu.
    .title = Vinkit ja sudenkuopat

classroom-check-vet-provider-choose-module = Valitkaa työpaikalle sopiva tutkinnon osa.
classroom-check-vet-provider-agree-timetable = Sopikaa aikataulu ja se, kuka opettaa mitäkin.
classroom-check-vet-provider-check-insurance = Tarkistakaa vakuutukset, turvallisuus ja kuljetukset.
classroom-check-vet-provider-brief-specialist = Perehdyttäkää asiantuntija tavoitteisiin ja ryhmään.
classroom-check-vet-provider-link-theory = Kytkekää käytännön työ teoriaan.
classroom-check-vet-provider-review-module = Arvioikaa jakso yhdessä asiantuntijan kanssa.

classroom-check-employer-choose-specialist = Valitkaa asiantuntija, joka selittää mielellään.
classroom-check-employer-find-space = Etsikää tila ja sopivat ajankohdat.
classroom-check-employer-prepare-tasks = Valmistelkaa todelliset tehtävät, työvälineet ja materiaalit.
classroom-check-employer-safety-induction = Pitäkää työturvallisuusperehdytys ensimmäisenä päivänä.
classroom-check-employer-give-feedback = Kertokaa opettajalle, miten kukin opiskelija suoriutui.

classroom-check-student-read-goals = Lue jakson oppimistavoitteet.
classroom-check-student-check-gear = Tarkista vaatteet, suojavarusteet ja matkat.
classroom-check-student-prepare-questions = Valmistele kysymyksiä asiantuntijalle.
classroom-check-student-follow-rules = Noudata työpaikan sääntöjä.
classroom-check-student-note-learning = Kirjaa joka päivä, mitä opit.
