package article

// retractPressures before "to" and a verb of withdrawing make the
// withdrawal one pressed on the speaker, or judged, not one done:
// "rejected calls to withdraw his congratulations", "resisted pressure to
// retract", "said it would be wrong to withdraw" (rev23mlNotRetraction).
var retractPressures = wordSet(`calls call demands demand pressure pressed urged urges urging asked asks
	wrong reason rejected rejects dismissed dismisses resisted resists`)

// hypotheticalModals before a verb of withdrawing, with "if" or "unless"
// after the greeting, make the withdrawal a condition ("would withdraw
// her congratulations only if …").
var hypotheticalModals = wordSet(`would could might may`)

// documentOpeners open a sentence before the document whose signers take
// the subject's act ("Dans une déclaration signée par …", "En un breve
// comunicado firmado por …", "Em nota assinada por …", "Lisant une
// déclaration …"): a preposition of "in" or "through", or a participle of
// reading (rec23mlSignedOpening).
var documentOpeners = map[string]map[string]bool{
	"fr": wordSet(`dans par lisant`),
	"es": wordSet(`en mediante leyendo`),
	"pt": wordSet(`em no na num numa através lendo`),
	"de": wordSet(`in im`),
}
