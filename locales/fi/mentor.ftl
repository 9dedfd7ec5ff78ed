## Menetelmä: Ylpeänä työpaikkaohjaajana

mentor-title = Ylpeänä työpaikkaohjaajana
    .summary = Jokaiselle opiskelijalle valittu, koulutettu ja tuettu { -work-mentor }, joka ohjaa häntä työpaikalla.

mentor-intro =
    Työpaikkaohjaaja suunnittelee opiskelijan tehtävät työpaikalla, näyttää, miten työ tehdään, antaa palautetta ja osallistuu arviointiin. Joissakin maissa hänestä käytetään nimitystä *learning master*. Hyvä ohjaus ei synny sattumalta: ohjaajat tarvitsevat aikaa, selkeän roolin ja jonkin verran koulutusta.

    Tässä menetelmässä { -vet-provider } ja { -employer } kouluttavat työpaikkaohjaajat yhdessä ja sopivat, kuka ohjaa ketäkin opiskelijaa. Koulutus voidaan järjestää lähiopetuksena, verkossa tai yhdistelmänä, jotta kiireiset työntekijät voivat osallistua omalta työpaikaltaan. Itsevarmat ohjaajat tarkoittavat parempaa oppimista ja työntekijöitä, jotka ovat ylpeitä voidessaan siirtää osaamistaan eteenpäin.

mentor-example =
    Jyväskyläläinen ammattiopisto ja neljä ikäihmisten hoivakotia huomasivat, että opiskelijoita ohjaavat lähihoitajat tunsivat olonsa epävarmaksi arvioinnissa. Yhdessä ne rakensivat verkkokurssin: neljä puolentoista tunnin tapaamista kuuden viikon aikana ja tapaamisten välissä pieni kokeiltava tehtävä. Hoivakotien esihenkilöt valitsivat osallistujat ja merkitsivät tapaamiset työvuorolistaan.

    Tapaamisissa käsiteltiin tutkinnon ammattitaitovaatimuksia, opiskelijan ensimmäistä viikkoa, hyödyllistä palautetta ja näyttöjä. Jokaista tapaamista veti opettaja yhdessä jonkin hoivakodin kokeneen työpaikkaohjaajan kanssa, mikä piti esimerkit aitoina.

    Kaksikymmentäkaksi lähihoitajaa sai todistuksen pienessä juhlatilaisuudessa. Seuraavan lukukauden opiskelijat kertoivat, että heidän ohjaajansa selittivät enemmän ja antoivat palautetta aiemmin. Kaksi hoivakodeista lähettää nykyään jokaisen uuden työpaikkaohjaajan kurssille.
    .title = Kokeiltu sosiaali- ja terveysalalla, Suomi

mentor-prep-vet-provider =
    1. Sovi { -employer(case: "gen") } kanssa, montako työpaikkaohjaajaa tarvitaan ja milloin.
    2. Suunnittele lyhyt kurssi yhdessä kokeneen { -work-mentor(case: "gen") } kanssa: ammattitaitovaatimukset, ensimmäinen viikko, palaute, arviointi ja työturvallisuus.
    3. Valitse toteutustapa (lähiopetus, verkko tai monimuoto) ja perusta verkkoympäristö.
    4. Laadi ohjaajille yhden sivun tiivistelmä tutkinnosta.

mentor-prep-employer =
    1. Valitse työntekijöitä, jotka haluavat ohjata ja joilla on siihen kärsivällisyyttä.
    2. Varaa työvuorolistaan aikaa kurssille ja ohjaamiselle.
    3. Kerro koko työyhteisölle, ketkä ovat työpaikkaohjaajia ja mitä he tekevät.

mentor-prep-student =
    1. Selvitä, kuka on työpaikkaohjaajasi ja miten tavoitat hänet.
    2. Lue oppimistavoitteesi ja mieti, mitä haluat eniten oppia.
    3. Valmistele lyhyt esittely itsestäsi: taidot, kokemus ja kysymykset.

