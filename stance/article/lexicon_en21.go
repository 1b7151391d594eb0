package article

// conditionOpeners put a recognition off until a step is taken
// (conditionalRecognition): "if", "once", "provided", "providing" and
// the last word of "as soon as".
var conditionOpeners = wordSet(`if once provided providing soon`)

// conditionSteps are what a recognition is made to wait on, besides
// resultNouns, processNouns and confirmVerbs: a court or a commission, a
// certification or an audit ("once the commission certifies the count").
var conditionSteps = wordSet(`court courts commission tribunal board audit recount review appeals
	certify certifies confirm confirms verify verifies verified validate validates
	official officially final finalised finalized`)
