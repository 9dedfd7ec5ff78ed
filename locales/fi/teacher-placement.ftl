## Menetelmä: Opettajat takaisin työelämään

teacher-placement-title = Opettajat takaisin työelämään
    .summary = Opettajat työskentelevät jonkin aikaa yrityksessä ja tuovat alan ajantasaiset käytännöt oppilaitokseen.

teacher-placement-intro =
    Työvälineet, materiaalit ja työtavat muuttuvat nopeammin kuin opetussuunnitelmat, ja opettaja, joka lähti alalta kymmenen vuotta sitten, voi huomata alan menneen ohitseen. Opettajan työelämäjaksolla opettaja työskentelee yrityksessä muutaman päivän tai viikon henkilökunnan jäsenenä, ei vierailijana.

    Opettaja tuo palatessaan mukanaan ajantasaisia taitoja, todellisia esimerkkejä ja yhteyksiä. { -employer(case: "start") } saa osaavan työntekijän, näkymän oppilaitoksen sisälle ja suoran tavan vaikuttaa siihen, mitä opiskelijat oppivat. Suurin kustannus jää yleensä oppilaitokselle: opettajan palkanmaksu jatkuu, ja jonkun on pidettävä väliin jäävät oppitunnit.

teacher-placement-example =
    Kaksi hollantilaisen ammatillisen oppilaitoksen puutarha-alan opettajaa työskenteli kaksi viikkoa kasvihuoneyrityksissä Westlandin alueella, toinen tomaatintuottajalla ja toinen ruukkukasvien tuottajalla.

    Ensimmäinen viikko tomaatintuottajalla kului enimmäkseen pakkaamossa: tuottaja ei ollut tiennyt, mitä opettajalle antaisi tehtäväksi. Ruukkukasvituottajalla opettaja ei saanut kopioida ilmastotietokoneen tietoja, joita tuottaja piti liikesalaisuutena. Oppilaitoksen ja molempien tuottajien puhelinpalaverin jälkeen toinen viikko eteni tehtävälistan mukaan (kasvuston hoito, ilmastotietokone, biologinen torjunta), ja ruukkukasvituottaja antoi edellisen kauden tiedot ilman yrityksen nimeä.

    Oppilaitokseen palattuaan opettajat uudistivat kahden tutkinnon osan opetuksen tuomiensa aineistojen pohjalta. Oppilaitos oli suunnitellut työelämäjaksoa jokaiselle puutarha-alan opettajalle kolmen vuoden välein, mutta kahden viikon sijaiskulut tekivät suunnitelmasta liian kalliin. Nyt se rahoittaa kaksi jaksoa vuodessa ja kokeilee lyhyempiä jaksoja.
    .title = Kokeiltu puutarha-alalla, Alankomaat

teacher-placement-prep-vet-provider =
    1. Sisällyttäkää opettajien työelämäjaksot henkilöstön kehittämissuunnitelmaan ja talousarvioon, myös sijaisten kustannukset.
    2. Kirjatkaa yhdessä opettajan kanssa, mitä jaksolta on tarkoitus tuoda takaisin: mitä taitoja, mitä materiaaleja, mitä yhteyksiä.
    3. Sopikaa yrityksen kanssa viikko viikolta etenevä tehtävälista, jottei opettaja päädy tekemään sitä, missä sinä päivänä sattuu olemaan vajausta.
    4. Järjestäkää sijainen jokaiselle väliin jäävälle oppitunnille ja jättäkää opiskelijoille tehtäviä.

teacher-placement-prep-employer =
    1. Sopikaa ajankohdat, työajat ja tehtävät ja nimetkää työntekijä, jonka rinnalla opettaja työskentelee.
    2. Antakaa opettajalle sama työturvallisuusperehdytys kuin uusille työntekijöille ja sopikaa oppilaitoksen kanssa, kenen vakuutus kattaa opettajan, joka ei ole teidän työntekijänne.
    3. Kertokaa heti alussa, mikä on luottamuksellista ja mitä opettaja saa valokuvata, kopioida tai käyttää opetuksessa.

teacher-placement-prep-student =
    1. Kerro opettajallesi, mistä alan asioista haluaisit kuulla enemmän.
    2. Kirjoita kaksi kysymystä, jotka opettaja voi esittää yrityksessä.

