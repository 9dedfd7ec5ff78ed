## Menetelmä: Opettajat takaisin työelämään

teacher-placement-title = Opettajat takaisin työelämään
    .summary = Opettajat työskentelevät jonkin aikaa yrityksessä ja tuovat alan ajantasaiset käytännöt oppilaitokseen.

teacher-placement-intro =
    Työelämä muuttuu nopeasti, ja opettajat, jotka ovat siirtyneet pois omasta ammatistaan vuosia sitten, voivat menettää otteen uusiin työvälineisiin, materiaaleihin ja työtapoihin. Opettajan työelämäjaksolla opettaja työskentelee yrityksessä muutaman päivän tai viikon ja osallistuu päivittäiseen työhön sen sijaan, että seuraisi sitä sivusta.

    Opettaja tuo palatessaan mukanaan ajantasaisia taitoja, tuoreita esimerkkejä ja uusia yhteyksiä. Myös { -employer } hyötyy: se saa lisää osaavia käsiä, näkymän oppilaitoksen arkeen ja hyvän tilaisuuden vaikuttaa siihen, mitä opiskelijat oppivat. Monessa kumppanuudessa opettajien työelämäjaksot ovat johtaneet suoraan parempiin työpaikalla tapahtuvan oppimisen jaksoihin opiskelijoille.

teacher-placement-example =
    Kaksi hollantilaisen ammatillisen oppilaitoksen puutarha-alan opettajaa työskenteli kaksi viikkoa kasvihuoneyrityksissä Westlandin alueella, toinen tomaatintuottajalla ja toinen ruukkukasvien tuottajalla. He tekivät töitä henkilökunnan rinnalla istutuksesta ja kasvuston hoidosta vientipakkaamiseen.

    Opettajat yllättyivät siitä, kuinka paljon ilmastonohjaus, LED-valaistus ja biologinen torjunta olivat kehittyneet heidän oman koulutuksensa jälkeen. Tuottajien luvalla he keräsivät valokuvia, ilmastotietokoneiden tietoja ja aitoja työohjeita. Oppilaitokseen palattuaan he kirjoittivat kaksi opintojaksoa uudelleen näiden materiaalien pohjalta.

    Tuottajat arvostivat opettajien kysymyksiä, jotka saivat heidät selittämään ja miettimään uudelleen omia rutiinejaan. Kumpikin yritys on sittemmin ottanut opiskelijoita työpaikalla tapahtuvan oppimisen jaksoille, ja oppilaitos suunnittelee nyt jokaiselle puutarha-alan opettajalle työelämäjakson kolmen vuoden välein.
    .title = Kokeiltu puutarha-alalla, Alankomaat

teacher-placement-prep-vet-provider =
    1. Sisällytä opettajien työelämäjaksot henkilöstön kehittämissuunnitelmaan ja talousarvioon.
    2. Auta opettajaa asettamaan tavoitteet: mitä taitoja ja materiaaleja hän tuo takaisin.
    3. Järjestä opettajan tunneille sijainen.

teacher-placement-prep-employer =
    1. Sovi opettajan kanssa ajankohdat, työajat ja tehtävät.
    2. Nimeä yhteyshenkilö, joka ohjaa opettajaa.
    3. Tarkista turvallisuuskoulutus, vakuutukset ja salassapito.

teacher-placement-prep-student =
    1. Kerro opettajallesi, mitä haluaisit tietää alan työelämästä.
    2. Valmistele kysymyksiä, joita opettaja voi esittää yrityksessä.
    3. Seuraa opettajan kuulumisia, jos hän jakaa niitä jakson aikana.

teacher-placement-do-vet-provider =
    1. Työskentele työelämäjaksolla henkilökunnan jäsenenä ja osallistu todellisiin tehtäviin.
    2. Pidä kirjaa uusista menetelmistä, työvälineistä ja opetukseen sopivista esimerkeistä.
    3. Kerää luvan kanssa materiaaleja, joita voit käyttää oppilaitoksessa.

teacher-placement-do-employer =
    1. Anna opettajalle todellisia tehtäviä, älä pelkkää esittelykierrosta.
    2. Näytä uusia laitteita ja menetelmiä ja kerro, miksi käytätte niitä.
    3. Keskustelkaa siitä, mitä toivotte opiskelijoiden osaavan ennen kuin he tulevat teille.

teacher-placement-do-student =
    1. Jatka opintojasi opettajan ollessa poissa.
    2. Tee kysymyksistäsi pieni kirjallinen tehtävä, jos opettajasi antaa sellaisen.
    3. Ole valmis keskustelemaan siitä, mitä opettaja tuo mukanaan.

teacher-placement-follow-up =
    Jakson jälkeen opettaja kertoo oppimastaan kollegoilleen ja päivittää vähintään yhden oppitunnin tai opintojakson. Lähetä yritykselle lyhyt raportti siitä, mikä oppilaitoksessa muuttui, ja kiitä henkilökuntaa, joka auttoi.

    Sopikaa yrityksen kanssa seuraavasta askeleesta, esimerkiksi opiskelijoiden työpaikalla tapahtuvan oppimisen jaksoista tai vierailevan asiantuntijan oppitunnista. Arvioi jaksoa alussa asetettuja tavoitteita vasten.

teacher-placement-tips =
    - Kaksi viikkoa todellista työtä opettaa enemmän kuin kuukausi vierailuja.
    - Sopikaa salassapitosäännöistä ennen kuin opettaja kerää materiaaleja.
    - Älä anna jakson päättyä opettajan paluuseen. Suunnittele, miten opittu jaetaan.
    - Työelämäjakso muutaman vuoden välein pitää opettajien osaamisen ajan tasalla.
    .title = Vinkit ja sudenkuopat

teacher-placement-check-vet-provider-plan-budget = Sisällytä työelämäjaksot suunnitelmaan ja talousarvioon.
teacher-placement-check-vet-provider-set-goals = Aseta jaksolle tavoitteet.
teacher-placement-check-vet-provider-arrange-cover = Järjestä tunneille sijainen.
teacher-placement-check-vet-provider-keep-log = Pidä kirjaa uusista menetelmistä ja esimerkeistä.
teacher-placement-check-vet-provider-update-module = Päivitä vähintään yksi oppitunti tai opintojakso.
teacher-placement-check-vet-provider-share-colleagues = Kerro oppimastasi kollegoille.

teacher-placement-check-employer-agree-dates = Sovi ajankohdat, työajat ja tehtävät.
teacher-placement-check-employer-name-contact = Nimeä opettajalle yhteyshenkilö.
teacher-placement-check-employer-check-safety = Tarkista turvallisuuskoulutus ja salassapito.
teacher-placement-check-employer-real-tasks = Anna opettajalle todellisia tehtäviä.
teacher-placement-check-employer-discuss-needs = Kerro opettajalle, mitä opiskelijoiden pitäisi oppia.

teacher-placement-check-student-share-wishes = Kerro opettajallesi, mitä haluat tietää.
teacher-placement-check-student-prepare-questions = Valmistele kysymyksiä yritykselle.
teacher-placement-check-student-keep-studying = Pysy mukana opinnoissasi.
teacher-placement-check-student-discuss = Keskustele siitä, mitä opettaja tuo mukanaan.
teacher-placement-check-student-ask-placement = Kysy yrityksen mahdollisuuksista työpaikalla tapahtuvan oppimisen jaksoihin.
