package article

// Word lists of the fourteenth session's Spanish and Portuguese rules.

// emphasisVerbs are the verbs of emphasis, per language.
var emphasisVerbs = map[string]map[string]bool{
	"es": wordSet(`destacó destacaron destaca subrayó subrayaron subraya resaltó resaltaron resalta remarcó remarcaron`),
	"pt": wordSet(`sublinhou sublinharam sublinha destacou destacaram destaca salientou salientaram salienta ressaltou ressaltaram ressalta realçou realçaram`),
}
