package article

import "strings"

// frReflexivePluperfect are the French reflexive auxiliaries of the
// pluperfect ("X s'était contenté d'« appeler au calme »", "ils
// s'étaient joints aux félicitations"): preverbs and reflexives as "s'est"
// is, so that the subject before the auxiliary is found and the verb read
// as reflexive.
var frReflexivePluperfect = []string{"s'était", "s'étaient"}

func init() {
	for _, w := range frReflexivePluperfect {
		french.preverbs[w] = true
		french.reflexives[w] = true
	}
}

// frTimePrepositions open a French adverbial of time as "après", "avant"
// and "lors" do ("Dès l'annonce des chiffres par la Commission, X, …, a
// refusé …", "Depuis la proclamation, X …"): stops, so that a long opening
// adverbial is read past and no name is taken to begin with them.
var frTimePrepositions = []string{"dès", "depuis"}

func init() {
	for _, w := range frTimePrepositions {
		french.stops[w] = true
	}
}

// fgrPronounViews attribute the clause after them to the person just
// named, as "selon lui", "ihm zufolge" and "по его мнению" do: the
// speaker's view by a pronoun ("X a refusé les chiffres : pour lui,
// l'armée a confisqué le vote", "à ses yeux, …", "aus seiner Sicht …",
// "с его точки зрения …"). Read by ownAccording (after a colon or
// opening the sentence) and midAccording (between commas).
var fgrPronounViews = map[string][]string{
	"fr": {"pour lui", "pour elle", "à ses yeux", "à son avis", "selon eux", "selon elles"},
	"de": {"aus seiner sicht", "aus ihrer sicht", "seiner meinung nach", "ihrer meinung nach"},
	"ru": {"по его оценке", "по её оценке", "по ее оценке", "с его точки зрения", "с её точки зрения", "с ее точки зрения"},
}

func init() {
	for code, ps := range fgrPronounViews {
		lexicons[code].pronounAccording = append(lexicons[code].pronounAccording, ps...)
	}
}

// memberLexicon holds the words of a membership lead-in
// (fgr16_member.go): "X figure parmi les candidats qui ont rejeté …",
// "X fait partie de ceux qui avaient annoncé …", "X входит в число тех,
// кто отказался …" (German puts the relative clause's verb last, which
// the act's text does not follow yet: not read). verbs say one
// belongs to a group, markers open the group (one or two words), and
// relatives open the clause that tells what the group did.
type memberLexicon struct {
	verbs     map[string]bool
	markers   []string
	relatives map[string]bool
}

var memberLexicons = map[string]memberLexicon{
	"fr": {
		verbs:     wordSet(`figure figurait figurent figuraient fait faisait font faisaient compte comptait est était sont étaient trouve trouvait`),
		markers:   []string{"parmi", "partie de", "partie des", "partie du"},
		relatives: wordSet(`qui`),
	},
	"ru": {
		verbs:     wordSet(`входит входил входила входят входили вошёл вошел вошла вошли оказался оказалась оказались был была были`),
		markers:   []string{"в число", "среди"},
		relatives: wordSet(`кто которые`),
	},
}

// frAdmitVerbs: French "reconnaître que" admits a fact ("X a reconnu
// dans son rapport que les irrégularités privaient les observateurs de
// tout jugement"), as Russian "признал, что" does: speech verbs as well
// as acts of recognition, so that with a clause after them they report
// speech and without one ("a reconnu la victoire de Y") stay acts. Only
// the participles: a simple tense inside a clause ("qu'il ne reconnaissait
// qu'un seul chef d'État") would take its object for a subject after it.
var frAdmitVerbs = []string{"reconnu", "reconnue"}

func init() {
	for _, w := range frAdmitVerbs {
		french.speechVerbs[w] = true
	}
}

// deFocusAdverbs stand between a German speech verb and the comma of its
// clause ("X erklärte lediglich, man nehme das Ergebnis zur Kenntnis",
// "sagte nur, …", "betonte jedoch, …"): words that are never names
// (notNames), so that adverbialOnly reads past them as past "heute".
var deFocusAdverbs = []string{"lediglich", "nur", "bloß", "jedoch", "allerdings", "zudem", "außerdem", "dennoch", "knapp"}

