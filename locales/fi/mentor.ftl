## Menetelmä: Ylpeänä työpaikkaohjaajana

mentor-title = Ylpeänä työpaikkaohjaajana
    .summary = Jokaiselle opiskelijalle valittu, koulutettu ja tuettu { -work-mentor }, joka ohjaa häntä työpaikalla.

mentor-intro =
    { -work-mentor(case: "start") } suunnittelee opiskelijan tehtävät työpaikalla, näyttää, miten työ tehdään, antaa palautetta ja osallistuu arviointiin. Hyvä ohjaus ei synny sattumalta: ohjaajat tarvitsevat aikaa, selkeän roolin ja jonkin verran koulutusta.

    Tässä menetelmässä { -vet-provider } ja { -employer } kouluttavat työpaikkaohjaajat yhdessä ja sopivat, kuka ohjaa ketäkin opiskelijaa. Koulutus voidaan järjestää lähiopetuksena, verkossa tai yhdistelmänä, jotta kiireiset työntekijät voivat osallistua omalta työpaikaltaan. Kun ohjaajat luottavat omaan osaamiseensa, opiskelijat oppivat paremmin ja työntekijät ovat ylpeitä saadessaan siirtää taitojaan eteenpäin.

mentor-example =
    Jyväskyläläinen ammattiopisto ja neljä ikäihmisten hoivakotia huomasivat, että opiskelijoita ohjaavat lähihoitajat tunsivat olonsa epävarmaksi arvioinnissa. Yhdessä ne rakensivat verkkokurssin: neljä puolentoista tunnin tapaamista kuuden viikon aikana ja tapaamisten välissä pieni kokeiltava tehtävä. Hoivakotien esihenkilöt valitsivat osallistujat ja merkitsivät tapaamiset työvuorolistaan.

    Tapaamisissa käsiteltiin tutkinnon ammattitaitovaatimuksia, opiskelijan ensimmäistä viikkoa, hyödyllistä palautetta ja näyttöjä. Jokaista tapaamista veti opettaja yhdessä jonkin hoivakodin kokeneen työpaikkaohjaajan kanssa, mikä piti esimerkit aitoina.

    Kaksikymmentäkaksi lähihoitajaa sai todistuksen pienessä juhlatilaisuudessa. Seuraavan lukukauden opiskelijat kertoivat, että heidän ohjaajansa selittivät enemmän ja antoivat palautetta aiemmin. Kaksi hoivakodeista lähettää nykyään jokaisen uuden työpaikkaohjaajan kurssille.
    .title = Kokeiltu sosiaali- ja terveysalalla, Suomi

mentor-prep-vet-provider =
    1. Sopikaa { -employer(case: "gen") } kanssa, montako työpaikkaohjaajaa tarvitaan ja milloin.
    2. Suunnitelkaa lyhyt kurssi yhdessä kokeneen { -work-mentor(case: "gen") } kanssa: ammattitaitovaatimukset, ensimmäinen viikko, palaute, arviointi ja työturvallisuus.
    3. Valitkaa toteutustapa (lähiopetus, verkko tai monimuoto) ja perustakaa verkkoympäristö.
    4. Laatikaa ohjaajille yhden sivun tiivistelmä tutkinnosta.

mentor-prep-employer =
    1. Valitkaa työntekijöitä, jotka haluavat ohjata ja joilla on siihen kärsivällisyyttä.
    2. Varatkaa työvuorolistaan aikaa kurssille ja ohjaamiselle.
    3. Kertokaa koko työyhteisölle, ketkä ovat työpaikkaohjaajia ja mitä he tekevät.

mentor-prep-student =
    1. Selvitä, kuka on { -work-mentor }si ja miten tavoitat hänet.
    2. Lue oppimistavoitteesi ja mieti, mitä haluat eniten oppia.
    3. Valmistele lyhyt esittely itsestäsi: taidot, kokemus ja kysymykset.

