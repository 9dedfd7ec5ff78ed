## Menetelmä: Työelämän neuvottelukunnat

advisory-board-title = Työelämän neuvottelukunnat
    .summary = Pysyvä työnantajaryhmä antaa koulutukselle neuvoja opetuksesta, koulutussopimusjaksoista ja alan kehityssuunnista.

advisory-board-intro =
    Neuvottelukunta kokoaa yhteen alan useiden { -employers(case: "gen") } edustajat, oppilaitoksen opettajat ja johdon sekä usein myös opiskelijan. Se kokoontuu muutaman kerran vuodessa keskustelemaan siitä, mitä valmistuneet tarvitsevat, miten jaksot työpaikoilla toimivat ja mitä alalla on muuttumassa.

    Neuvottelukunta kokoaa monet kahdenväliset yhteydet yhteiseksi foorumiksi: { -vet-provider } kuulee alan ääntä säännöllisesti, ja työnantajat saavat vaikutusvaltaa ja oppivat tuntemaan toisensa. Se pysyy hengissä vain niin kauan kuin jäsenet näkevät neuvojensa johtavan johonkin.

advisory-board-local-name =
    Laki ei velvoita koulutuksen järjestäjiä perustamaan neuvottelukuntia, mutta monella järjestäjällä on alakohtaisia neuvottelukuntia tai työelämän yhteistyöryhmiä. Valtakunnallisella tasolla Opetushallituksen asettamat työelämätoimikunnat osallistuvat tutkintojen kehittämiseen ja osaamisen arvioinnin laadunvarmistukseen.
    .title = Suomessa

advisory-board-example =
    Östersundilaisen toisen asteen oppilaitoksen matkailu- ja ravintola-alan koulutusohjelma perusti neuvottelukunnan, johon kuului kaksi hotellia, hiihtokeskus, ravintola ja tapahtumayritys. Se kokoontui neljä kertaa vuodessa, kahdesti oppilaitoksessa ja kahdesti jonkin jäsenen työpaikalla.

    Ensimmäisessä kokouksessa työnantajat sanoivat, että marraskuun alun jaksot, jolloin hotellit ja hiihtokeskus ovat lähes tyhjiä, antoivat opiskelijoille huonon kuvan alasta. Oppilaitos ehdotti tilalle helmikuuta, mutta työnantajat kieltäytyivät: kiireisimpinä viikkoina kenelläkään ei olisi aikaa ohjata opiskelijaa. Neuvottelukunta päätyi lyhyempiin, kolmen viikon jaksoihin marraskuun lopusta alkaen, kun kausi avautuu ja kausityöntekijät perehdytetään. Opiskelijat osallistuvat perehdytykseen ja työskentelevät avajaisviikonloppuina.

    Opiskelijat arvioivat nämä jaksot selvästi aiempaa paremmiksi. Neuvottelukunta itse oli vähällä hiipua toisena vuotenaan, kun kokoukset muuttuivat oppilaitoksen raporteiksi; se vähensi kokoukset kolmeen vuodessa, ja jokaisessa ratkaistaan yksi kysymys.
    .title = Kokeiltu matkailu- ja ravintola-alalla, Ruotsi

advisory-board-prep-vet-provider =
    1. Kirjoittakaa yhden sivun tehtävänkuvaus: mistä neuvottelukunta antaa neuvoja, mistä se ei päätä ja kuinka pitkä jäsenten kausi on.
    2. Kutsukaa mukaan monenlaisia { -employers(case: "part") }: suuria ja pieniä sekä alan eri osista.
    3. Päättäkää vuoden kokouspäivät ja kullekin kokoukselle yksi ratkaistava kysymys.

advisory-board-prep-employer =
    1. Lähettäkää edustaja, joka voi puhua yrityksen puolesta ja pääsee sovittuihin kokouksiin.
    2. Kysykää ennen jokaista kokousta kollegoilta sen kysymyksestä, esimerkiksi mitä oppilaitoksesta tulevilta uusilta työntekijöiltä puuttuu.

