## Menetelmä: Yritysten todelliset toimeksiannot

company-project-title = Yritysten todelliset toimeksiannot
    .summary = Opiskelijat ratkaisevat projektina yrityksen todellisen tehtävän, ja yritys on heidän asiakkaansa.

company-project-intro =
    Yritysprojektissa { -employer } antaa opiskelijoille todellisen toimeksiannon: markkinointisuunnitelman, tuotteen, korjauksen, ruokalistan, puutarhasuunnitelman tai työprosessin analyysin. Opiskelijat työskentelevät tiimeissä, usein oppilaitoksessa, ja esittelevät tuloksensa yritykselle samaan tapaan kuin asiakkaalle.

    Ammattitaitojen ohella opiskelijat harjoittelevat suunnittelua, tiimityötä, asiakasyhteistyötä ja aikatauluissa pysymistä, ja he tietävät, että todellinen asiakas arvioi heidän työnsä. Yritys saa tuoreita ideoita ja tilaisuuden tutustua mahdollisiin tuleviin työntekijöihin, ja opettaja saa aidon tehtävän, joka sopii oppimistavoitteisiin.

company-project-example =
    Tamperelaisen ammattiopiston liiketalouden opiskelijat ottivat vastaan toimeksiannon perheleipomolta, joka halusi tavoittaa nuorempia asiakkaita. Omistaja tapasi ryhmän leipomossa, kertoi leipomon tarinan ja antoi tehtävänannon: ideoita sosiaalisen median ja myymälän kampanjoihin pienellä budjetilla.

    Neljän opiskelijan tiimit työskentelivät kuusi viikkoa. Joka viikko yksi tiimin jäsen lähetti omistajalle lyhyen tilannekatsauksen, ja puolivälissä omistaja kävi oppilaitoksessa kommentoimassa ensimmäisiä ideoita. Viimeisellä viikolla tiimit esittelivät suunnitelmansa leipomon kahvilassa omistajalle ja kahdelle työntekijälle.

    Leipomo toteutti yhden tiimin kampanjan samana syksynä ja kertoi, että nuoria asiakkaita kävi viikonloppuisin aiempaa enemmän. Opiskelijat saivat omistajalta kirjallisen suosituksen, ja ammattiopistolla on nyt jonotuslista paikallisista yrityksistä, jotka tarjoavat projekteja.
    .title = Kokeiltu liiketalouden alalla, Suomi

company-project-prep-vet-provider =
    1. Etsikää yritys, jolla on oppimistavoitteisiin sopiva ja laajuudeltaan realistinen tehtävä.
    2. Laatikaa tehtävänanto yhdessä { -employer(case: "gen") } kanssa: tavoite, lopputulos, määräaika, budjetti ja yhteyshenkilö.
    3. Sopikaa, miten työ arvioidaan ja kenelle lopputulos kuuluu.

company-project-prep-employer =
    1. Valitkaa todellinen tehtävä, jonka muuten hoitaisitte itse tai ostaisitte ulkopuolelta.
    2. Nimetkää yhteyshenkilö ja sopikaa, kuinka usein hän on tavoitettavissa.
    3. Valmistelkaa opiskelijoiden tarvitsemat tiedot ja materiaalit.

company-project-prep-student =
    1. Lue tehtävänanto huolellisesti ja listaa kysymyksesi asiakkaalle.
    2. Sovi tiimisi kanssa rooleista ja työskentelysäännöistä.
    3. Tee projektisuunnitelma välitavoitteineen.

company-project-do-vet-provider =
    1. Valmentakaa tiimejä ja pitäkää ne aikataulussa.
    2. Huolehtikaa, että asiakas saa säännöllisesti tietoa työn etenemisestä.
    3. Arvioikaa sekä työskentelyprosessi että lopputulos.

company-project-do-employer =
    1. Käynnistäkää toimeksianto henkilökohtaisesti, mieluiten omalla työpaikallanne.
    2. Vastatkaa kysymyksiin ja kommentoikaa ideoita sovituissa vaiheissa.
    3. Osallistukaa loppuesitykseen ja antakaa rehellistä palautetta.

company-project-do-student =
    1. Työskentele suunnitelman mukaan ja pidä asiakas ajan tasalla.
    2. Pyydä palautetta mieluummin aikaisin kuin myöhään.
    3. Esittele tuloksesi ammattimaisesti, kuten esittelisit ne maksavalle asiakkaalle.

company-project-follow-up =
    Pitäkää esityksen jälkeen lyhyt arviointikeskustelu yrityksen ja opettajan kesken: vastasiko lopputulos tehtävänantoa, ja oliko työmäärä kohtuullinen kummallekin osapuolelle? Opiskelijat pohtivat, mitä he oppivat omasta alastaan ja asiakkaan kanssa työskentelystä.

    Kertokaa yritykselle, mitä projektin osia opiskelijat arvostivat, ja antakaa yrityksen kertoa opiskelijoille, mitä se aikoo hyödyntää. Jos yritys ottaa jonkin tuloksen käyttöön, kertokaa siitä kummankin organisaation henkilöstölle.

company-project-tips =
    - Pitäkää laajuus realistisena käytettävissä olevaan aikaan ja osaamiseen nähden.
    - Sopikaa omistusoikeuksista ja salassapidosta kirjallisesti ennen työn aloittamista.
    - Asiakas, joka ei koskaan vastaa, pilaa projektin. Sopikaa yhteydenpidon ajat etukäteen.
    - Älkää luvatko, että yritys ottaa tulokset käyttöön.
    .title = Vinkit ja sudenkuopat

company-project-check-vet-provider-find-task = Etsikää oppimistavoitteisiin sopiva tehtävä.
company-project-check-vet-provider-write-brief = Laatikaa tehtävänanto yhdessä yrityksen kanssa.
company-project-check-vet-provider-agree-ownership = Sopikaa omistusoikeuksista ja salassapidosta.
company-project-check-vet-provider-coach-teams = Valmentakaa tiimejä ja pitäkää ne aikataulussa.
company-project-check-vet-provider-assess = Arvioikaa sekä prosessi että lopputulos.

company-project-check-employer-choose-task = Valitkaa todellinen ja laajuudeltaan realistinen tehtävä.
company-project-check-employer-name-contact = Nimetkää yhteyshenkilö ja sopikaa tavoitettavuudesta.
company-project-check-employer-launch = Käynnistäkää toimeksianto henkilökohtaisesti.
company-project-check-employer-comment = Kommentoikaa ideoita sovituissa vaiheissa.
company-project-check-employer-attend-pitch = Osallistukaa loppuesitykseen.

company-project-check-student-read-brief = Lue tehtävänanto ja listaa kysymyksesi.
company-project-check-student-agree-roles = Sovi tiimisi kanssa rooleista ja säännöistä.
company-project-check-student-plan = Tee projektisuunnitelma välitavoitteineen.
company-project-check-student-update-client = Pidä asiakas ajan tasalla.
company-project-check-student-present = Esittele tuloksesi ammattimaisesti.
