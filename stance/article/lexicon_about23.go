package article

// about23Theft are, per language, the stems of the verbs of stealing
// and faking said of a vote ("nos robaron la elección", "des listes
// trafiquées", "roubaram a eleição", "выборы украли"): a remark with one
// of them and a word of the count (processWords' process stems) judges
// the result and is no process report (about23_process.go). The nouns
// and participles the condemn lists already hold ("robad", "robo",
// "truqué", "gestohlen") are read from there; these are the other forms.
// Stems are chosen not to open unrelated words: Spanish "rob" would open
// "robusta" ("una participación robusta"), Russian "укра" "Украина".
var about23Theft = map[string][]string{
	"es": {"robar", "robaron", "robó", "roban", "robamos", "trucad", "trucaron", "maquill"},
	"fr": {"trafiqu", "volé", "volée", "volés", "volées", "voler", "dérob", "maquill"},
	"pt": {"roub", "fraudar", "fraudaram", "maquiad", "maquiar"},
	"de": {"gestohl", "geklaut", "frisiert"},
	"ru": {"украл", "украд", "укради", "своровал", "подделал", "подделан", "подделк", "подтасовал"},
}

// about23Ready are the words of readiness or of working together that
// open a remark's turn toward the new government ("ready to take them up
// with the new president", "wants to work together with the incoming
// administration"); about23NewGov the nouns of the government a new
// or incoming one is ("with the new prime minister"); about23Helps the
// verbs that help a transition along ("would help with the transition").
// See about23_coop.go.
var (
	about23Ready = wordSet(`ready willing prepared eager keen want wants wanted seek seeks sought intends intend plans
		work works working worked cooperate cooperating cooperation partner engage engaging together deal dealing
		take taking help helping`)
	about23NewGov = wordSet(`president government administration leader leadership cabinet premier chancellor
		prime-minister team authorities`)
	about23Helps = wordSet(`help helping helped assist assisting support supporting ensure ensuring facilitate smooth`)
	// about23Negators undo the turn ("not ready", "refuses to deal with
	// the new government", "no intention").
	about23Negators = wordSet(`not never no refuse refuses refused refusing won't cannot can't nor neither without`)
)

// about23Judge are, per language, the stems of judging the count or
// having a complaint about it ("не может судить о подсчёте", "претензий к
// подсчёту нет", "se prononcera sur les résultats"): a remark with one of
// them and a word of the count passes or puts off a verdict on the
// result, and is no process report (about23_process.go).
var about23Judge = map[string][]string{
	"es": {"pronunci"},
	"fr": {"prononc"},
	"pt": {"pronunci"},
	"ru": {"претензи", "суди"},
}
