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

func init() {
	for _, w := range iberoNeverPreverbs17["es"] {
		spanish.preverbs[w] = true
	}
	for _, w := range iberoNeverPreverbs17["pt"] {
		portuguese.preverbs[w] = true
	}
}