mentor-do-vet-provider =
    1. Vetäkää tapaamiset yhdessä työpaikan ohjaajan kanssa, joka toimii kouluttajaparina.
    2. Antakaa ohjaajille tapaamisten välissä pieniä tehtäviä kokeiltaviksi opiskelijoiden kanssa.
    3. Pitäkää yhteyttä jokaiseen ohjaajaan opiskelijan jakson aikana ja vastatkaa kysymyksiin nopeasti.

mentor-do-employer =
    1. Antakaa ohjaajien osallistua kurssille työaikana.
    2. Suunnitelkaa työvuorot niin, että ohjaaja ja opiskelija työskentelevät yhdessä ainakin alussa.
    3. Kysykää ohjaajilta säännöllisesti, miten menee, ja ottakaa heidät mukaan arviointiin.

mentor-do-student =
    1. Sovi ohjaajasi kanssa, milloin saat palautetta.
    2. Kerro ohjaajallesi, mitä osaat jo ja mikä on vielä vaikeaa.
    3. Pidä lyhyttä oppimispäiväkirjaa ja käy se läpi ohjaajasi kanssa joka viikko.

mentor-follow-up =
    Kysykää kurssin jälkeen ohjaajilta, kuinka varmoiksi he nyt tuntevat itsensä suunnittelussa, palautteen antamisessa ja arvioinnissa, ja kysykää opiskelijoilta, onko ohjaus muuttunut. Lyhyt kysely ennen kurssia antaa vertailukohdan.

    Antakaa tunnustusta ohjaajien työstä: todistus, maininta henkilöstötiedotteessa tai kiitoskahvit maksavat vähän mutta merkitsevät paljon. Pitäkää luetteloa koulutetuista työpaikkaohjaajista ja tarjotkaa heille kerran vuodessa lyhyt kertauskoulutus.

mentor-tips =
    - Pitäkää tapaamiset lyhyinä ja käytännönläheisinä: ohjaajat oppivat eniten todellisista tapauksista.
    - Tallentakaa verkkotapaamiset, jotta vuorotyötä tekevät voivat katsoa ne myöhemmin.
    - Jos ohjaukselle ei ole varattu aikaa, se jää ensimmäisenä tekemättä kiireisenä päivänä.
    - Antakaa uudelle ohjaajalle ensimmäisen opiskelijan ajaksi pariksi kokenut ohjaaja.
    .title = Vinkit ja sudenkuopat

mentor-check-vet-provider-agree-numbers = Sopikaa, montako ohjaajaa tarvitaan ja milloin.
mentor-check-vet-provider-plan-course = Suunnitelkaa kurssi kokeneen ohjaajan kanssa.
mentor-check-vet-provider-set-up-online = Testatkaa verkkoympäristö ennen ensimmäistä tapaamista.
mentor-check-vet-provider-share-summary = Antakaa ohjaajille tiivistelmä oppimistavoitteista.
mentor-check-vet-provider-keep-in-touch = Ottakaa yhteyttä jokaiseen ohjaajaan opiskelijan jakson aikana.
mentor-check-vet-provider-collect-feedback = Kerätkää palautetta ohjaajilta ja opiskelijoilta.

mentor-check-employer-choose-mentors = Valitkaa ohjaajiksi ne, jotka haluavat tehtävään.
mentor-check-employer-book-time = Varatkaa työvuorolistaan aikaa ohjaamiselle.
mentor-check-employer-inform-team = Kertokaa työyhteisölle, ketkä ovat ohjaajia.
mentor-check-employer-plan-shifts = Suunnitelkaa ohjaajalle ja opiskelijalle yhteisiä vuoroja.
mentor-check-employer-join-assessment = Ottakaa ohjaaja mukaan arviointiin.
mentor-check-employer-recognise-mentors = Kiittäkää ohjaajia julkisesti.

mentor-check-student-know-mentor = Selvitä, kuka on ohjaajasi.
mentor-check-student-read-goals = Lue oppimistavoitteesi ennen aloittamista.
mentor-check-student-agree-feedback = Sovi, milloin saat palautetta.
mentor-check-student-keep-log = Pidä oppimispäiväkirjaa ja käy se läpi viikoittain.
mentor-check-student-give-feedback = Kerro ohjaajallesi, mikä auttaa sinua oppimaan.
