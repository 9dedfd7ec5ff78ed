## Menetelmä: Vierailevat asiantuntijat oppilaitoksessa

guest-expert-title = Vierailevat asiantuntijat oppilaitoksessa
    .summary = Työelämän edustajat pitävät oppitunteja oppilaitoksessa ja tuovat luokkaan alan ajantasaiset käytännöt.

guest-expert-intro =
    Vieraileva asiantuntija on yrityksen tai julkisen organisaation työntekijä, joka pitää oppilaitoksessa yhden tai useamman oppitunnin: puheenvuoron, työpajan tai lyhyen sarjan. Opiskelijat kuulevat ihmiseltä, joka tekee työtä joka päivä, millaista työ on nykyään, mitkä taidot ovat tärkeitä ja mihin alan ura voi johtaa.

    Menetelmä vaatii { -employer(case: "abl") } vain vähän, usein puoli päivää, ja se on uudelle kumppanuudelle yksi helpoimmista tavoista aloittaa. { -vet-provider(case: "start-all") } onnistunut vierailu on usein ensimmäinen askel kohti koulutussopimusjaksoja tai yhteisiä projekteja saman työpaikan kanssa.

guest-expert-example =
    Gävleläisen toisen asteen oppilaitoksen liiketalouden koulutusohjelmassa huomattiin, että opiskelijat pitivät kirjanpitoa kuivana teoriana. Opettaja kutsui kolme paikallista ammattilaista, kirjanpitäjän, pankin asiakasneuvojan ja pienen urheiluliikkeen omistajan, pitämään kukin kaksi oppituntia lukukauden aikana.

    Ensimmäinen vierailu epäonnistui. Pankin asiakasneuvojalle oli sanottu vain ”kerro työstäsi”, ja hän piti esityksen, jolla pankki myy opiskelijoille tilejä. Kahdenkymmenen minuutin jälkeen puolet luokasta oli lakannut kuuntelemasta. Muita vierailuja varten opettaja lähetti jokaiselle vieraalle viikkoa aiemmin yhden sivun ohjeen: aihe, mitä ryhmä jo osasi, opiskelijoiden omat kysymykset ja yksi tehtävä opiskelijoille. Kirjanpitäjä toi mukanaan aitoja kuitteja ja laskuja nimet poistettuina, opiskelijat kirjasivat ne, ja sitten hän näytti saman työn tilitoimistonsa ohjelmistolla.

    Pankin asiakasneuvoja palasi keväällä samanlaisen ohjeen kanssa, ja opiskelijat arvioivat hänen toisen tuntinsa lukukauden parhaaksi. Tilitoimisto otti seuraavana vuonna kaksi opiskelijaa työpaikalla järjestettävään koulutukseen.
    .title = Kokeiltu liiketalouden alalla, Ruotsi

guest-expert-prep-vet-provider =
    1. Päättäkää, mitä oppimistavoitteita vierailun pitää tukea ja mitä ette halua (yritysesittelystä on harvoin hyötyä).
    2. Kutsukaa asiantuntija. Sopikaa päivämäärä, kesto ja se, maksaako oppilaitos palkkion tai matkakulut.
    3. Lähettäkää viikkoa etukäteen lyhyt ohje: aihe, ryhmän ikä ja taso, mitä opiskelijat jo osaavat, heidän kysymyksensä ja luokan välineet.
    4. Jos asiantuntija tuo mukanaan työvälineitä, koneita tai aineita, tarkistakaa ne oppilaitoksen turvallisuussääntöjen mukaan.

guest-expert-prep-employer =
    1. Valitkaa henkilö, joka tekee työtä ja selittää sitä mielellään; innostus on tärkeämpää kuin asema.
    2. Antakaa hänelle aikaa valmistautua, ei vain itse vierailun tunteja.
    3. Valitkaa mukaan aitoja materiaaleja, työvälineitä tai asiakirjoja, ja poistakaa asiakkaiden nimet ja muut henkilötiedot kaikesta, mitä opiskelijat näkevät.

