## Menetelmä: Opettajat takaisin työelämään

teacher-placement-title = Opettajat takaisin työelämään
    .summary = Opettajat työskentelevät jonkin aikaa yrityksessä ja tuovat alan ajantasaiset käytännöt oppilaitokseen.

teacher-placement-intro =
    Työelämä muuttuu nopeasti, ja opettajat, jotka ovat siirtyneet pois omasta ammatistaan vuosia sitten, voivat menettää otteen uusiin työvälineisiin, materiaaleihin ja työtapoihin. Opettajan työelämäjaksolla opettaja työskentelee yrityksessä muutaman päivän tai viikon ja osallistuu päivittäiseen työhön sen sijaan, että seuraisi sitä sivusta.

    Opettaja tuo palatessaan mukanaan ajantasaisia taitoja, tuoreita esimerkkejä ja uusia yhteyksiä. Myös { -employer } hyötyy: se saa lisää osaavia käsiä, näkymän oppilaitoksen arkeen ja hyvän tilaisuuden vaikuttaa siihen, mitä opiskelijat oppivat. Monessa kumppanuudessa opettajien työelämäjaksot ovat johtaneet suoraan parempiin koulutussopimusjaksoihin opiskelijoille.

teacher-placement-example =
    Kaksi hollantilaisen ammatillisen oppilaitoksen puutarha-alan opettajaa työskenteli kaksi viikkoa kasvihuoneyrityksissä Westlandin alueella, toinen tomaatintuottajalla ja toinen ruukkukasvien tuottajalla. He tekivät töitä henkilökunnan rinnalla istutuksesta ja kasvuston hoidosta vientipakkaamiseen.

    Opettajat yllättyivät siitä, kuinka paljon ilmastonohjaus, LED-valaistus ja biologinen torjunta olivat kehittyneet heidän oman koulutuksensa jälkeen. Tuottajien luvalla he keräsivät valokuvia, ilmastotietokoneiden tietoja ja aitoja työohjeita. Oppilaitokseen palattuaan he uudistivat kahden tutkinnon osan opetuksen näiden materiaalien pohjalta.

    Tuottajat arvostivat opettajien kysymyksiä, jotka saivat heidät selittämään ja miettimään uudelleen omia rutiinejaan. Kumpikin yritys on sittemmin ottanut opiskelijoita työpaikalla järjestettävään koulutukseen, ja oppilaitos suunnittelee nyt jokaiselle puutarha-alan opettajalle työelämäjakson kolmen vuoden välein.
    .title = Kokeiltu puutarha-alalla, Alankomaat

teacher-placement-prep-vet-provider =
    1. Sisällyttäkää opettajien työelämäjaksot henkilöstön kehittämissuunnitelmaan ja talousarvioon.
    2. Auttakaa opettajaa asettamaan tavoitteet: mitä taitoja ja materiaaleja hän tuo takaisin.
    3. Järjestäkää opettajan tunneille sijainen.

teacher-placement-prep-employer =
    1. Sopikaa opettajan kanssa ajankohdat, työajat ja tehtävät.
    2. Nimetkää yhteyshenkilö, joka ohjaa opettajaa.
    3. Tarkistakaa turvallisuuskoulutus, vakuutukset ja salassapito.

teacher-placement-prep-student =
    1. Kerro opettajallesi, mitä haluaisit tietää alan työelämästä.
    2. Valmistele kysymyksiä, joita opettaja voi esittää yrityksessä.
    3. Seuraa opettajan kuulumisia, jos hän jakaa niitä jakson aikana.

teacher-placement-do-vet-provider =
    1. Työskennelkää työelämäjaksolla henkilökunnan jäseninä ja osallistukaa todellisiin tehtäviin.
    2. Pitäkää kirjaa uusista menetelmistä, työvälineistä ja opetukseen sopivista esimerkeistä.
    3. Kerätkää luvan kanssa materiaaleja, joita voitte käyttää oppilaitoksessa.

teacher-placement-do-employer =
    1. Antakaa opettajalle todellisia tehtäviä, älkää pelkkää esittelykierrosta.
    2. Näyttäkää uusia laitteita ja menetelmiä ja kertokaa, miksi käytätte niitä.
    3. Keskustelkaa siitä, mitä toivotte opiskelijoiden osaavan ennen kuin he tulevat teille.

teacher-placement-do-student =
    1. Jatka opintojasi opettajan ollessa poissa.
    2. Tee kysymyksistäsi pieni kirjallinen tehtävä, jos opettajasi antaa sellaisen.
    3. Ole valmis keskustelemaan siitä, mitä opettaja tuo mukanaan.

teacher-placement-follow-up =
    Jakson jälkeen opettaja kertoo oppimastaan kollegoilleen ja päivittää vähintään yhden oppitunnin tai tutkinnon osan toteutuksen. Lähettäkää yritykselle lyhyt raportti siitä, mikä oppilaitoksessa muuttui, ja kiittäkää henkilökuntaa, joka auttoi.

    Sopikaa yrityksen kanssa seuraavasta askeleesta, esimerkiksi opiskelijoiden koulutussopimusjaksoista tai vierailevan asiantuntijan oppitunnista. Arvioikaa jaksoa alussa asetettuja tavoitteita vasten.

teacher-placement-tips =
    - Kaksi viikkoa todellista työtä opettaa enemmän kuin kuukausi vierailuja.
    - Sopikaa salassapitosäännöistä ennen kuin opettaja kerää materiaaleja.
    - Älkää antako jakson päättyä opettajan paluuseen. Suunnitelkaa, miten opittu jaetaan.
    - Työelämäjakso muutaman vuoden välein pitää opettajien osaamisen ajan tasalla.
    .title = Vinkit ja sudenkuopat

teacher-placement-check-vet-provider-plan-budget = Sisällyttäkää työelämäjaksot suunnitelmaan ja talousarvioon.
teacher-placement-check-vet-provider-set-goals = Asettakaa jaksolle tavoitteet.
teacher-placement-check-vet-provider-arrange-cover = Järjestäkää tunneille sijainen.
teacher-placement-check-vet-provider-keep-log = Pitäkää kirjaa uusista menetelmistä ja esimerkeistä.
teacher-placement-check-vet-provider-update-module = Päivittäkää vähintään yksi oppitunti tai tutkinnon osan toteutus.
teacher-placement-check-vet-provider-share-colleagues = Kertokaa oppimastanne kollegoille.

teacher-placement-check-employer-agree-dates = Sopikaa ajankohdat, työajat ja tehtävät.
teacher-placement-check-employer-name-contact = Nimetkää opettajalle yhteyshenkilö.
teacher-placement-check-employer-check-safety = Tarkistakaa turvallisuuskoulutus ja salassapito.
teacher-placement-check-employer-real-tasks = Antakaa opettajalle todellisia tehtäviä.
teacher-placement-check-employer-discuss-needs = Kertokaa opettajalle, mitä opiskelijoiden pitäisi oppia.

teacher-placement-check-student-share-wishes = Kerro opettajallesi, mitä haluat tietää.
teacher-placement-check-student-prepare-questions = Valmistele kysymyksiä yritykselle.
teacher-placement-check-student-keep-studying = Pysy mukana opinnoissasi.
teacher-placement-check-student-discuss = Keskustele siitä, mitä opettaja tuo mukanaan.
teacher-placement-check-student-ask-placement = Kysy, voisitko tehdä yrityksessä koulutussopimusjakson.
