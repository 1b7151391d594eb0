package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// A commentator's condemnation is on this result only when the remark
// that condemns is itself about it (rec28mlCommentatorVerdictRun). Probing
// found the rule made hostile a historian who recalls that "la elección
// de 1988 fue un fraude" (another vote, a year), an economist whose "fraude
// al fisco" stood in one remark and "el nuevo gobierno" in the next, a
// political scientist who reports that the rival "habla de una «elección
// robada»" (the rival's claim), one who answers "Es falso que la elección
// haya sido amañada" or "Von einer gefälschten Wahl kann keine Rede sein"
// (a denial), one who asks "¿Fue una elección fraudulenta?" and a lawyer
// who explains what the law says "en caso de que una elección fuera
// declarada fraudulenta" (a condition). So the remark that condemns must
// name the winner or a word of the vote or the office (rec28mlResultStems),
// hold no year unless it names the winner, no question, no rival unless it
// names the winner too, and none of rev28mlDenials.

// rev28mlOnResult reports whether the condemning remark text is on this
// result (see above).
func rev28mlOnResult(ctx stance.Context, code, text string) bool {
	if strings.ContainsAny(text, "?¿") {
		return false
	}
	words := actionWords(text)
	bare := make([]string, len(words))
	for i, x := range words {
		bare[i] = x[strings.LastIndexAny(x, "'’")+1:] // "qu'Imrich"
	}
	w, r := mentionsIn(ctx, bare)
	if !w && (r || !hasStem(words, rec28mlResultStems[code])) {
		return false
	}
	for _, x := range words {
		if !w && yearWord(x) || rev28mlDenials[code][x] {
			return false
		}
	}
	return !hasStem(words, rev28mlDenialStems[code])
}

// rev28mlDenials are words that deny a condemnation, set a condition on it
// or explain a rule ("falso", "caso", "lorsqu'un"), per language;
// rev28mlDenialStems open such words ("infundado", "fondement").
var rev28mlDenials = map[string]map[string]bool{
	"es": wordSet(`falso falsa mentira absurdo caso cuando tesis`),
	"pt": wordSet(`falso falsa mentira absurdo caso quando tese sustenta`),
	"fr": wordSet(`faux fausse mensonge absurde lorsqu'un lorsqu'une lorsque quand thèse sens`),
	"de": wordSet(`lüge falsch haltlos unbegründet rede unsinn wenn falls`),
	"ru": wordSet(`ложь абсурд если когда`),
}

var rev28mlDenialStems = map[string][]string{
	"es": {"infundad", "fundament"},
	"pt": {"infundad", "fundament"},
	"fr": {"infond", "fondement"},
	"de": {"unbegründ"},
	"ru": {"лжив", "необоснован", "беспочвен", "основани"},
}
