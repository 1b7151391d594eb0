package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// A remark that calls the vote or its result illegitimate, rigged, a
// sham or stolen rejects the result (GUIDELINES.md, rule 1), but the
// stance model weighs that one word against all the others of the
// remark: "the bloc considered it illegitimate" or "The EU considers the
// election illegitimate" come out withholding by the many words that
// diplomatic waiting shares with them. condemnsResult reads such a word
// as a claim against the result, and its evidence (condemnEvidence for
// hostile) is multiplied into the model's probabilities, as a claim that
// recognises the result is (claim.go): a confident other reading stays.
//
// The word does not condemn when a negation, a hedge or a condition
// comes within condemnSpan words before it ("not illegitimate", "claims
// that the vote was rigged", "if the vote was rigged", "whether it was
// stolen"), or when the accusation is dismissed ("no evidence the count
// was rigged", "rigging allegations were baseless"; fraudDismissed).

// condemnSpan is how far before the condemning word a negation, hedge
// or condition takes it back ("nobody has said the vote was rigged": six
// words).
const condemnSpan = 6

// condemnsResult reports whether text calls the vote or its result by a
// condemning word (condemnWords) that nothing before it takes back.
func condemnsResult(text string) bool {
	return anyClauseWord(text, func(words []string, i int) bool {
		return condemnWords[words[i]] && !takenBack(words, i) && !fraudDismissed(words, i) && !deniedAfter(words, i) && !otherTarget(words, i)
	})
}

// anyClauseWord reports whether f holds for some word of text. f gets the
// words from the start of the word's clause (clauseSpans) to the end of
// text, and the word's index in them: what takes a word back is looked
// for in its own clause, what denies it may follow in the next. The text
// is split into words once.
func anyClauseWord(text string, f func(words []string, i int) bool) bool {
	spans := clauseSpans(text)
	var words []string
	starts := make([]int, 0, len(spans)+1)
	for _, c := range spans {
		starts = append(starts, len(words))
		words = append(words, actionWords(text[c[0]:c[1]])...)
	}
	starts = append(starts, len(words))
	for k := range spans {
		from := words[starts[k]:]
		for i := 0; i < starts[k+1]-starts[k]; i++ {
			if f(from, i) {
				return true
			}
		}
	}
	return false
}

// otherTarget reports whether the condemning word at words[i] is said of
// something else than the vote: a challenge, protest, lawsuit or
// interference (condemnTargets) right after it or in the three words
// before it ("the opposition's court challenge is a farce", "the
// illegitimate interference of foreign governments", "a sham protest").
// A vote right after it is the target ("a sham election"), and so is
// the condemned after a preposition ("protests against the rigged vote",
// "a challenge to this sham"; targetPreps).
func otherTarget(words []string, i int) bool {
	if i+1 < len(words) {
		if processNouns[words[i+1]] || resultNouns[words[i+1]] {
			return false
		}
		if condemnTargets[words[i+1]] {
			return true
		}
	}
	target := false
	for k := max(0, i-3); k < i; k++ {
		switch {
		case condemnTargets[words[k]]:
			target = true
		case targetPreps[words[k]]:
			target = false // "a protest against this sham": the word is its object
		}
	}
	return target
}

// otherTargetIn is otherTarget in another language: a word of pw.targets
// right after the condemning word at words[i] ("eine illegitime
// Einmischung") or in the three words before it with no word of
// pw.targetPreps after it ("esta impugnación es una farsa",
// "l'ingérence illégitime"; not "la protesta contra esta farsa").
func otherTargetIn(words []string, i int, pw processList) bool {
	if i+1 < len(words) && stemIn([]string{unelided(words[i+1])}, pw.targets) {
		return true
	}
	target := false
	for k := max(0, i-3); k < i; k++ {
		switch {
		case stemIn([]string{unelided(words[k])}, pw.targets): // "l'ingérence"
			target = true
		case slices.Contains(pw.targetPreps, words[k]):
			target = false
		}
	}
	return target
}