func init() {
	for _, w := range deFocusAdverbs {
		german.notNames[w] = true
	}
}

// fgrSpeechVerbs are verbs of saying the lexicons lacked, common in
// reporting: claiming, adding, commenting, judging, complaining and
// mocking ("X behauptete, die Wahl sei gefälscht", "spottete der
// Abgeordnete X, die Tschechen hätten »…«", "X a ironisé sur « … »",
// "X иронизировал: «…»"). German nouns are capitalised as the verbs are
// lower-cased, so forms that are also common nouns ("Beklagte") or
// verbs of place ("befindet") are left out.
var fgrSpeechVerbs = map[string][]string{
	"de": strings.Fields(`behauptete behaupteten behauptet ergänzte ergänzten ergänzt
		kommentierte kommentierten kommentiert bemerkte bemerkt urteilte urteilt
		befand monierte moniert bemängelte bemängelt argumentierte argumentiert
		resümierte resümiert bilanzierte bilanziert twitterte twittert getwittert
		schimpfte schimpft wetterte wettert spottete spotteten spottet höhnte höhnt
		ätzte ätzt lästerte lästert mutmaßte mutmaßt`),
	"fr": strings.Fields(`ironisé ironise ironisait regretté regrette déploré déplore moqué`),
	"ru": strings.Fields(`иронизировал иронизировала посетовал посетовала возмутился возмутилась
		пошутил пошутила съязвил съязвила`),
}

func init() {
	for code, ws := range fgrSpeechVerbs {
		for _, w := range ws {
			lexicons[code].speechVerbs[w] = true
		}
	}
}

// ruAwaitVerdicts are Russian verdict stems of waiting for the outcome
// the process lexicon lacked: the singular and plural present and the
// past of ждать ("миссия ждёт от ЦИК публикации протоколов"; the list had
// only "ждать", "ждём") and the conclusions a mission withholds ("прежде
// чем делать выводы"): a speaker who waits for the count to draw
// conclusions speaks of the result, not only of the process.
var ruAwaitVerdicts = []string{"ждёт", "ждет", "ждут", "ждал", "вывод"}

func init() {
	pl := processWords["ru"]
	pl.verdict = append(pl.verdict, ruAwaitVerdicts...)
	pl.waits = append(pl.waits, ruAwaitVerdicts[:4]...)
	processWords["ru"] = pl
}

// fgrProcessVerdicts are verdict stems the process lexicons lacked: a
// Russian observer who assesses the count ("оценили подсчёт голосов как
// плохой"; the list had the noun "оценк") or the competition of the vote
// ("в обстановке, лишённой конкуренции"), and a German one who demands
// that incidents be cleared up ("mahnte eine lückenlose Aufklärung der
// Vorfälle an", as Spanish "explicaci"), or a French one who withholds
// comment or conclusions until the tally sheets are out ("exige la
// publication des procès-verbaux avant tout commentaire sur le fond",
// "sans se prononcer", as Russian "выскаж" and "вывод"), speaks of the
// result, not only of the process.
var fgrProcessVerdicts = map[string][]string{
	"ru": {"оцени", "конкурен"},
	"de": {"aufklär", "aufgeklärt"},
	"fr": {"prononc", "conclusion", "commentaire"},
}

func init() {
	for code, stems := range fgrProcessVerdicts {
		pl := processWords[code]
		pl.verdict = append(pl.verdict, stems...)
		processWords[code] = pl
	}
}

// ruFraudCondemns are Russian stems of a vote bought or stuffed that
// condemn it as the process lexicon's condemn stems do: carousel voting
// ("на юге работали «карусели»"), vote buying ("скупка голосов") and a
// victory bought ("купленной победой").
var ruFraudCondemns = []string{"карусел", "скупк", "куплен"}

func init() {
	pl := processWords["ru"]
	pl.condemn = append(pl.condemn, ruFraudCondemns...)
	processWords["ru"] = pl
}