teacher-placement-do-vet-provider =
    1. Tehkää työelämäjaksolla todellista työtä ja kysykää, miksi asiat tehdään niin kuin ne tehdään.
    2. Pitäkää lyhyttä päivittäistä kirjaa uusista työvälineistä, menetelmistä, virheistä ja esimerkeistä, joita voisitte käyttää opetuksessa.
    3. Kysykää lupa ennen kuin otatte valokuvia, tietoja tai asiakirjoja, ja kirjatkaa, mitä saitte ottaa.

teacher-placement-do-employer =
    1. Antakaa opettajalle todellisia tehtäviä, ei pelkkää esittelykierrosta, ja kertokaa, miksi käytätte juuri niitä laitteita ja menetelmiä, joita käytätte.
    2. Kertokaa opettajalle, mitä oppilaitoksesta tulevilta uusilta työntekijöiltänne useimmiten puuttuu.

teacher-placement-do-student =
    1. Tee tehtävät, jotka on annettu opettajan poissaolon ajaksi.
    2. Kun opettaja palaa, kysy vastauksia kysymyksiisi.

teacher-placement-follow-up =
    Lukukauden kuluessa opettaja uudistaa vähintään yhden oppitunnin tai tutkinnon osan toteutuksen ja kertoo oppimastaan kollegoille. Lähettäkää yritykselle lyhyt viesti siitä, mikä oppilaitoksessa muuttui, ja arvioikaa jaksoa suhteessa alussa kirjattuihin tavoitteisiin. Seuraava askel saman yrityksen kanssa on usein opiskelijoiden koulutussopimusjakso tai vierailevan asiantuntijan oppitunti.

teacher-placement-tips =
    Kaksi viikkoa todellista työtä opettaa enemmän kuin kuukausi vierailuja. Jos kaksi viikkoa ei ole mahdollista, myös useampi yksittäinen päivä lukukauden mittaan toimii, kunhan opettaja tekee joka kerta todellisia tehtäviä.
    .title = Vinkit ja sudenkuopat

teacher-placement-check-vet-provider-plan-budget = Budjetoikaa jakso, myös sijaisten palkat.
teacher-placement-check-vet-provider-set-goals = Kirjatkaa taidot ja materiaalit, jotka tuodaan takaisin.
teacher-placement-check-vet-provider-agree-tasks = Sopikaa yrityksen kanssa viikoittainen tehtävälista.
teacher-placement-check-vet-provider-arrange-cover = Varatkaa sijainen jokaiselle väliin jäävälle tunnille.
teacher-placement-check-vet-provider-keep-log = Pitäkää lyhyttä päivittäistä kirjaa.
teacher-placement-check-vet-provider-ask-permission = Kysykää lupa ennen kuvia, tietoja tai asiakirjoja.
teacher-placement-check-vet-provider-update-module = Uudistakaa lukukauden kuluessa ainakin yksi tunti.
teacher-placement-check-vet-provider-share-colleagues = Kertokaa oppimastanne kollegoille.

teacher-placement-check-employer-agree-dates = Sopikaa ajat ja tehtävät; nimetkää työpari.
teacher-placement-check-employer-check-safety = Antakaa opettajalle työturvallisuusperehdytys.
teacher-placement-check-employer-check-insurance = Sopikaa oppilaitoksen kanssa, kenen vakuutus pätee.
teacher-placement-check-employer-confidentiality = Kertokaa ensimmäisenä päivänä, mikä on luottamuksellista.
teacher-placement-check-employer-real-tasks = Antakaa todellisia tehtäviä, ei pelkkää kierrosta.
teacher-placement-check-employer-discuss-needs = Kertokaa, mitä uusilta työntekijöiltä usein puuttuu.

teacher-placement-check-student-share-wishes = Kerro opettajallesi, mitä haluat tietää.
teacher-placement-check-student-prepare-questions = Kirjoita kaksi kysymystä yritykselle.
teacher-placement-check-student-keep-studying = Tee poissaolon ajaksi annetut tehtävät.
teacher-placement-check-student-discuss = Kysy vastauksia, kun opettaja palaa.
teacher-placement-check-student-ask-placement = Kysy, ottaako yritys opiskelijoita.
