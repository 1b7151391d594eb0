package article

// rec30mlOccupations are titles of working people and pensioners asked in
// the street that the occupation lists lacked (offTopicSpeakers,
// intl_commentator.go; like romOccupations and off25Occupations): "el
// estibador X contaba que votó pensando en el empleo", "a reformada X
// contou que foi votar por hábito", "der Tagelöhner X, er habe wegen
// des Wassers gewählt", "шахтёр X говорил, что голосовал по привычке".
// A docker, a day labourer, a miner or a pensioner tells of their own
// vote and day, off the result unless they name it; the test of the
// words (a word of the result, the winner's name) still keeps them on
// it when they speak of it.
var rec30mlOccupations = map[string][]string{
	"es": {"estibador", "estibadora", "jornalero", "jornalera", "obrero", "obrera", "pensionista", "albañil", "pescador", "pescadora"},
	"pt": {"reformado", "reformada", "pensionista", "estivador", "estivadora", "operário", "operária", "pescador", "pescadora", "pedreiro", "jornaleiro", "jornaleira"},
	"de": {"tagelöhner", "tagelöhnerin", "bergmann", "bergarbeiter", "bergarbeiterin", "hafenarbeiter", "hafenarbeiterin",
		"fabrikarbeiter", "fabrikarbeiterin", "bauarbeiter", "bauarbeiterin", "pensionär", "pensionärin"},
	"fr": {"docker", "journalier", "journalière", "maçon", "retraités"},
	"ru": {"шахтёр", "шахтер", "горняк", "докер", "грузчик", "строитель", "сталевар"},
}

func init() {
	addWords(rec30mlOccupations, func(l *langLexicon) map[string]bool { return l.occupations })
}

// A German voter's own vote told in reported words ("der Tagelöhner X
// erzählt, er habe vor allem wegen des Wassers gewählt") is their day, not
// a verdict, as in Spanish, Portuguese and Russian (ownVoteOnly,
// intl_ownvote.go; off28_demonym.go). Only the stems of casting a vote and
// of the polling station count there: "Wahl" and "Wähler" told in a
// reported clause are the topic ("die Wähler hätten sich geirrt").
func init() {
	reportedOwnVote["de"] = true
	off28ReportedVoteStems["de"] = []string{"gewählt", "wählen", "wählte", "wahllokal", "stimmabgabe"}
}

// German had no officeSynonyms, so a bare German office never referred
// back by a synonym of the post (ref22RoleRef): "Ministerpräsident X …
// Der Regierungschef rief die Parteien auf, …", "Präsident X …, sagte
// das Staatsoberhaupt" each became an unnamed speaker of their own. The
// head of government's titles map to one word, the head of state's to
// another; "Kanzler" is left out, since a chancellor and a state's
// Ministerpräsident are named in the same German article as two persons.
func init() {
	lexicons["de"].officeSynonyms = map[string]string{
		"regierungschef": "regierungschef", "regierungschefin": "regierungschef", "ministerpräsident": "regierungschef",
		"ministerpräsidentin": "regierungschef", "premierminister": "regierungschef", "premierministerin": "regierungschef", "premier": "regierungschef",
		"präsident": "präsident", "präsidentin": "präsident", "staatspräsident": "präsident", "staatspräsidentin": "präsident",
		"staatschef": "präsident", "staatschefin": "präsident", "staatsoberhaupt": "präsident", "kremlchef": "präsident",
	}
}