// clauseSpans returns the byte spans of the sentences and clauses of
// text, which end at each of ". ; ! ?" that is no decimal point and ends
// no initial. What is taken back is looked for in the condemning word's
// own clause ("We have not seen the figures. The count was rigged"
// condemns); a denial after it may follow in the next ("Rigged? That is
// a lie").
func clauseSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '.' && i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]):
		case c == '.' && initial(text, i): // "the U.S. vote"
		case c == '.' || c == ';' || c == '!' || c == '?':
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(text)})
}

// initial reports whether the full stop at text[i] ends a lone capital
// letter ("U.S.", "Rui S. Lima"): an abbreviation, no clause's end.
func initial(text string, i int) bool {
	if i == 0 || text[i-1] < 'A' || text[i-1] > 'Z' {
		return false
	}
	return i == 1 || !unicode.IsLetter(rune(text[i-2]))
}

// isDigit reports whether the byte c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// takenBack reports whether a negation, a hedge, a condition, an
// allegation ("allegations that the vote was rigged"), a denial, doubt or
// framing ("denied the vote was rigged", "attempts to portray the vote as
// rigged", "the notion that it was stolen"; condemnFrames) or another's
// word ("the opposition says the vote was rigged", "those who call this
// election stolen"; not "we have said", "I call") stands in the
// condemnSpan words before words[i], or a faint negation in the three
// ("hardly a sham", "far from a farce"). A negation that restricts
// rather than denies (restrictives: "nothing more than a sham", "nothing
// but a farce", "no doubt the vote was rigged", "make no mistake", "not
// only unfair but rigged"), a doubt made small ("little doubt"), a
// negation before a condemning word a demonstrative presupposes ("will
// not be silenced by this stolen election", "such a sham"), and one that
// refuses an object holding the word (refusesObject) take nothing back.
func takenBack(words []string, i int) bool {
	shielded := i > 0 && demonstratives[words[i-1]] || i > 1 && words[i-2] == "such" && (words[i-1] == "a" || words[i-1] == "an")
	for k := max(0, i-condemnSpan); k < i; k++ {
		w := words[k]
		if claimNegations[w] && (shielded || refusesObject(words, k, i)) {
			continue // "will not be fooled by this charade", "cannot accept a stolen election"
		}
		if claimNegations[w] && k+1 < i && restricting(words, k+1) {
			k++ // "nothing more than a sham", "no doubt it was rigged": the negation affirms
			continue
		}
		if condemnFrames[w] && k > 0 && doubtAffirmers[words[k-1]] {
			continue // "little doubt the vote was rigged"
		}
		if claimNegations[w] || claimHedges[w] || conditionWords[w] || allegationNouns[w] || condemnFrames[w] {
			return true
		}
		if i-k <= 3 && faintNegation(words, k) && !shielded {
			return true // "hardly a sham", "far from a farce"
		}
		if othersWords[w] && !firstPersonBefore(words, k) && !whatSpeakerCalled(words, k) {
			return true
		}
	}
	return false
}

// whatSpeakerCalled reports whether the word of calling words[k] opens
// the reporter's "what he called" ("would resist any attempt to impose
// what he called a fraudulent administration"): the term that follows is
// the speaker's own, quoted at a distance, not another's word that the
// speaker reports.
func whatSpeakerCalled(words []string, k int) bool {
	return k >= 2 && words[k-2] == "what" && (pronouns[words[k-1]] || words[k-1] == "they")
}

// refusesObject reports whether the negation at words[k] refuses to
// accept or recognise an object, within three words after it, that holds
// the condemning word at words[i] after a determiner ("will never accept
// this fraudulent result", "No democrat can recognise this sham"): the
// condemnation stands. A clause after the verb ("does not accept that the
// vote was rigged") is what is refused, and takes it back.
func refusesObject(words []string, k, i int) bool {
	for v := k + 1; v < i-1 && v <= k+3; v++ {
		if acceptVerbs[words[v]] {
			return objectDeterminers[words[v+1]]
		}
	}
	return false
}