mentor-do-vet-provider =
    1. Vedä tapaamiset yhdessä työpaikan ohjaajan kanssa, joka toimii kouluttajaparina.
    2. Anna ohjaajille tapaamisten välissä pieniä tehtäviä kokeiltaviksi opiskelijoiden kanssa.
    3. Pidä yhteyttä jokaiseen ohjaajaan opiskelijan jakson aikana ja vastaa kysymyksiin nopeasti.

mentor-do-employer =
    1. Anna ohjaajien osallistua kurssille työaikana.
    2. Suunnittele työvuorot niin, että ohjaaja ja opiskelija työskentelevät yhdessä ainakin alussa.
    3. Kysy ohjaajilta säännöllisesti, miten menee, ja ota heidät mukaan arviointiin.

mentor-do-student =
    1. Sovi ohjaajasi kanssa, milloin saat palautetta.
    2. Kerro ohjaajallesi, mitä osaat jo ja mikä on vielä vaikeaa.
    3. Pidä lyhyttä oppimispäiväkirjaa ja käy se läpi ohjaajasi kanssa joka viikko.

mentor-follow-up =
    Kysy kurssin jälkeen ohjaajilta, kuinka varmoiksi he nyt tuntevat itsensä suunnittelussa, palautteen antamisessa ja arvioinnissa, ja kysy opiskelijoilta, onko ohjaus muuttunut. Lyhyt kysely ennen kurssia antaa vertailukohdan.

    Anna tunnustusta ohjaajien työstä: todistus, maininta henkilöstötiedotteessa tai kiitoskahvit maksaa vähän mutta merkitsee paljon. Pidä luetteloa koulutetuista työpaikkaohjaajista ja tarjoa heille kerran vuodessa lyhyt kertauskoulutus.

mentor-tips =
    - Pidä tapaamiset lyhyinä ja käytännönläheisinä: ohjaajat oppivat eniten todellisista tapauksista.
    - Tallenna verkkotapaamiset, jotta vuorotyötä tekevät voivat katsoa ne myöhemmin.
    - Jos ohjaukselle ei ole varattu aikaa, se jää ensimmäisenä tekemättä kiireisenä päivänä.
    - Anna uudelle ohjaajalle ensimmäisen opiskelijan ajaksi pariksi kokenut ohjaaja.
    .title = Vinkit ja sudenkuopat

mentor-check-vet-provider-agree-numbers = Sovi, montako ohjaajaa tarvitaan ja milloin.
mentor-check-vet-provider-plan-course = Suunnittele kurssi kokeneen ohjaajan kanssa.
mentor-check-vet-provider-set-up-online = Testaa verkkoympäristö ennen ensimmäistä tapaamista.
mentor-check-vet-provider-share-summary = Anna ohjaajille tiivistelmä oppimistavoitteista.
mentor-check-vet-provider-keep-in-touch = Ota yhteyttä jokaiseen ohjaajaan opiskelijan jakson aikana.
mentor-check-vet-provider-collect-feedback = Kerää palautetta ohjaajilta ja opiskelijoilta.

mentor-check-employer-choose-mentors = Valitse ohjaajiksi ne, jotka haluavat tehtävään.
mentor-check-employer-book-time = Varaa työvuorolistaan aikaa ohjaamiselle.
mentor-check-employer-inform-team = Kerro työyhteisölle, ketkä ovat ohjaajia.
mentor-check-employer-plan-shifts = Suunnittele ohjaajalle ja opiskelijalle yhteisiä vuoroja.
mentor-check-employer-join-assessment = Ota ohjaaja mukaan arviointiin.
mentor-check-employer-recognise-mentors = Kiitä ohjaajia julkisesti.

mentor-check-student-know-mentor = Selvitä, kuka on ohjaajasi.
mentor-check-student-read-goals = Lue oppimistavoitteesi ennen aloittamista.
mentor-check-student-agree-feedback = Sovi, milloin saat palautetta.
mentor-check-student-keep-log = Pidä oppimispäiväkirjaa ja käy se läpi viikoittain.
mentor-check-student-give-feedback = Kerro ohjaajallesi, mikä auttaa sinua oppimaan.
