## Menetelmä: Vierailevat asiantuntijat oppilaitoksessa

guest-expert-title = Vierailevat asiantuntijat oppilaitoksessa
    .summary = Työelämän edustajat pitävät oppitunteja oppilaitoksessa ja tuovat luokkaan alan ajantasaiset käytännöt.

guest-expert-intro =
    Vieraileva asiantuntija on yrityksen tai julkisen organisaation työntekijä, joka pitää oppilaitoksessa yhden tai useamman oppitunnin. Se voi olla yksittäinen puheenvuoro, työpaja tai lyhyt sarja. Asiantuntija näyttää, miten alalla toimitaan nykyään, mitkä taidot ovat tärkeitä ja millainen ura alalla voi olla.

    Menetelmällä on helppo aloittaa, koska se vaatii { -employer(case: "abl") } vain vähän. Opiskelijat kuulevat alasta ihmiseltä, joka tekee työtä joka päivä, ja { -vet-provider } saa yhteyshenkilön, josta voi kehittyä yhteistyötä koulutussopimusjaksoissa tai yhteisissä projekteissa.

guest-expert-example =
    Gävlessä toimivan toisen asteen oppilaitoksen liiketalouden linjalla huomattiin, että opiskelijat pitivät kirjanpitoa kuivana teoriana. Opettaja kutsui kolme paikallista ammattilaista: kirjanpitäjän, pankin asiakasneuvojan ja pienen urheiluliikkeen omistajan. Kukin piti lukukauden aikana kaksi oppituntia.

    Kirjanpitäjä toi mukanaan aitoja mutta anonymisoituja kuitteja ja laskuja, jotka opiskelijat kirjasivat kirjanpitoon, ja näytti sitten, miten sama työ tehdään hänen tilitoimistonsa ohjelmistolla. Liikkeen omistaja kertoi, miten hän päättää hinnoista ja miksi kassavirta valvotti häntä ensimmäisenä vuonna. Ennen jokaista vierailua opiskelijat lähettivät kysymyksensä, jotta vieraat pystyivät valmistautumaan.

    Opiskelijoiden tulokset kirjanpidon opinnoissa paranivat, ja moni kertoi, että tunnit muuttivat heidän käsitystään aineesta. Tilitoimisto on sittemmin ottanut kaksi opiskelijaa työpaikalla järjestettävään koulutukseen, ja kaikki kolme vierasta palaavat nykyään joka vuosi.
    .title = Kokeiltu liiketalouden alalla, Ruotsi

guest-expert-prep-vet-provider =
    1. Päättäkää, missä oppimistavoitteissa vieraileva asiantuntija voi auttaa.
    2. Kutsukaa asiantuntija ja sopikaa päivämäärä, kesto ja se, mitä toivotte opiskelijoiden oppivan.
    3. Kertokaa asiantuntijalle ryhmästä: ikä, taso ja se, mitä opiskelijat jo osaavat.
    4. Kerätkää opiskelijoiden kysymykset ja lähettäkää ne etukäteen.

guest-expert-prep-employer =
    1. Valitkaa henkilö, joka tuntee työn hyvin ja haluaa kertoa siitä.
    2. Antakaa hänelle aikaa valmistautua ja mahdollisuuksien mukaan lupa tuoda mukanaan aitoja materiaaleja tai työvälineitä.
    3. Sopikaa oppilaitoksen kanssa, mitä saa näyttää, esimerkiksi asiakastietoja tai hintoja.

guest-expert-prep-student =
    1. Ota selvää asiantuntijan yrityksestä ja työstä.
    2. Valmistele vähintään yksi oma kysymys ja lähetä se opettajalle.
    3. Mieti, miten aihe liittyy siihen, mitä opiskelet.

guest-expert-do-vet-provider =
    1. Toivottakaa asiantuntija tervetulleeksi ja esitelkää hänet ryhmälle.
    2. Pysykää luokassa ja auttakaa kytkemään tunti opiskeltavaan tutkinnon osaan.
    3. Varatkaa aikaa kysymyksille ja keskustelulle.

guest-expert-do-employer =
    1. Kertokaa todellisia tarinoita työstä, myös ongelmista ja siitä, miten ratkaisitte ne.
    2. Antakaa opiskelijoille jotain tekemistä, ei pelkkää kuunneltavaa.
    3. Kertokaa opiskelijoille, mitä työpaikkanne arvostaa uusissa työntekijöissä.

guest-expert-do-student =
    1. Kuuntele aktiivisesti ja tee muistiinpanoja.
    2. Esitä kysymyksesi ja osallistu tehtäviin.
    3. Kiitä asiantuntijaa ja kysy koulutussopimusjaksoista tai työpaikoista, jos olet kiinnostunut.

guest-expert-follow-up =
    Kysykää tunnin jälkeen opiskelijoilta, mitä he oppivat, ja hyödyntäkää heidän vastauksiaan seuraavilla tunneilla. Lähettäkää asiantuntijalle kiitosviesti ja muutama opiskelijoiden kommentti, ja kysykää, miltä vierailu tuntui ja mikä helpottaisi sitä ensi kerralla.

    Jos vierailu onnistui, sopikaa uudesta käynnistä tai kysykää, ottaisiko työpaikka opiskelijoita tutustumiskäynnille tai koulutussopimusjaksolle.

guest-expert-tips =
    - Antakaa asiantuntijalle selkeä aihe ja aikaraja: yleinen yritysesittely ei pidä opiskelijoiden mielenkiintoa yllä kauan.
    - Etukäteen valmistellut kysymykset parantavat vierailua ratkaisevasti.
    - Älkää poistuko luokasta. Opettaja kytkee vierailun oppimiseen.
    - Kootkaa koko oppilaitoksen yhteinen asiantuntijaluettelo, jotta yhteystiedot ovat kaikkien käytössä.
    .title = Vinkit ja sudenkuopat

guest-expert-check-vet-provider-pick-goals = Valitkaa oppimistavoitteet, joita asiantuntija tukee.
guest-expert-check-vet-provider-invite = Kutsukaa asiantuntija ja sopikaa yksityiskohdista.
guest-expert-check-vet-provider-brief-expert = Kertokaa asiantuntijalle ryhmästä.
guest-expert-check-vet-provider-send-questions = Lähettäkää opiskelijoiden kysymykset etukäteen.
guest-expert-check-vet-provider-thank = Lähettäkää kiitosviesti ja opiskelijoiden kommentit.

guest-expert-check-employer-choose-person = Valitkaa henkilö, joka kertoo työstään mielellään.
guest-expert-check-employer-give-time = Antakaa hänelle aikaa valmistautua.
guest-expert-check-employer-bring-materials = Ottakaa mukaan aitoja materiaaleja tai työvälineitä.
guest-expert-check-employer-agree-limits = Sopikaa, mitä saa näyttää ja mitä ei.
guest-expert-check-employer-active-task = Suunnitelkaa opiskelijoille tehtävä.

guest-expert-check-student-research = Ota selvää asiantuntijan työpaikasta.
guest-expert-check-student-send-question = Lähetä vähintään yksi kysymys etukäteen.
guest-expert-check-student-take-notes = Tee muistiinpanoja tunnin aikana.
guest-expert-check-student-ask = Esitä kysymyksesi.
guest-expert-check-student-thank = Kiitä asiantuntijaa.