// restricting reports whether words[j], after a negation, restricts it
// (restrictives), or is "more" or "less" with "than" in the two words
// after it ("nothing more than a sham"; not "no more rigged elections").
func restricting(words []string, j int) bool {
	if restrictives[words[j]] {
		return true
	}
	if words[j] != "more" && words[j] != "less" {
		return false
	}
	for k := j + 1; k < len(words) && k <= j+2; k++ {
		if words[k] == "than" {
			return true
		}
	}
	return false
}

// firstPersonBefore reports whether "I" or "we" stands in the three words
// before words[k] ("we have always said the vote was rigged").
func firstPersonBefore(words []string, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if firstPersons[words[j]] {
			return true
		}
	}
	return false
}

// deniedAfter reports whether the condemning word at words[i] is called
// false within claimSpan words after it ("… was rigged are false", "…
// stolen; that is a lie").
func deniedAfter(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if denialWords[words[k]] || dismissPredicates[words[k]] || words[k] == "false" {
			return true
		}
	}
	return false
}

// A remark that gives the victory to a rival ("Venezuela has a new
// president-elect and it is Edmundo González", "Sousa won this election")
// recognises a rival claimant and so is hostile to the declared winner
// (GUIDELINES.md, rules 2 and 14); the model, reading "president-elect",
// says recognising. rivalWon reads it as the mirror of claimStance's "the
// winner won": a rival's name form with a word of winning within
// claimSpan words after it (no negation or hedge between, no figure
// after it: "Sousa won 41 per cent" is a share, not a victory; nor a
// part of the vote, something else or another time: "won the first
// round", "won in the capital", "won the debate", "won twice before"; nor
// in a relative clause: "Sousa, who won the primary, …") or before
// it ("the winner is Sousa", "the president-elect, Rui Sousa"), unless
// the claim is hedged ("Sousa claimed he had won").

// rivalWon reports whether text gives the election to a rival of ctx.
func rivalWon(ctx stance.Context, text string) bool {
	rivals := claimForms(ctx.Rivals, ctx.Winner)
	if len(rivals) == 0 {
		return false
	}
	words := actionWords(text)
	folded := foldWords(words)
	for i := range words {
		if !startsForm(folded, i, rivals) || hedged(words, i) || i == 1 && inversions[words[0]] {
			continue // "Had Sousa won, …" is a condition
		}
		if k := winAfter(words, folded, i, rivals); k > 0 && !figureAfter(words, k) && !partialWin(words, k) && !rivalAsDenied(words, i, k) { // rev22len_votes.go: "no count showed Sousa as the winner"
			return true
		}
		if winBefore(words, folded, i, rivals) || mostVotesAfter(words, folded, i, rivals) && !mostVotesRecord(words, i) { // lab22en_mostvotes.go; rev22len_votes.go: "the most votes ever"
			return true
		}
	}
	return false
}

// winAfter returns the index of the first word of winning within
// claimSpan words after words[i] with only linking words between
// (winBetween: "Sousa won", "Sousa has clearly won", "Sousa is the real
// winner") or the rest of the rival's name (rivals), or 0. Any other word
// between makes the win another's, a wish or someone's claim ("Sousa
// conceded that Lima won", "Sousa congratulated the winner", "Sousa says
// he won", "Sousa declared himself the winner", "Sousa failed to win",
// "Sousa will win the next election").
func winAfter(words, folded []string, i int, rivals [][]string) int {
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if winWords[words[k]] {
			return k
		}
		if !winBetween[words[k]] && !lab22enWinAs[words[k]] && !startsForm(folded, k, rivals) { // lexicon_lab22en.go: "Sousa as president-elect"
			return 0
		}
	}
	return 0
}

