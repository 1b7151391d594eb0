package article

import (
	"strings"
	"unicode/utf8"
)

// A sentence whose subject is a named person and whose verb no list
// knows. Reporters tell what leaders did with any verb ("Der Milliardär
// X, der auf sechs Prozent kam, nennt das Ergebnis manipuliert", "O
// deputado X considerou as eleições transparentes", "Österreichs Kanzler X
// verzichtete vorerst auf eine Gratulation"); a reader that knows only its
// lists of speech and stance verbs loses the person. When a sentence gave
// no remark at all, its subject is a person named in full, a lower-case
// word follows the subject (and the apposition or relative clause between
// commas after it), and the verb's own clause (up to a relative clause,
// a semicolon or another's saying; no negation, no listed verb) has a
// word that judges the vote or its result (langLexicon.judges:
// congratulating, fraud, legitimacy, fairness — not winning or speaking
// about the results) and a word of the election or of recognition
// (aboutVote), the clause is that person's act, read by the language's
// verb rule and model as any act is. Passives (passiveVerb) and German
// objects opening the sentence are not acts of the subject.

// subjectAct returns the act of a sentence's named subject with an
// unlisted verb, or false.
func (ix *intl) subjectAct(toks []token) (reportedPart, bool) {
	i := 0
	for b := 1; b < len(toks) && b <= 10; b++ {
		if toks[b].is(",") {
			if ix.openingAdverbial(toks, b) {
				i = b + 1
			}
			break
		}
	}
	p := ix.apposed(toks, i)
	if !p.ok() || p.lo != i || p.kind != pName || !(p.role != "" || strings.Contains(p.name, " ")) ||
		ix.lx.code == "de" && obliqueOpening(toks, p.lo) { // "Den Wahlsieger X beschuldigte die Opposition …": an object
		return reportedPart{}, false
	}
	v := skipCommaAside(toks, p.hi)
	if v < 0 || v >= len(toks) || !toks[v].word() || toks[v].cap || ix.lx.stops[toks[v].lower] || ix.lx.relatives[toks[v].lower] ||
		passiveVerb(ix.lx.code, toks, v) {
		return reportedPart{}, false
	}
	end := len(toks)
	for k := v; k < len(toks); k++ {
		w := toks[k].lower
		switch {
		case toks[k].is(",") && k+1 < len(toks) && (ix.lx.relatives[toks[k+1].lower] || commaRelatives[ix.lx.code][toks[k+1].lower]):
			end = min(end, k) // ", qui a voté", ", die dem Sieger gratulierten": another clause's subject
		case toks[k].is(";"):
			end = min(end, k) // "llegó a la sede …; ellos dijeron que el fraude …": another clause
		case ix.objectRelative(toks, k):
			end = min(end, k) // "uma carta que o eleitor X escreveu …": another's clause
		case k < v+4 && (ix.lx.actionVerbs[w] || ix.lx.speechVerbs[w]), ix.lx.speechVerbs[w] && toks[k-1].is(","),
			ix.lx.negators[w], withoutWords[w]:
			// a listed verb the reader already read and left ("erklärte
			// den Zuwachs mit …"), someone's saying ("…, afirma, …"), or
			// a negation, which the model reads badly in a third-person
			// act ("итоги … пока никак не комментировал", "sem
			// reconhecer ninguém")
			return reportedPart{}, false
		}
	}
	if !ix.judging(toks[v:end]) || !ix.aboutVote(toks[v:end]) {
		return reportedPart{}, false
	}
	return reportedPart{spk: ix.x.named(p), kind: Action, cs: v, lo: i}, true
}

