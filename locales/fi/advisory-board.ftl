## Menetelmä: Työelämän neuvottelukunnat

advisory-board-title = Työelämän neuvottelukunnat
    .summary = Pysyvä työnantajaryhmä antaa koulutukselle neuvoja opetuksesta, työpaikalla järjestettävästä koulutuksesta ja alan kehityssuunnista.

advisory-board-intro =
    Neuvottelukunta kokoaa yhteen alan useiden { -employers(case: "gen") } edustajat, oppilaitoksen opettajat ja johdon sekä usein myös opiskelijat. Se kokoontuu muutaman kerran vuodessa keskustelemaan koulutuksesta: mitä valmistuneet tarvitsevat, miten jaksot työpaikoilla toimivat, mitä muutoksia alalle on tulossa ja miten kumppanit voivat auttaa toisiaan.

    Neuvottelukunta kokoaa monet kahdenväliset yhteydet yhteiseksi foorumiksi. Näin { -vet-provider } kuulee alan äänen säännöllisesti, ja työnantajat saavat vaikutusvaltaa ja oppivat tuntemaan toisensa. Neuvottelukunta toimii parhaiten, kun sillä on selkeä tehtävä ja se näkee neuvojensa johtavan toimiin.

advisory-board-example =
    Östersundissa toimivan toisen asteen oppilaitoksen matkailu- ja ravintola-alan koulutus perusti neuvottelukunnan, johon kuului kaksi hotellia, hiihtokeskus, ravintola ja tapahtumayritys. Neuvottelukunta kokoontui neljä kertaa vuodessa, kahdesti oppilaitoksessa ja kahdesti jonkin jäsenen työpaikalla.

    Jo ensimmäisessä kokouksessaan neuvottelukunta huomautti, että marraskuussa, vuoden hiljaisimpana kuukautena, järjestetyt työpaikkajaksot antoivat opiskelijoille huonon kuvan alasta. Oppilaitos siirsi jaksot myöhäistalveen, jolloin hiihtokausi on kiivaimmillaan, ja työnantajat lupasivat järjestää kiireiseen aikaan lisätukea ohjaukseen. Neuvottelukunta kokosi myös yhteisen vierailevien luennoitsijoiden luettelon ja järjesti joka kevät yhteisen rekrytointipäivän.

    Kahden vuoden kuluttua opiskelijat arvioivat jaksonsa selvästi aiempaa paremmiksi, ja neuvottelukunnan jäsenet palkkaavat nykyään suuren osan koulutuksesta valmistuneista.
    .title = Kokeiltu matkailu- ja ravintola-alalla, Ruotsi

advisory-board-prep-vet-provider =
    1. Määritelkää lyhyessä asiakirjassa neuvottelukunnan tarkoitus, tehtävät ja rajat.
    2. Kutsukaa mukaan monenlaisia { -employers(case: "part") }: suuria ja pieniä sekä alan eri osista.
    3. Laatikaa vuosittainen kokousaikataulu selkeine teemoineen.

advisory-board-prep-employer =
    1. Valitkaa edustaja, joka voi puhua yrityksen puolesta ja osallistua säännöllisesti.
    2. Kerätkää ennen kokouksia kollegoiden näkemyksiä koulutuksesta ja rekrytoinnista.
    3. Tarjoutukaa isännöimään kokousta työpaikallanne.

advisory-board-prep-student =
    1. Osallistu opiskelijaedustajan valintaan tai asetu itse ehdolle.
    2. Kerää muiden opiskelijoiden näkemykset ennen jokaista kokousta.
    3. Lue esityslista ja valmistele omat asiasi.

advisory-board-do-vet-provider =
    1. Lähettäkää esityslista etukäteen ja johtakaa kokoukset tehokkaasti.
    2. Jakakaa tietoa: opiskelijamäärät, koulutussopimusjaksot, palaute ja valmistuneiden työllistyminen.
    3. Kirjoittakaa lyhyt muistio, johon on kirjattu päätökset ja se, kuka tekee mitäkin.

advisory-board-do-employer =
    1. Kertokaa neuvottelukunnalle alanne muutoksista ja osaamistarpeistanne.
    2. Antakaa rehellisiä neuvoja ja tarjotkaa konkreettista apua, esimerkiksi koulutussopimuspaikkoja tai vierailevan asiantuntijan oppitunteja.
    3. Kertokaa neuvottelukunnan työstä kollegoillenne yrityksessä.

advisory-board-do-student =
    1. Kerro neuvottelukunnalle, miten opiskelijat kokevat koulutuksen ja jaksot työpaikoilla.
    2. Kysy urista ja alasta.
    3. Kerro käsitellyistä asioista muille opiskelijoille.

advisory-board-follow-up =
    Listatkaa jokaisen vuoden lopussa, mitä neuvottelukunta on neuvonut ja mitä sen seurauksena on muuttunut. Kertokaa tästä jäsenille ja oppilaitoksen johdolle, ja kysykää jäseniltä, onko neuvottelukunta heidän aikansa arvoinen.

    Uudistakaa jäsenistöä aika ajoin, jotta mukaan tulee uusia yrityksiä ja tuoreita näkemyksiä.

advisory-board-tips =
    - Lyhyet, keskittyneet kokoukset ja selkeä esityslista saavat kiireiset työnantajat tulemaan uudelleen.
    - Näyttäkää, mitä jokaiselle neuvolle tapahtui, silloinkin kun vastaus oli kielteinen.
    - Kokoontukaa välillä työpaikoilla: se antaa opettajille näkymän alaan.
    - Älkää antako neuvottelukunnan muuttua pelkäksi tiedotustilaisuudeksi. Pyytäkää neuvoja ja toimikaa niiden mukaan.
    .title = Vinkit ja sudenkuopat

advisory-board-check-vet-provider-define-purpose = Määritelkää neuvottelukunnan tarkoitus ja tehtävät.
advisory-board-check-vet-provider-invite-members = Kutsukaa mukaan monipuolinen joukko työnantajia.
advisory-board-check-vet-provider-plan-calendar = Laatikaa vuosittainen kokousaikataulu.
advisory-board-check-vet-provider-share-data = Jakakaa tietoa opiskelijoista ja jaksoista.
advisory-board-check-vet-provider-write-minutes = Kirjoittakaa lyhyt muistio toimenpiteineen.
advisory-board-check-vet-provider-report-results = Kertokaa, mikä neuvojen ansiosta muuttui.

advisory-board-check-employer-choose-representative = Valitkaa edustaja, joka voi osallistua säännöllisesti.
advisory-board-check-employer-collect-views = Kerätkää kollegoiden näkemykset ennen kokouksia.
advisory-board-check-employer-share-trends = Kertokaa alanne muutoksista ja osaamistarpeista.
advisory-board-check-employer-offer-help = Tarjotkaa konkreettista apua.
advisory-board-check-employer-host-meeting = Isännöikää kokous työpaikallanne.

advisory-board-check-student-choose-rep = Osallistu opiskelijaedustajan valintaan.
advisory-board-check-student-collect-views = Kerää muiden opiskelijoiden näkemykset.
advisory-board-check-student-read-agenda = Lue esityslista ja valmistaudu.
advisory-board-check-student-speak = Kerro opiskelijoiden kokemuksista.
advisory-board-check-student-report-back = Kerro asioista muille opiskelijoille.