// winBefore reports whether a title of the winner (winnerTitles) stands
// within claimSpan words before words[i], joined to it only by linking
// words ("the winner is Sousa", "the president-elect and it is Sousa",
// "the rightful president-elect, Rui Sousa"), and is not hedged. "and"
// links only before "it": "the winner and Sousa will meet" joins two
// people; and a title that opens a rival's name is a name ("Victor Velard
// conceded").
func winBefore(words, folded []string, i int, rivals [][]string) bool {
	for k := i - 1; k >= 0 && k >= i-claimSpan; k-- {
		switch {
		case winnerTitles[words[k]] && !startsForm(folded, k, rivals):
			return !hedged(words, k)
		case !winLinks[words[k]] || words[k] == "and" && words[k+1] != "it":
			return false
		}
	}
	return false
}

// partialWin reports whether the win at words[k] is of a part, of
// something else than the election, or of another time: within claimSpan
// words after it, before a clause break, an object of partialWinObjects
// ("won the first round", "was the winner of the first round", "won the
// popular vote but lost", "won the debate", "has won our respect", "won
// over young voters", "won twice before"), or a place after "in",
// "among" or "across" ("won in the capital", "won the most votes in the
// north"; not "won in a landslide": winManners).
func partialWin(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+claimSpan; j++ {
		w := words[j]
		if clauseBreaks[w] {
			return false
		}
		if partialWinObjects[w] {
			return true
		}
		if partialWinPreps[w] {
			n := j + 1
			for n < len(words) && (words[n] == "a" || words[n] == "an" || words[n] == "the") {
				n++
			}
			return n >= len(words) || !winManners[words[n]]
		}
	}
	return false
}

// figureAfter reports whether a number follows words[k] within two words
// ("won 41 per cent", "won only 12 seats").
func figureAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+2; j++ {
		if w := words[j]; w != "" && (unicode.IsDigit([]rune(w)[0]) || numberWords[w]) {
			return true
		}
	}
	return false
}

// condemnsIn is condemnsResult for an article read in the language code
// of a lexicon: a word opening with one of the language's condemn stems
// (lexicon_process.go), with none of its negators or hedges in the
// condemnSpan words before it ("no fue un fraude", "un presunto voto
// amañado", "si el voto fue amañado" do not condemn), no verb of saying
// gives it to another, and no denial follows within claimSpan words
// ("… que el voto fue amañado es falso"). A negation further
// back ("rien ne permet de dire que le scrutin était truqué"), or in an
// earlier clause (clauseSpans), is not seen. Without a list for the language, nothing condemns.
func condemnsIn(code, text string) bool {
	pw, lx := processWords[code], lexicons[code]
	if len(pw.condemn) == 0 || lx == nil {
		return false
	}
	if deniesLegitimacy(code, text) || legitimacyLost(code, text) || massViolations(code, text) || farFromFair(code, text) || romPreDecided(code, text) { // ib18_farfrom.go, rom19_predecided.go
		// "perdeu com isso qualquer legitimidade" (ibero14_legitimacy.go),
		// "лишилась легитимности", "массовые нарушения" (fgr14_legitimacy.go)
		return true
	}
	return anyClauseWord(text, func(words []string, i int) bool {
		before := afterContrast(code, words[max(0, i-condemnSpan):i]) // "не победа, а подлог" (fgr14_legitimacy.go)
		return hasStem(words[i:i+1], pw.condemn) && !hedgedIn(before, lx.negators, pw) && !saidBefore(before, pw.sayings) &&
			!hasStem(words[i+1:min(len(words), i+1+claimSpan)], pw.denials) && !otherTargetIn(words, i, pw) &&
			weakCondemnNearVote(code, words, i)
	})
}

// saidBefore reports whether a plain verb of saying (sayings) stands in
// before: the condemnation is another's ("a oposição disse que a eleição
// foi roubada"), reported by the speaker. Verbs of judging ("calificó",
// "a jugé") are the speaker's own verdict and do not count.
func saidBefore(before, sayings []string) bool {
	for i, w := range before {
		if i > 0 && invertedPronoun(before[i-1]) {
			continue // "Le scrutin, a-t-il dit, a été truqué": the speaker's own incise (found probing)
		}
		for _, s := range sayings {
			if w == s {
				return true
			}
		}
	}
	return false
}

