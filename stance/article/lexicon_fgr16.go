package article

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