// skipCommaAside returns k, or the index after an aside between commas
// that starts at toks[k] (", der auf sechs Prozent kam,", ", líder da
// CASA-CE,"): at most 30 tokens, no quotation, colon or semicolon. It
// returns -1 when a comma opens no closed aside.
func skipCommaAside(toks []token, k int) int {
	if k >= len(toks) || !toks[k].is(",") {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+30; j++ {
		switch t := toks[j]; {
		case t.is(",") && decimalComma(toks, j):
			// "crédité de 38,2 %"
		case t.is(","):
			return j + 1
		case t.kind == tQuote || t.is(":") || t.is(";") || t.isTerm():
			return -1
		}
	}
	return -1
}

// judging reports whether a word of toks judges the vote or its result
// (langLexicon.judges).
func (ix *intl) judging(toks []token) bool {
	for _, t := range toks {
		if t.word() && ix.lx.judges(t.lower) {
			return true
		}
	}
	return false
}

// aboutVote reports whether toks speak of the vote: a word of the
// election or its result (electionStems; inside a German compound too:
// "Präsidentschaftswahl") or of recognition (the lexicon's
// recognitionStems: "auf eine Gratulation"). A judging word with
// neither judges something else ("a signé un contrat libre de toute
// clause", "lobt die faire Spielweise seiner Mannschaft", "a condamné
// trois hommes pour fraude fiscale").
func (ix *intl) aboutVote(toks []token) bool {
	for _, t := range toks {
		if !t.word() {
			continue
		}
		w := unelided(t.lower) // "l'élection"
		if hasAnyPrefix(w, ix.lx.recognitionStems) || hasAnyPrefix(w, electionStems[ix.lx.code]) {
			return true
		}
		if ix.lx.code == "de" && strings.Contains(t.lower, "wahl") && !hasAnyPrefix(t.lower, notVoteWahl) && !strings.Contains(t.lower, notVoteInside) {
			return true
		}
	}
	return false
}

// decimalComma reports whether the comma toks[j] stands between two
// digits with no space ("38,2").
func decimalComma(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j-1].end == toks[j].start && toks[j].end == toks[j+1].start &&
		endsWithDigit(toks[j-1].lower) && startsWithDigit(toks[j+1].lower)
}

func endsWithDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

// passiveVerb reports whether the verb at toks[v] is a passive auxiliary
// with its participle: the subject is acted on, and the words of the vote
// after it are what others did to or said of them ("fue acusado de fraude
// por la fiscalía", "foi acusado de fraude", "a été accusé de fraude",
// "wurde wegen Wahlbetrugs angeklagt", "был обвинён в фальсификации").
// German "wurde" needs no participle next: the participle ends the clause.
func passiveVerb(code string, toks []token, v int) bool {
	w, p := toks[v].lower, v+1
	switch {
	case code == "fr" && frenchPerfectAux[w] && p < len(toks) && toks[p].lower == "été":
		p++ // "a été accusé"
	case !passiveAuxes[code][w]:
		return false
	case code == "de":
		return true
	}
	// four letters at least: "был на встрече" is no passive
	return p < len(toks) && toks[p].word() && utf8.RuneCountInString(toks[p].lower) >= 4 &&
		hasAnySuffix(toks[p].lower, passiveParticipleEnds[code]...)
}

// objectRelative reports whether toks[k] is a bare Spanish or Portuguese
// "que" after a noun with its determiner that opens a relative clause with
// a subject of its own, a determiner or a name ("leu uma carta que o
// eleitor X escreveu denunciando fraude", "una carta que Lena Dal
// escribió"): what that clause judges is its subject's, not the
// sentence subject's. "lamentou que a eleição …", a verb's clause, is not
// one.
func (ix *intl) objectRelative(toks []token, k int) bool {
	if !documentRelativeQue[ix.lx.code] || toks[k].lower != "que" || k < 2 || k+1 >= len(toks) {
		return false
	}
	noun, det, next := toks[k-1], toks[k-2], toks[k+1]
	if !noun.word() || noun.cap || !det.word() || !ix.lx.determiners[det.lower] || !next.word() {
		return false
	}
	return next.cap || ix.lx.determiners[next.lower]
}
