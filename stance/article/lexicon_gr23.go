package article

// Word lists of the twenty-third helper's German and Russian rules
// (gr23_*.go).

// gr23DeSubordinators open a German clause of time, condition or
// concession whose subject comes right after them and whose verb ends it
// ("…, wenn er sagt, …", "…, als sie erklärte, …"; gr23_subordinate.go).
// Not the causal ones ("weil", "da"): as with iberoSubordinators, their
// clause gives the main subject's reason, not a third person's act. Not
// "während", also the preposition "during" (a stop word in lexicon_de.go).
var gr23DeSubordinators = wordSet(`als wenn nachdem sobald obwohl bevor`)

// gr23SourceAsides open an aside that names the source of what its
// sentence tells ("X, как сообщила его пресс-служба, позвонил …", "X, wie
// sein Sprecher mitteilte, rief …"; gr23_sourceaside.go), by language.
var gr23SourceAsides = map[string]map[string]bool{
	"ru": wordSet(`как`),
	"de": wordSet(`wie`),
	"es": wordSet(`como según`),
	"pt": wordSet(`como segundo`),
	"fr": wordSet(`comme selon`),
}