guest-expert-prep-student =
    1. Ota selvää, mitä asiantuntijan työpaikka tekee.
    2. Lähetä opettajalle vähintään yksi kysymys asiantuntijalle.

guest-expert-do-vet-provider =
    1. Esitelkää asiantuntija ja kertokaa, miksi hän on paikalla ja mitä ryhmä on opiskellut.
    2. Pysykää luokassa koko tunnin: vastaatte edelleen ryhmästä, ja voitte kytkeä asiantuntijan kertoman opintoihin.
    3. Varatkaa lopuksi kymmenen minuuttia kysymyksille.

guest-expert-do-employer =
    1. Kertokaa todellisia tarinoita työstä, myös siitä, mikä meni pieleen ja miten hoiditte tilanteen.
    2. Antakaa opiskelijoille jotain tekemistä tai pohdittavaa, ei pelkkää kuunneltavaa.
    3. Kertokaa opiskelijoille, mitä työpaikkanne hakee uusista työntekijöistä.

guest-expert-do-student =
    1. Kirjaa kaksi asiaa, joita et tiennyt ennestään.
    2. Esitä kysymyksesi ja jatkokysymys, jos vastaus jäi epämääräiseksi.
    3. Kiitä asiantuntijaa ja kysy koulutussopimusjaksoista tai kesätöistä, jos olet kiinnostunut.

guest-expert-follow-up =
    Kysykää seuraavalla tunnilla opiskelijoilta, mitä he saivat vierailusta irti, ja hyödyntäkää sitä. Lähettäkää asiantuntijalle kiitos ja muutama opiskelijoiden kommentti ja kysykää, mikä helpottaisi toista vierailua. Jos vierailu onnistui, kysykää uudesta käynnistä, tutustumiskäynnistä tai koulutussopimusjaksoista.

guest-expert-tips =
    - Selkeä aihe ja aikaraja ovat tärkeämpiä kuin tunnettu nimi.
    - Pitäkää koko oppilaitoksen yhteistä asiantuntijaluetteloa, jotta yhden opettajan yhteystiedot eivät katoa hänen lähtiessään eikä viisi opettajaa pyydä samaa yritystä samassa kuussa.
    .title = Vinkit ja sudenkuopat

guest-expert-check-vet-provider-pick-goals = Valitkaa oppimistavoitteet, joita vierailu tukee.
guest-expert-check-vet-provider-invite = Sopikaa aihe, päivä, kesto ja mahdollinen palkkio.
guest-expert-check-vet-provider-brief-expert = Lähettäkää sivun mittainen ohje viikkoa ennen.
guest-expert-check-vet-provider-send-questions = Liittäkää ohjeeseen opiskelijoiden kysymykset.
guest-expert-check-vet-provider-check-safety = Tarkistakaa tuotavien välineiden ja aineiden turvallisuus.
guest-expert-check-vet-provider-stay = Pysykää luokassa koko tunnin.
guest-expert-check-vet-provider-thank = Lähettäkää kiitos ja opiskelijoiden kommentit.

guest-expert-check-employer-choose-person = Valitkaa henkilö, joka selittää työtä mielellään.
guest-expert-check-employer-give-time = Antakaa hänelle aikaa valmistautua.
guest-expert-check-employer-bring-materials = Valitkaa mukaan aitoja materiaaleja tai välineitä.
guest-expert-check-employer-agree-limits = Poistakaa esimerkeistä asiakkaiden nimet ja tiedot.
guest-expert-check-employer-active-task = Suunnitelkaa tehtävä, jonka opiskelijat tekevät itse.
guest-expert-check-employer-hiring = Kertokaa, mitä haette uusista työntekijöistä.

guest-expert-check-student-research = Ota selvää, mitä asiantuntijan työpaikka tekee.
guest-expert-check-student-send-question = Lähetä opettajalle kysymys etukäteen.
guest-expert-check-student-take-notes = Kirjaa kaksi asiaa, joita et tiennyt.
guest-expert-check-student-ask = Esitä kysymyksesi ja jatkokysymys.
guest-expert-check-student-thank = Kiitä asiantuntijaa ja kysy jaksopaikoista.
