package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Narrowings of the result called something (lab24ml_called.go) and of
// mockery (lab24ml_mock.go), from the review rev24lml:
//
//   - the result as the complement of another noun: "nannte die Kritik am
//     Ergebnis eine Schande", "назвал явку на выборах печальной",
//     "назвал сомнения в итогах опасными", "classificou críticas ao
//     pleito como vergonhosas" judge the critique or the turnout, not the
//     result (a doubt, claim or process noun between the verb and the
//     result);
//   - a rival's result or claimed victory: "nannte den angeblichen Sieg
//     von Dal eine Farce", "calificó la supuesta victoria de Mora de
//     vergonzosa" scorn the loser, not the winner;
//   - a scorn the run turns from: "nannte das Ergebnis für die Liberalen
//     schlecht, gratulierte aber Kask", "calificó el resultado de triste
//     … y felicitó a Ruiz" (a contrast or a congratulation after it:
//     rules 7 and 12);
//   - a victory called a victory of fraud: "nannte den Sieg einen „Sieg
//     der Manipulation“", "назвала победу «победой фальсификаций»": the
//     scorn in the window outweighs the victory noun that opens it.

// rev24lmlCalledOff reports whether the object words[o] of the verb of
// calling words[v] is not the result judged: a doubt, claim or process
// noun stands between them, or a rival is named between the verb and
// the end of the judging window.
func rev24lmlCalledOff(ctx stance.Context, code string, words []string, v, o int, pw processList) bool {
	between := words[v+1 : o]
	if hasStem(between, calledDoubts[code]) || hasStem(between, pw.process) || hasStem(between, pw.hedges) {
		return true
	}
	_, rival := mentionsIn(ctx, words[v:min(len(words), o+calledEvalSpan+1)])
	return rival
}

// rev24lmlCalledScorn reports whether a word of scorn or of condemnation
// stands in the judging window after the object words[o], before any
// negation or contrast.
func rev24lmlCalledScorn(words []string, o int, cw calledWords, negators, buts map[string]bool, condemns []string) bool {
	for k := o + 1; k < len(words) && k <= o+calledEvalSpan; k++ {
		w := words[k]
		if negators[w] || buts[w] {
			return false
		}
		if at := strings.IndexByte(w, '\''); at > 0 && at <= 2 {
			w = w[at+1:]
		}
		if hasStem([]string{w}, cw.scorns) || hasStem([]string{w}, condemns) {
			return true
		}
	}
	return false
}

// rev24lmlCalledTurn reports whether the text turns from a scorn of the
// result at words[o]: a contrast anywhere after it, or a congratulation
// anywhere in the text.
func rev24lmlCalledTurn(code string, words []string, o int, buts map[string]bool) bool {
	for _, w := range words[o+1:] {
		if buts[w] {
			return true
		}
	}
	return hasStem(words, calledCongrats[code])
}

// rev24lmlSentenceTurn reports whether the rest of the sentence of rm
// after it turns from a scorn: a contrast or a congratulation there
// ("nannte das Ergebnis … schlecht, gratulierte aber dem Sieger"), which
// the extractor may give to another act or speaker.
func rev24lmlSentenceTurn(code, text string, rm Remark) bool {
	words := actionWords(sentenceRestAfter(text, rm))
	return rev24lmlCalledTurn(code, append([]string{""}, words...), 0, praisedLexicon[code].buts)
}
