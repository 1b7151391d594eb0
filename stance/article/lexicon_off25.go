package article

// off25ResultWords name the result or a verdict on it in a remark
// (off25_asides.go): a remark with one is about the result however weak
// the model's reading of it.
var off25ResultWords = wordSet(`won win wins winner winners victory victorious elected re-elected
	defeat defeated lost loses result results outcome fraud fraudulent rigged rigging stolen
	legitimate illegitimate accept accepted accepts recognise recognised recognize recognized
	congratulate congratulated congratulations concede conceded president-elect mandate`)

// off25Occupations are titles of vox-pop bystanders who hold no office
// that the occupation lists lacked (offTopicSpeakers, intl_commentator.go;
// like romOccupations): a wine grower on his exports, a market reseller on
// trade, a fishwife on prices tells of their own day, off the result
// unless they name it.
var off25Occupations = map[string][]string{
	"de": {"winzer", "winzerin", "weinbauer", "weinbäuerin", "bauer", "bäuerin", "fischer", "fischerin", "krankenschwester",
		"krankenpfleger", "pfleger", "pflegerin", "lehrer", "lehrerin", "handwerker", "handwerkerin", "kellner", "kellnerin",
		"bäcker", "bäckerin", "marktfrau", "ladenbesitzer", "ladenbesitzerin"},
	"fr": {"revendeuse", "revendeur", "marchand", "marchande", "paysan", "paysanne", "serveur", "serveuse", "coiffeur", "coiffeuse"},
	"pt": {"peixeira", "peixeiro", "vendedeira", "quitandeira", "quitandeiro", "zungueira", "professora", "camponês", "lavrador", "lavradora"},
	"es": {"vendedora", "vendedor", "comerciante", "tendero", "tendera", "peluquera", "peluquero", "campesinos"},
	"ru": {"пенсионерка", "продавщица", "продавец", "фермер", "учительница", "учитель", "водитель", "таксист", "рыбак"},
}

func init() {
	addWords(off25Occupations, func(l *langLexicon) map[string]bool { return l.occupations })
}

// off25ServiceStems open the words of bodies that serve the public and
// take no side in a vote — the police, a refugee agency, a vote's
// logistics, a fire brigade, a hospital, the Red Cross, a building's
// administration — in the languages of lexicons (off25_service.go). A
// spokeswoman of the refugee agency on the camps, the police spokesman
// on patrols, the logistics officer on late ballot boxes hold a post
// but speak of their service, not the result.
var off25ServiceStems = []string{
	"polic", "polizei", "polícia", "полици",
	"réfugi", "refugiad", "flüchtling", "беженц",
	"logisti", "logísti", "логисти",
	"pompier", "bombero", "bombeir", "feuerwehr", "пожарн",
	"hôpita", "hospital", "krankenhaus", "больниц",
	"croix-rouge", "rotkreuz",
}

// off25ServiceSuffixes end German compounds of such a body
// ("Kongressverwaltung", "Landespolizei", "Flüchtlingshilfe" is caught by
// its stem).
var off25ServiceSuffixes = []string{"verwaltung", "polizei", "feuerwehr"}
