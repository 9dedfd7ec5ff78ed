## Menetelmä: Työpaikalla oppiminen ulkomailla

mobility-title = Työpaikalla oppiminen ulkomailla
    .summary = Opiskelijat oppivat ulkomaisella työpaikalla, ja kummankin maan kumppanit jakavat työn.

mobility-intro =
    Ulkomailla suoritettu työpaikalla tapahtuvan oppimisen jakso antaa opiskelijoille ammattitaitoa, kielitaitoa ja itsevarmuutta, joita on vaikea saada kotimaassa. He näkevät toisenlaisia työtapoja, oppivat pärjäämään omillaan ja palaavat usein kotiin uusien tavoitteiden kanssa. Erasmus+ -ohjelma rahoittaa tällaisia jaksoja ammatillisen koulutuksen opiskelijoille ja henkilöstölle kaikkialla Euroopassa.

    Hyvä ulkomaanjakso edellyttää kumppaneita kummassakin maassa: lähettävän { -vet-provider(case: "gen") }, vastaanottavan oppilaitoksen tai välittäjäorganisaation sekä vastaanottavan { -employer(case: "gen") }, jossa on { -work-mentor }. Oppimissopimuksessa (*learning agreement*) sovitaan, mitä opiskelija oppii ja miten osaaminen tunnustetaan kotimaassa.

mobility-example =
    Seinäjokelaisen ammattiopiston puutarha-alan opiskelijat työskentelivät neljä viikkoa kasvihuoneyrityksissä Venlon ympäristössä Kaakkois-Alankomaissa. Hollantilainen kumppanioppilaitos etsi vastaanottavat yritykset, järjesti majoituksen ja toimi paikallisena yhteyshenkilönä.

    Ennen lähtöä jokainen opiskelija tapasi hollantilaisen työpaikkaohjaajansa verkossa ja allekirjoitti oppimissopimuksen, jossa lueteltiin kasvuston hoitoon, ilmastonohjaukseen ja pakkaamiseen liittyvät tehtävät. Opiskelijat suorittivat lyhyen puutarha-alan englannin kurssin, ja ammattiopiston kansainvälisyyskoordinaattori piti valmennuspäivän käytännön asioista, kulttuurista ja turvallisuudesta.

    Jakson lopussa työpaikkaohjaajat arvioivat opiskelijat sovittuja tavoitteita vasten, ja ammattiopisto tunnusti jakson osaksi tutkintoa. Opiskelijoiden mukaan hollantilaisen tuotannon mittakaava avasi silmät. Seuraavana vuonna hollantilainen oppilaitos lähetti omia opiskelijoitaan Suomeen.
    .title = Kokeiltu puutarha-alalla, Suomi ja Alankomaat

mobility-prep-vet-provider =
    1. Etsi luotettavat kumppanit ulkomailta ja hae rahoitusta hyvissä ajoin.
    2. Valitse ja valmenna opiskelijat: kieli, kulttuuri, käytännön asiat ja turvallisuus.
    3. Laadi oppimissopimus vastaanottajan kanssa ja sovi, miten jakso tunnustetaan.

mobility-prep-employer =
    1. Sovi kumppanioppilaitoksen kanssa, mitä tehtäviä ja oppimistavoitteita voitte tarjota.
    2. Nimeä työpaikkaohjaaja, joka puhuu opiskelijan ymmärtämää kieltä.
    3. Tapaa opiskelija verkossa ennen hänen saapumistaan ja valmistele perehdytys.

mobility-prep-student =
    1. Hae jaksolle ja ota selvää, mitä se sisältää.
    2. Valmistele asiakirjat, vakuutukset ja matkat yhdessä koordinaattorin kanssa.
    3. Opettele kielen perussanastoa ja tutustu kohdemaahan.

mobility-do-vet-provider =
    1. Pidä säännöllisesti yhteyttä opiskelijaan ja vastaanottajaan.
    2. Laadi hätätilannesuunnitelma ja varmista, että joku on aina tavoitettavissa.
    3. Tue työpaikkaohjaajaa arvioinnissa jakson lopussa.

mobility-do-employer =
    1. Pidä perehdytys, joka kattaa kielen, turvallisuuden ja työpaikan kulttuurin.
    2. Anna todellisia tehtäviä oppimissopimuksen mukaisesti.
    3. Arvioi opiskelija sovittuja tavoitteita vasten.

mobility-do-student =
    1. Osallistu täysipainoisesti työhön ja kysy, kun et ymmärrä.
    2. Pidä oppimispäiväkirjaa sanoin tai kuvin.
    3. Pidä yhteyttä opettajaasi ja kerro ongelmista ajoissa.

mobility-follow-up =
    Kotimaassa tunnusta jakso sovitulla tavalla ja anna opiskelijalle asiakirja, esimerkiksi Europass-liikkuvuustodistus, jossa kuvataan hankittu osaaminen. Anna opiskelijoiden kertoa kokemuksistaan muille opiskelijoille, ja anna palautetta vastaanottajalle.

    Arvioikaa yhteistyötä ulkomaisten kumppanien kanssa ja päättäkää, jatketaanko sitä tai aloitetaanko vaihto myös toiseen suuntaan.

mobility-tips =
    - Aloita ajoissa: rahoitus, kumppanit ja valmistelu vievät kuukausia.
    - Selkeät oppimissopimukset ehkäisevät pettymyksiä.
    - Älä aliarvioi koti-ikävää: säännöllinen yhteydenpito auttaa.
    - Vastavuoroiset vaihdot vahvistavat kumppanuutta.
    .title = Vinkit ja sudenkuopat

mobility-check-vet-provider-find-partners = Etsi luotettavat kumppanit ja hae rahoitusta.
mobility-check-vet-provider-prepare-students = Valmenna opiskelijat kieleen, kulttuuriin ja turvallisuuteen.
mobility-check-vet-provider-learning-agreement = Laadi oppimissopimus.
mobility-check-vet-provider-emergency-plan = Laadi hätätilannesuunnitelma.
mobility-check-vet-provider-keep-contact = Pidä säännöllisesti yhteyttä.
mobility-check-vet-provider-recognise = Tunnusta jakso kotimaassa.

mobility-check-employer-agree-tasks = Sovi tehtävät ja tavoitteet, joita voitte tarjota.
mobility-check-employer-name-mentor = Nimeä työpaikkaohjaaja, jonka kanssa on yhteinen kieli.
mobility-check-employer-meet-online = Tapaa opiskelija verkossa ennen hänen saapumistaan.
mobility-check-employer-induction = Pidä perehdytys turvallisuudesta ja kulttuurista.
mobility-check-employer-assess = Arvioi opiskelija tavoitteita vasten.

mobility-check-student-prepare-documents = Valmistele asiakirjat, vakuutukset ja matkat.
mobility-check-student-learn-language = Opettele kielen perussanastoa.
mobility-check-student-keep-log = Pidä oppimispäiväkirjaa.
mobility-check-student-stay-in-touch = Pidä yhteyttä opettajaasi.
mobility-check-student-share = Kerro kokemuksistasi kotona.
