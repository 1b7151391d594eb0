package article

// Word lists of the eighteenth session's English rules (en18_*.go).

// phrasalStanceVerbs are verbs whose stance the particle after them
// gives ("ruled out any talks", "turned down the tally", "brushed aside
// the result", "threw out the count"), each with its particle; alone
// they are no verbs of stance ("the party that ruled for decades").
var phrasalStanceVerbs = map[string]string{
	"rule": "out", "rules": "out", "ruled": "out", "ruling": "out",
	"turn": "down", "turns": "down", "turned": "down", "turning": "down",
	"brush": "aside", "brushes": "aside", "brushed": "aside", "brushing": "aside",
	"throw": "out", "throws": "out", "threw": "out", "throwing": "out",
	"wave": "away", "waves": "away", "waved": "away", "waving": "away",
}

// ledByVerbs are the participles that name a group's head before "by"
// ("the observer mission, led by Jo Roe, said").
var ledByVerbs = wordSet(`led headed chaired`)

// phrasalRejections are the phrasalStanceVerbs whose verb and particle
// reject their object, as rejectVerbs do ("turned down the tally",
// "threw out the figures", "brushed aside the result").
var phrasalRejections = wordSet(`turn turns turned turning throw throws threw throwing
	brush brushes brushed brushing wave waves waved waving`)

// fairJudgingForms are the gerunds of judging a vote that a reserve
// ("stopped short of", "declined", "avoided") holds back: "stopped
// short of calling the vote free and fair" (fairnessReserved).
var fairJudgingForms = wordSet(`call calling describe describing declare declaring pronounce pronouncing
	deem deeming judge judging`)

// asTimeWords stand between "as" and "as" in an adverbial of time: "as
// late as last week", "as early as May", "as recently as Monday", "as
// long ago as 2019" (asTimeAs).
var asTimeWords = wordSet(`late early recently long`)

// putItVerbs say how someone worded what follows a colon: "put it
// bluntly: …", "summed it up: …", "phrased it this way: …" (putItColon).
var putItVerbs = wordSet(`put puts putting sum sums summed summing phrase phrases phrased phrasing
	frame frames framed framing`)

// putItManners may open the words of manner after "put it" ("put it in
// one sentence", "put it this way", "put it more bluntly", "put it best");
// an adverb in -ly may too ("put it bluntly"). "Put it on the table" is
// no wording.
var putItManners = wordSet(`in this more most another differently best well so`)

// toldPronouns are the addressees in the objective case after a verb of
// telling before a clause with no "that" ("told me Velor would wait",
// "told us Kask had won"); "her" is left out, as it may be a possessive
// ("told her Velor counterpart").
var toldPronouns = wordSet(`me him us them`)