advisory-board-prep-student =
    1. Osallistu opiskelijaedustajan ja varaedustajan valintaan.
    2. Kerää muiden opiskelijoiden näkemykset kokouksen kysymyksestä.

advisory-board-do-vet-provider =
    1. Lähettäkää esityslista ja luvut viikkoa etukäteen: opiskelijamäärät, koulutussopimusjaksot, palaute ja valmistuneiden työllistyminen.
    2. Johtakaa kokousta päätöksiä kohti: päättäkää jokainen asia siihen, kuka tekee mitä mihin mennessä.
    3. Kertokaa seuraavassa kokouksessa, mitä jokaiselle neuvolle tapahtui, myös mitä päätitte jättää tekemättä ja miksi.

advisory-board-do-employer =
    1. Kertokaa neuvottelukunnalle esimerkein, mikä alallanne on muuttumassa.
    2. Tarjotkaa konkreettista apua: koulutussopimuspaikkoja, vierailevan asiantuntijan oppitunteja tai laitteita.

advisory-board-do-student =
    1. Puhu opiskelijoiden puolesta, älä vain omasta puolestasi.
    2. Kerro asioista muille opiskelijoille viikon kuluessa.

advisory-board-follow-up =
    Listatkaa kerran vuodessa, mitä neuvottelukunta neuvoi ja mitä sen seurauksena muuttui, ja kysykää jäseniltä, onko neuvottelukunta heidän aikansa arvoinen. Uudistakaa osa jäsenistöstä muutaman vuoden välein, jotta mukaan tulee uusia yrityksiä ja näkemyksiä.

advisory-board-tips =
    - Lyhyet kokoukset, joissa kussakin tehdään yksi päätös, saavat kiireiset työnantajat tulemaan uudelleen.
    - Kokoontukaa välillä työpaikoilla: opettajat näkevät alan, ja työnantajat näkevät toistensa työtä.
    - Työnantajien neuvot voivat olla ristiriidassa opiskelijoiden oppimisen kanssa, esimerkiksi toive lisäkäsistä kiireisimpään aikaan. Peilatkaa neuvoja oppimistavoitteisiin ennen kuin toimitte niiden mukaan.
    .title = Vinkit ja sudenkuopat

advisory-board-check-vet-provider-define-purpose = Kirjoittakaa neuvottelukunnalle sivun tehtävänkuvaus.
advisory-board-check-vet-provider-invite-members = Kutsukaa alan suuria ja pieniä työnantajia.
advisory-board-check-vet-provider-plan-calendar = Päättäkää vuoden kokoukset ja kunkin kysymys.
advisory-board-check-vet-provider-share-data = Lähettäkää esityslista ja luvut viikkoa ennen.
advisory-board-check-vet-provider-write-minutes = Kirjatkaa joka asiaan, kuka tekee mitä mihin mennessä.
advisory-board-check-vet-provider-report-results = Kertokaa, mitä jokaiselle neuvolle tapahtui.

advisory-board-check-employer-choose-representative = Lähettäkää edustaja, joka voi puhua yrityksen puolesta.
advisory-board-check-employer-collect-views = Kysykää ensin kollegoilta kokouksen kysymyksestä.
advisory-board-check-employer-share-trends = Tuokaa esimerkki alanne muutoksesta.
advisory-board-check-employer-offer-help = Tarjotkaa jaksopaikka, oppitunti tai laitteita.
advisory-board-check-employer-host-meeting = Isännöikää yksi kokous työpaikallanne.

advisory-board-check-student-choose-rep = Osallistu edustajan ja varaedustajan valintaan.
advisory-board-check-student-collect-views = Kerää opiskelijoiden näkemykset kokouksen kysymyksestä.
advisory-board-check-student-read-agenda = Lue esityslista ja luvut etukäteen.
advisory-board-check-student-speak = Puhu opiskelijoiden puolesta, älä vain omasta puolestasi.
advisory-board-check-student-report-back = Kerro asioista muille opiskelijoille viikon kuluessa.
