package article

// iberoNeverPreverbs17 are the adverbs of "never" that stand between a
// Spanish or Portuguese subject and its verb as "no"/"não" do ("X nunca
// reconoció la victoria", "X jamais reconheceu o resultado", "Y nunca
// chegou a qualificar a votação de livre"): preverbs, so that the subject
// before them is found. "No" and "não" were preverbs already; "nunca" was
// not, and the subject was lost.
var iberoNeverPreverbs17 = map[string][]string{
	"es": {"nunca", "jamás"},
	"pt": {"nunca", "jamais"},
}

// init makes them preverbs, and negators of the verb after them as "nunca"
// was already: "X jamás aceptó la victoria", "X jamais reconheceu o
// resultado" were read as accepting.
func init() {
	for _, w := range iberoNeverPreverbs17["es"] {
		spanish.preverbs[w], spanish.negators[w] = true, true
	}
	for _, w := range iberoNeverPreverbs17["pt"] {
		portuguese.preverbs[w], portuguese.negators[w] = true, true
	}
}

// iberoDelegations17 are the diplomatic posts of a body abroad that the
// posts of a state lacked: "la delegación de la Unión Europea en Caracas",
// "a delegação da União Europeia em Libreville". Offices and posts
// (roles, the side lexicon's posted), so that the place after "en"/"em"
// stays in the post and the post opens its sentence as a subject.
var iberoDelegations17 = map[string][]string{
	"es": {"delegación"},
	"pt": {"delegação"},
}

func init() {
	for _, w := range iberoDelegations17["es"] {
		spanish.roles[w], spanishSide.posted[w] = true, true
	}
	for _, w := range iberoDelegations17["pt"] {
		portuguese.roles[w], portugueseSide.posted[w] = true, true
	}
}

// iberoCommentatorNouns17 are commentators' titles the lists lacked: the
// Spanish list held "experto", not the "especialista" both languages use
// for the same ("a politóloga e especialista em sondagens X", "el
// especialista en derecho electoral X").
var iberoCommentatorNouns17 = []string{"especialista", "especialistas"}

func init() {
	for _, w := range iberoCommentatorNouns17 {
		spanish.commentatorNouns[w], portuguese.commentatorNouns[w] = true, true
	}
}

// iberoAvoidedSpeech17 are verbs of speaking that, after a verb of
// avoiding, withhold as avoiding to judge does (avoidedJudging,
// intl_avoid12.go): "evitó hablar de fraude", "evitou falar em fraude".
var iberoAvoidedSpeech17 = map[string][]string{"es": {"hablar"}, "pt": {"falar"}}

func init() {
	for _, w := range iberoAvoidedSpeech17["es"] {
		spanishJudging[w] = true
	}
	for _, w := range iberoAvoidedSpeech17["pt"] {
		portugueseJudging[w] = true
	}
}
