package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// An election official, an observer or a reporter on the ground often
// speaks of how the vote ran and nothing else: "la participación fue del
// 61 %", "les procès-verbaux sont remontés sans incident", "явка
// составила 84 %, участки работали в штатном режиме". Such a remark takes
// no stance on the result (GUIDELINES.md, "Off-topic remarks": process
// without doubt), but the stance model, trained on leaders' statements,
// reads the count and the percentages as a stance. A speaker whose every
// remark is a process report is therefore off the result: each remark
// has a word of the process and none of a verdict on the outcome
// (lexicon_process.go), and names neither the winner nor a rival, and
// the speaker is neither: a candidate who thanks those who went to the
// polls speaks of the result by being one. A head of the commission who
// adds "the result is irreversible", or an observer who adds "without
// fraud", speaks of the result and keeps it.

// processSpeakers returns the speakers in remarks all of whose remarks are
// process reports in the language code; nil for a language without
// process words.
func processSpeakers(ctx stance.Context, code string, remarks []Remark) map[string]bool {
	pw, ok := processWords[code]
	if !ok {
		return nil
	}
	out := make(map[string]bool)
	onResult := make(map[string]bool)
	for _, rm := range remarks {
		if rm.Speaker == "" || onResult[rm.Speaker] {
			continue
		}
		words := actionWords(rm.Text)
		w, r := mentionsIn(ctx, words)
		sw, sr := mentionsIn(ctx, actionWords(rm.Speaker))
		if w || r || sw || sr || rm.NoStance || !hasStem(words, pw.process) || verdictIn(code, words, pw) || about23Verdict(code, words, pw) {
			onResult[rm.Speaker] = true
			delete(out, rm.Speaker)
			continue
		}
		out[rm.Speaker] = true
	}
	return out
}

// hasStem reports whether a word of words opens with one of stems.
func hasStem(words, stems []string) bool {
	for _, w := range words {
		for _, s := range stems {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// verdictIn reports whether a word of words holds a verdict stem of pw:
// at its start, or anywhere in a German word, whose compounds put the
// verdict last ("Wahlbetrug", "Wahlsieger", "Wahlergebnis"). A word that
// opens with one of pw.notVerdicts only looks like one ("electoral" and
// "eleitores" are no "electo", "eleito"; "versiegelt" no "Sieg"), and
// German "betrug" with a figure in the six words after it is the verb
// of amounting ("Die Wahlbeteiligung betrug 61 Prozent"), not fraud. In
// a remark with a queue (pw.queues), waiting (pw.waits) is the voters'
// in line ("esperaron tres horas en la fila"), not for the result.
func verdictIn(code string, words []string, pw processList) bool {
	queued := hasStem(words, pw.queues)
	for i, w := range words {
		if hasStem([]string{w}, pw.notVerdicts) || code == "de" && amounts(words, i) || queued && hasStem([]string{w}, pw.waits) {
			continue
		}
		for _, s := range pw.verdict {
			if strings.HasPrefix(w, s) || code == "de" && strings.Contains(w, s) {
				return true
			}
		}
	}
	return false
}

// amounts reports whether words[i] is the German verb of amounting
// ("betrug", "betrugen") with a figure within the six words after it
// ("betrug nach Angaben der Wahlleitung rund 61 Prozent") and no article
// before it ("der Betrug betraf 30 Prozent" is the noun).
func amounts(words []string, i int) bool {
	if words[i] != "betrug" && words[i] != "betrugen" || i > 0 && germanArticles[words[i-1]] {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+6; k++ {
		if startsWithDigit(words[k]) {
			return true
		}
	}
	return false
}