// invertedPronoun reports whether w is an auxiliary with a subject pronoun
// joined to it ("a-t-il", "avait-elle"), the incise that gives a French
// remark to its own speaker.
func invertedPronoun(w string) bool {
	for _, p := range []string{"-il", "-elle", "-ils", "-elles", "-on"} {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// hedgedIn reports whether a word of before is a negator or a hedge of
// pw: a hedge of up to three letters must be the whole word ("si", "ob"),
// a longer one opens it ("presunt" for "presunto", "presunta"), as do
// pw.restricts and pw.reflexives. A negator with a restricting word in
// the two words after it, or a comparative and its "than" (compared),
// affirms ("no fue más que una farsa", "kein Zweifel"), and "se" before a verb of becoming is a pronoun ("se revelou
// uma farsa"): neither takes the condemnation back, nor does a negator
// before a demonstrative in the two words before the condemning word
// (pw.demonstratives: "no nos callarán ante esta farsa") or one that
// refuses an object holding it (refusedIn).
func hedgedIn(before []string, negators map[string]bool, pw processList) bool {
	shield := -1 // a demonstrative in the two words before the condemning word
	for d := max(0, len(before)-2); d < len(before); d++ {
		if slices.Contains(pw.demonstratives, before[d]) {
			shield = d
		}
	}
	for j, w := range before {
		next := before[j+1 : min(len(before), j+3)]
		switch {
		case negators[w]:
			if j < shield || refusedIn(before[j+1:], pw) {
				continue // "no nos callarán ante esta farsa", "no reconoceremos unos resultados fraudulentos"
			}
			if !stemIn(next, pw.restricts) && !compared(before[j+1:], pw) {
				return true
			}
		case w == "se" && len(next) > 0 && stemIn(next[:1], pw.reflexives):
		case stemIn([]string{w}, pw.hedges):
			return true
		}
	}
	return false
}

// refusedIn reports whether after (the words from a negator to the
// condemning word) opens, within three words, with a verb of accepting or
// recognising (pw.accepts) whose object holds the condemning word, with no
// word of pw.thats after the verb: the refusal stands and so does the
// condemnation ("no reconoceremos unos resultados fraudulentos", "ne
// reconnaîtrons pas ce scrutin truqué", "не признаем сфальсифицированные
// выборы"; not "no aceptamos que el voto fue amañado").
func refusedIn(after []string, pw processList) bool {
	for v := 0; v < len(after) && v < 3; v++ {
		if !stemIn(after[v:v+1], pw.accepts) {
			continue
		}
		for _, w := range after[v+1:] {
			if slices.Contains(pw.thats, w) || strings.HasPrefix(w, "qu'") {
				return false
			}
		}
		return true
	}
	return false
}

// compared reports whether one of the two first words of after is a
// comparative of pw with one of pw.thans in the two words after it: "no
// fue más que una farsa", "не более чем спектакль".
func compared(after []string, pw processList) bool {
	for m := 0; m < len(after) && m < 2; m++ {
		if !stemIn(after[m:m+1], pw.comparatives) {
			continue
		}
		for _, w := range after[m+1 : min(len(after), m+3)] {
			if slices.Contains(pw.thans, w) {
				return true
			}
		}
	}
	return false
}

// stemIn reports whether a word of words is one of stems: a stem of up to
// three letters must be the whole word, a longer one opens it.
func stemIn(words, stems []string) bool {
	for _, w := range words {
		for _, s := range stems {
			if w == s || utf8.RuneCountInString(s) > 3 && strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// condemnRun multiplies hostile evidence into the prediction of a
// direct or reported run in the language code that condemns the vote
// (condemnsIn), unless a verb rule has labelled it or its speaker is a
// commentator.
func (r Reader) condemnRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || a.Kind == Action && !condemningActs[code] || r.Classifier == nil || !condemnsIn(code, run) {
		return
	}
	if rev22lmlUsurpElsewhere(r.Context, code, run) { // "самозваный «президент» X" of a rival (rev22lml_usurp.go)
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Hostile, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
	}
}
