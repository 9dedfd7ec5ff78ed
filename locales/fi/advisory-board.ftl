## Menetelmä: Työelämän neuvottelukunnat

advisory-board-title = Työelämän neuvottelukunnat
    .summary = Pysyvä työnantajaryhmä antaa koulutukselle neuvoja opetuksesta, työpaikalla tapahtuvasta oppimisesta ja alan kehityssuunnista.

advisory-board-intro =
    Neuvottelukunta kokoaa yhteen alan useiden { -employers(case: "gen") } edustajat, oppilaitoksen opettajat ja johdon sekä usein myös opiskelijat. Se kokoontuu muutaman kerran vuodessa keskustelemaan koulutuksesta: mitä valmistuneet tarvitsevat, miten työpaikalla tapahtuvan oppimisen jaksot toimivat, mitä muutoksia alalle on tulossa ja miten kumppanit voivat auttaa toisiaan.

    Neuvottelukunta kokoaa monet kahdenväliset yhteydet yhteiseksi foorumiksi. Näin { -vet-provider } kuulee alan äänen säännöllisesti, ja työnantajat saavat vaikutusvaltaa ja oppivat tuntemaan toisensa. Neuvottelukunta toimii parhaiten, kun sillä on selkeä tehtävä ja se näkee neuvojensa johtavan toimiin.

advisory-board-example =
    Östersundissa toimivan toisen asteen oppilaitoksen matkailu- ja ravintola-alan koulutus perusti neuvottelukunnan, johon kuului kaksi hotellia, hiihtokeskus, ravintola ja tapahtumayritys. Neuvottelukunta kokoontui neljä kertaa vuodessa, kahdesti oppilaitoksessa ja kahdesti jonkin jäsenen työpaikalla.

    Jo ensimmäisessä kokouksessaan neuvottelukunta huomautti, että marraskuussa, vuoden hiljaisimpana kuukautena, järjestetyt työpaikalla tapahtuvan oppimisen jaksot antoivat opiskelijoille huonon kuvan alasta. Oppilaitos siirsi jaksot myöhäistalveen, jolloin hiihtokausi on kiivaimmillaan, ja työnantajat lupasivat järjestää kiireiseen aikaan lisätukea ohjaukseen. Neuvottelukunta kokosi myös yhteisen vierailevien luennoitsijoiden luettelon ja järjesti joka kevät yhteisen rekrytointipäivän.

    Kahden vuoden kuluttua opiskelijat arvioivat jaksonsa selvästi aiempaa paremmiksi, ja neuvottelukunnan jäsenet palkkaavat nykyään suuren osan koulutuksesta valmistuneista.
    .title = Kokeiltu matkailu- ja ravintola-alalla, Ruotsi

advisory-board-prep-vet-provider =
    1. Määrittele lyhyessä asiakirjassa neuvottelukunnan tarkoitus, tehtävät ja rajat.
    2. Kutsu mukaan monenlaisia { -employers(case: "part") }: suuria ja pieniä sekä alan eri osista.
    3. Laadi vuosittainen kokousaikataulu selkeine teemoineen.

advisory-board-prep-employer =
    1. Valitse edustaja, joka voi puhua yrityksen puolesta ja osallistua säännöllisesti.
    2. Kerää ennen kokouksia kollegoiden näkemyksiä koulutuksesta ja rekrytoinnista.
    3. Tarjoudu isännöimään kokousta työpaikallanne.

advisory-board-prep-student =
    1. Valitkaa neuvottelukuntaan opiskelijaedustaja.
    2. Kerää muiden opiskelijoiden näkemykset ennen jokaista kokousta.
    3. Lue esityslista ja valmistele omat asiasi.

advisory-board-do-vet-provider =
    1. Lähetä esityslista etukäteen ja johda kokoukset tehokkaasti.
    2. Jaa tietoa: opiskelijamäärät, työpaikalla tapahtuvan oppimisen jaksot, palaute ja valmistuneiden työllistyminen.
    3. Kirjoita lyhyt muistio, johon on kirjattu päätökset ja se, kuka tekee mitäkin.

advisory-board-do-employer =
    1. Kerro neuvottelukunnalle alasi muutoksista ja osaamistarpeistanne.
    2. Anna rehellisiä neuvoja ja tarjoa konkreettista apua, esimerkiksi jaksopaikkoja tai vierailevan asiantuntijan oppitunteja.
    3. Kerro neuvottelukunnan työstä kollegoillesi yrityksessä.

advisory-board-do-student =
    1. Kerro neuvottelukunnalle, miten opiskelijat kokevat koulutuksen ja työpaikalla tapahtuvan oppimisen jaksot.
    2. Kysy urista ja alasta.
    3. Kerro käsitellyistä asioista muille opiskelijoille.

advisory-board-follow-up =
    Listaa jokaisen vuoden lopussa, mitä neuvottelukunta on neuvonut ja mitä sen seurauksena on muuttunut. Kerro tästä jäsenille ja oppilaitoksen johdolle, ja kysy jäseniltä, onko neuvottelukunta heidän aikansa arvoinen.

    Uudistakaa jäsenistöä aika ajoin, jotta mukaan tulee uusia yrityksiä ja tuoreita näkemyksiä.

advisory-board-tips =
    - Lyhyet, keskittyneet kokoukset ja selkeä esityslista saavat kiireiset työnantajat tulemaan uudelleen.
    - Näytä, mitä jokaiselle neuvolle tapahtui, silloinkin kun vastaus oli kielteinen.
    - Kokoontukaa välillä työpaikoilla: se antaa opettajille näkymän alaan.
    - Älä anna neuvottelukunnan muuttua pelkäksi tiedotustilaisuudeksi. Pyydä neuvoja ja toimi niiden mukaan.
    .title = Vinkit ja sudenkuopat

advisory-board-check-vet-provider-define-purpose = Määrittele neuvottelukunnan tarkoitus ja tehtävät.
advisory-board-check-vet-provider-invite-members = Kutsu mukaan monipuolinen joukko työnantajia.
advisory-board-check-vet-provider-plan-calendar = Laadi vuosittainen kokousaikataulu.
advisory-board-check-vet-provider-share-data = Jaa tietoa opiskelijoista ja jaksoista.
advisory-board-check-vet-provider-write-minutes = Kirjoita lyhyt muistio toimenpiteineen.
advisory-board-check-vet-provider-report-results = Kerro, mikä neuvojen ansiosta muuttui.

advisory-board-check-employer-choose-representative = Valitse edustaja, joka voi osallistua säännöllisesti.
advisory-board-check-employer-collect-views = Kerää kollegoiden näkemykset ennen kokouksia.
advisory-board-check-employer-share-trends = Kerro alasi muutoksista ja osaamistarpeista.
advisory-board-check-employer-offer-help = Tarjoa konkreettista apua.
advisory-board-check-employer-host-meeting = Isännöi kokous työpaikallanne.

advisory-board-check-student-choose-rep = Valitkaa opiskelijaedustaja.
advisory-board-check-student-collect-views = Kerää muiden opiskelijoiden näkemykset.
advisory-board-check-student-read-agenda = Lue esityslista ja valmistaudu.
advisory-board-check-student-speak = Kerro opiskelijoiden kokemuksista.
advisory-board-check-student-report-back = Kerro asioista muille opiskelijoille.
