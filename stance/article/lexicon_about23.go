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
