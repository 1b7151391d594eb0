package article

// romSpeechVerbs are common attribution verbs of Spanish, Portuguese and
// French wire copy that the lexicons lacked, most often after a quotation
// with the subject after them ("«…», resumió el analista", "“…”, resumiu
// o chefe de Estado", "« … », relève le politologue X"): summing up and
// pointing out, said as "said" is.
var romSpeechVerbs = map[string][]string{
	"es": {"resumió", "resume", "resumieron", "sintetizó", "sintetiza"},
	"pt": {"resumiu", "resume", "resumiram", "sintetizou", "sintetiza"},
	"fr": {"relève", "relèvent", "observe", "observent", "note", "notent", "résument", "résumait"},
}

// romCommentatorNouns are words for pollsters, who comment on the figures
// rather than take a side ("la sondeuse X", "o especialista em sondagens"):
// commentators as economists and political scientists are.
var romCommentatorNouns = map[string][]string{
	"es": {"encuestadoras", "encuestadores", "demoscópico", "demoscópica"},
	"pt": {"sondagista", "sondagistas", "politólogos", "politólogas", "cientistas"},
	"fr": {"sondeur", "sondeuse", "sondeurs", "sondeuses", "politologues"},
}

// romOccupations are titles of vox-pop bystanders who hold no office that
// the occupation lists lacked (offTopicSpeakers, intl_commentator.go): a
// trucker in a fuel queue or a street vendor tells of their own day, off
// the result unless they name it.
var romOccupations = map[string][]string{
	"es": {"transportista", "transportistas", "camionero", "camionera", "chofer", "chófer", "mototaxista", "costurera", "costurero", "minero", "minera", "ganadero", "ganadera"},
	"pt": {"camionista", "caminhoneiro", "caminhoneira", "mototaxista", "costureira", "mineiro", "mineira", "feirante", "pescadores"},
	"fr": {"camionneur", "camionneuse", "pêcheur", "pêcheuse", "infirmier", "infirmière", "boulanger", "boulangère", "mécanicien", "mécanicienne", "couturière", "éleveur", "éleveuse", "cultivateur", "cultivatrice"},
}

// romDelays are the French pluperfect auxiliaries, words of delay as
// "había" and "tinha" are in Spanish and Portuguese: "X n'avait pas réagi
// lundi soir", "n'avait pas encore félicité" tell of a reaction not come
// by the time of writing, the guidelines' withholding (intl_silence.go,
// intl_verdict.go).
var romDelays = map[string][]string{
	"fr": {"avait", "avaient", "n'avait", "n'avaient", "n’avait", "n’avaient"},
}

// romRefuseVerbs are the French forms of refusing that join the verbs of
// condemning the vote (fgrCondemnVerbs: "refusait ces chiffres", "refuse
// les résultats"; rom19_reportedrefusal.go): with the vote or its figures
// for object they reject it.
var romRefuseVerbs = map[string][]string{
	"fr": {"refusait", "refusaient", "refuse", "refusent", "refusé", "rejetaient", "récusé", "récuse", "récusait"},
}

// romShamStems name the vote a show ("classificou o escrutínio como
// teatro político", "un cirque électoral", "una pantomima electoral"): as
// "farsa" and "mascarade" do, condemning words (processWords.condemn),
// but weak ones (weakCondemnStems), read only with a word of the vote
// near them, since "el Teatro Municipal" or "le cirque" are places.
var romShamStems = map[string][]string{
	"es": {"teatro", "circo", "pantomima", "paripé", "comedia"},
	"pt": {"teatro", "circo", "pantomina", "pantomima", "comédia", "paródia"},
	"fr": {"théâtre", "cirque", "pantomime", "comédie"},
}

// romTopicStems are words of the vote the Portuguese topic stems lacked
// ("o escrutínio", "o pleito"; Spanish has "escrutini").
var romTopicStems = map[string][]string{
	"pt": {"escrutín", "escrutin", "pleito"},
}

// romNotingPhrases are first- and second-person forms of taking note in
// French ("« Nous prenons acte de la décision de la Cour »"), which the
// third-person list of notingPhrases (intl_noting12.go) lacked.
var romNotingPhrases = map[string][]string{
	"fr": {"prenons acte", "prenez acte", "avons pris acte", "prendrons acte"},
}

func init() {
	addWords(romSpeechVerbs, func(l *langLexicon) map[string]bool { return l.speechVerbs })
	addWords(romCommentatorNouns, func(l *langLexicon) map[string]bool { return l.commentatorNouns })
	addWords(romOccupations, func(l *langLexicon) map[string]bool { return l.occupations })
	addWords(romDelays, func(l *langLexicon) map[string]bool { return l.delays })
	for code, ws := range romRefuseVerbs {
		for _, w := range ws {
			fgrCondemnVerbs[code][w] = true
		}
	}
	addCondemnStems(romShamStems)
	for code, ws := range romTopicStems {
		lexicons[code].topicStems = append(lexicons[code].topicStems, ws...)
	}
	for code, ps := range romNotingPhrases {
		notingPhrases[code] = append(notingPhrases[code], ps...)
	}
}

// romGiveVerbs are the forms of "dar" that give congratulations ("le dio
// la enhorabuena", "deu os parabéns"; rom19_give.go), and romGiftNouns
// the stems of the congratulation nouns they give.
var romGiveVerbs = map[string]map[string]bool{
	"es": wordSet(`dio dieron da dan dado daba daban`),
	"pt": wordSet(`deu deram dá dão dado dava davam`),
}

var romGiftNouns = map[string][]string{
	"es": {"enhorabuena", "felicitaci", "parabien"},
	"pt": {"parabéns", "parabens", "felicitaç", "cumprimentos"},
}

// romAccuseVerbs are the verbs of accusing (rom19_accuse.go), and
// romWinnerWords the French words for the winner (Spanish and Portuguese
// have givenStems).
var romAccuseVerbs = map[string]map[string]bool{
	"es": wordSet(`acusó acusa acusaron acusan acusaba acusado`),
	"pt": wordSet(`acusou acusa acusaram acusam acusava acusado`),
	"fr": wordSet(`accusé accuse accusent accusait accusaient`),
}

var romWinnerWords = map[string]map[string]bool{
	"fr": wordSet(`vainqueur vainqueurs gagnant gagnante`),
}

// romGovernmentWords are the words for a government whose head's name
// follows ("la felicitación del Gobierno de X"; rom19_conveyed.go).
var romGovernmentWords = map[string]map[string]bool{
	"es": wordSet(`gobierno presidente presidenta`),
	"pt": wordSet(`governo presidente`),
	"fr": wordSet(`gouvernement président présidente`),
}

// romPreDecidedList holds the words of a result settled in advance
// (rom19_predecided.go): participles of writing or deciding, of knowing,
// the words of "in advance" or "tailor-made" (one word, or two joined by
// a space: "sur mesure", "a medida"), of
// "already", and the stems of the result, the vote or a ruling.
type romPreDecidedList struct {
	written, known, advance, already map[string]bool
	results                          []string
}

var romPreDecidedWords = map[string]romPreDecidedList{
	"fr": {
		written: wordSet(`écrit écrite écrits écrites rédigé rédigée rédigés décidé décidée décidés fixé fixée fixés ficelé ficelée joué jouée
			cousu cousue taillé taillée`),
		known:   wordSet(`connu connue connus connues`),
		advance: map[string]bool{"d'avance": true, "d’avance": true, "à l'avance": true, "à l’avance": true, "sur mesure": true},
		already: wordSet(`déjà`),
		results: []string{"résultat", "verdict", "arrêt", "scrutin", "élection", "chiffre", "décision", "vote", "issue"},
	},
	"es": {
		written: wordSet(`escrito escrita escritos redactado redactada decidido decidida decididos fijado fijada cocinado cocinada pactado pactada
			hecho hecha cortado cortada`),
		known:   wordSet(`conocido conocida sabido`),
		advance: map[string]bool{"de antemano": true, "con antelación": true, "previamente": true, "a medida": true, "a la medida": true},
		already: wordSet(`ya`),
		results: []string{"resultado", "fallo", "veredicto", "elecci", "comicio", "cifra", "sentencia", "decisi", "escrutinio"},
	},
	"pt": {
		written: wordSet(`escrito escrita escritos redigido redigida decidido decidida decididos definido definida combinado combinada
			feito feita talhado talhada`),
		known:   wordSet(`conhecido conhecida sabido`),
		advance: map[string]bool{"de antemão": true, "previamente": true, "à partida": true, "à medida": true},
		already: wordSet(`já`),
		results: []string{"resultado", "acórdão", "veredicto", "eleiç", "pleito", "número", "decisão", "sentença", "escrutínio"},
	},
}

// romPraiseVerbs are the verbs of praise whose object, a vote called fair,
// recognises it (rom19_praisedfair.go).
var romPraiseVerbs = map[string]map[string]bool{
	"es": wordSet(`elogió elogiaron elogia celebró celebraron aplaudió aplaudieron saludó saludaron ponderó`),
	"pt": wordSet(`elogiou elogiaram elogia celebrou celebraram aplaudiu aplaudiram saudou saudaram`),
	"fr": wordSet(`salué loué applaudi saluent salue loue`),
}

// addWords adds each language's words (byCode) to the set of its lexicon
// that field picks.
func addWords(byCode map[string][]string, field func(*langLexicon) map[string]bool) {
	for code, ws := range byCode {
		set := field(lexicons[code])
		for _, w := range ws {
			set[w] = true
		}
	}
}

// addCondemnStems adds each language's stems (byCode) to the words that
// condemn the process and to the weak condemning stems, which need a word
// of the vote nearby.
func addCondemnStems(byCode map[string][]string) {
	for code, ws := range byCode {
		pw := processWords[code]
		pw.condemn = append(pw.condemn, ws...)
		processWords[code] = pw
		weakCondemnStems[code] = append(weakCondemnStems[code], ws...)
	}
}
