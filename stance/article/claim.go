package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Officials who announce or defend a result say so in words the stance
// model, trained on first-person statements for and against a winner,
// reads poorly: "the commission said Lima had won 58 per cent of the vote"
// or "the council's decision was final and binding" come out withholding
// or hostile by their other words (the count, the court, "anyone who …").
// Nine assertions that recognise the result are read by rule
// (claimStance), each unless a negation, a condition or a report of a
// claim comes just before it ("did not win", "if Lima won", "claimed
// Lima had won") or an accusation just after it ("won by fraud"):
//
//   - the context's winner won: a winner's name form followed within
//     claimSpan words by a word of winning ("Lima had won", "Lima was
//     re-elected", "Lima the legitimate winner", "Lima duly elected");
//   - the result is final: a word for the result (or its figures) followed within
//     claimSpan words by a word of finality ("the result stands", "the
//     council's decision was final and binding", "the ruling ends all
//     debate");
//   - a rival must yield: a rival's name form (or a pronoun after an urging
//     verb: "urged him to step aside") after an urging verb or before a
//     modal, then a verb of yielding ("urged Sousa to respect the choice of
//     the people", "Sousa must hand over power");
//   - a winner is declared: a verb of declaring followed within claimSpan
//     words by a word of winning, with no reflexive between ("hereby
//     declared the winner", "duly returned elected"; "declared himself
//     the winner" is a claim of one's own);
//   - someone attends the winner's inauguration or sends someone to it
//     ("will attend the inauguration", "attended the swearing-in", "would
//     send a delegation to the inauguration"; not "refused to attend");
//   - the result is guarded against being undone (guarded): "the will of
//     the majority must never be contested", "the region would not allow
//     the will of the people to be overturned", "we do not dispute the
//     outcome";
//   - fraud claims are dismissed (fraudDismissed): "no evidence of fraud",
//     "claims that the count was rigged were baseless", "rejected
//     allegations of rigging". Officials defending the count they ran say
//     this, and the model reads the accusation's words as hostile;
//   - the vote was free and fair (fairlyHeld): "the vote had been free and
//     democratic", "the process was transparent"; not "a free and fair
//     election" (what demands name), "must be free", "free but not fair";
//   - the result is respected (respectsResult): "respected the result",
//     "would respect the outcome"; not after a refusal or an urging ("called
//     on the army to respect the choice of the people": whose choice is
//     the dispute), nor with a condition after it.
//
// The first and third need the election context; the others do not.
// For a direct or reported remark the verdict is one more piece of
// evidence (claimEvidence) multiplied into the model's probabilities, so a
// confident hostile reading of a remark that also calls the result final
// ("They say the result is final, but we will fight it") stays hostile; an
// action with no verdict of its verb rule takes it as its verdict.

// claimSpan is how far the word of winning, finality or yielding may be
// from the name or noun it is said of ("the council's decision was final"
// is four words).
const claimSpan = 4

// confirmsResult reports whether the confirming verb words[i] has the
// result for its object within three words, with no rival named on the
// way ("the recount had changed the totals by eleven votes and confirmed
// the result"; "the court upheld the outcome"; not "confirmed Sousa's
// victory").
//
// A refusal, rejection or doubt in the eight words before the verb takes the
// confirmation as what the speaker disputes ("refused to accept that the
// court had upheld the result").
func confirmsResult(folded, words []string, i int, rivals [][]string) bool {
	for k := max(0, i-8); k < i; k++ {
		if refusalWords[words[k]] || rejectVerbs[words[k]] || doubtWords[words[k]] {
			return false
		}
	}
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		switch {
		case startsForm(folded, k, rivals) || claimNegations[words[k]]:
			return false
		case resultNouns[words[k]]:
			return !accused(words, k)
		}
	}
	return false
}

// claimStance reports verdictRecognising when text asserts one of the
// claims above, and verdictNone otherwise.
func claimStance(ctx stance.Context, text string) actionVerdict {
	words := actionWords(text)
	folded := foldWords(words)
	winners, rivals := claimForms(ctx.Winner, ctx.Rivals), claimForms(ctx.Rivals, ctx.Winner)
	if disputeGoesOn(ctx, text) {
		return verdictNone // lab24en_dispute.go: "Lima had won on lies" claims no win
	}
	if lab28enSettledBefore(words) {
		return verdictNone // lab28en_before.go: "settled long before polling day" is no final result
	}
	if lab27enOutcomeUnchanged(words) {
		return verdictRecognising // lab27en_unchanged.go: "nothing found could alter the outcome"
	}
	for i, w := range words {
		if fraudWords[w] && fraudDismissed(words, i) {
			return verdictRecognising // before hedged: "dismissed claims of fraud" has its "claims"
		}
		if hedged(words, i) {
			continue
		}
		switch {
		case resultFinal(words, i) || resultPraised(folded, words, i, rivals) || electionOver(words, i) || lab31enResultCredible(words, i): // lab22en_over.go; lab31en_credible.go: "the result was credible"
			return verdictRecognising
		case startsForm(folded, i, winners) && (within(words, i, winWords) || lab26enPassedMark(words, i) && !rev26lenClaimDoubted(text, words, i)) && !accused(words, i): // rev26len_narrow.go: "they say Lima passed 50 percent" // lab26en_claim.go: "Lima had passed 51 percent"
			return verdictRecognising
		case (startsForm(folded, i, rivals) || (pronounObjects[w] && i > 0 && urgeVerbs[words[i-1]])) && mustYield(words, i):
			return verdictRecognising
		case declareWords[w] && declaresWinner(words, i) && !nearForm(folded, i, rivals):
			return verdictRecognising
		case attendWords[w] && joinsInauguration(words, i) && !refused(words, i):
			return verdictRecognising
		case confirmVerbs[w] && confirmsResult(folded, words, i, rivals):
			return verdictRecognising
		case processNouns[w] && (fairlyHeld(words, i) || lawfullyHeld(words, i)):
			return verdictRecognising
		case respectWords[w] && respectsResult(words, i) || (lab26enWillOfPeople(words, i) || lab26enAcceptsIt(words, i) && !rev26lenAcceptPressed(words, i)) && !rev26lenClaimDoubted(text, words, i): // lab26en_claim.go: "the result was the will of the citizens"
			return verdictRecognising
		case verdictSpoken(words, i) || votersChose(words, i) || off24VotersChose(words, i) || referredToCourt(words, i): // spoken.go, off24_voters.go, courtreferral.go
			return verdictRecognising
		case (guardNegations[w] || w == "no" && i+1 < len(words) && intentNouns[words[i+1]]) && guarded(words, i):
			return verdictRecognising
		case guardNegations[w] && renouncedChallenge(folded, words, i, winners, rivals) && !rev24RenounceTakenBack(text, words, i): // lab24en_renounce.go, rev24len_narrow.go
			return verdictRecognising
		}
	}
	if cooperates(folded, words, winners) || rec29enVotersChoseWinner(words, winners) { // rec29en_choice.go: "voters had rewarded Lima"
		return verdictRecognising
	}
	return verdictNone
}

// resultFinal reports whether words[i] is a result or its figures said
// to be final ("the result is clear and final", "the figures stand").
// A decision to do something ("the decision to suspend the count is
// final") is no result, nor is a person's decision ("the president's
// decision was final", "his decision is final": a leader's, often to
// reject the count), and a result said to be annulled is not final
// ("the ruling that annulled the count was final"). An institution's
// decision ("the council's decision was final") is a result.
func resultFinal(words []string, i int) bool {
	if !resultNouns[words[i]] && !figureNouns[words[i]] || i+1 < len(words) && words[i+1] == "to" {
		return false
	}
	if decisionNouns[words[i]] && i > 0 && personalOwners[words[i-1]] {
		return false // "the president's decision was final": a person's decision, not the count's
	}
	for k := max(1, i-3); k < i; k++ {
		if words[k] == "to" && resultNouns[words[k-1]] {
			return false // "the decision to suspend the count is final": the decision's, not the count's
		}
	}
	for k := i + 1; k < len(words) && k <= i+finalPredicateSpan; k++ {
		if annulWords[words[k]] {
			return false
		}
	}
	return (within(words, i, finalWords) || finalPredicate(words, i)) && !accused(words, i)
}

// claimAbout reports whether a run makes a claim that is about the result
// whatever else it talks of: the result is final (or the vote over:
// electionOver, lab22en_over.go) or praised ("the result
// opened a new page in Tarn's history"), the vote was held by the law
// ("had been held in line with the law") or freely and fairly ("the vote
// had been free and fair", which the judge reads as off the result: its
// off-topic statements hold "fair terms" and "fair wages", its leaders'
// none of "free and fair"), or the speaker will work
// with the new leader ("looked forward to working with the new
// administration on climate change, trade and security", which the judge
// reads as off the result). A claim that the winner won is not enough: an
// economist's "investors were already pricing in a Lima win" is about the
// markets.
func claimAbout(ctx stance.Context, text string) bool {
	words := actionWords(text)
	rivals := claimForms(ctx.Rivals, ctx.Winner)
	for i := range words {
		if !hedged(words, i) && (resultFinal(words, i) || electionOver(words, i) || resultPraised(foldWords(words), words, i, rivals) || processNouns[words[i]] && (lawfullyHeld(words, i) || fairlyHeld(words, i))) {
			return true
		}
	}
	return off24VerdictOfVoters(words) || lab27enOutcomeUnchanged(words) || rec29enVotersChoseWinner(words, claimForms(ctx.Winner, ctx.Rivals)) || cooperates(foldWords(words), words, claimForms(ctx.Winner, ctx.Rivals)) // off24_voters.go
}

// claimForms folds each form of forms (split into words, hyphens as
// spaces) that other does not share, as mentionsIn does: a form listed on
// both sides names neither.
func claimForms(forms, other []string) [][]string {
	shared := make(map[string]bool, len(other))
	for _, o := range other {
		shared[foldName(o)] = true
	}
	var out [][]string
	for _, f := range forms {
		if shared[foldName(f)] {
			continue
		}
		if fw := strings.Fields(foldName(strings.ReplaceAll(f, "-", " "))); len(fw) > 0 {
			out = append(out, fw)
		}
	}
	return out
}

// foldWords folds each lower-cased word for name matching, a possessive
// ending ('s) dropped.
func foldWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = foldName(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"))
	}
	return out
}

// startsForm reports whether one of forms starts at folded[i]; a
// hyphenated word ("lima-sousa") matches by its first part.
func startsForm(folded []string, i int, forms [][]string) bool {
	for _, f := range forms {
		if i+len(f) > len(folded) {
			continue
		}
		ok := true
		for k, fw := range f {
			w := folded[i+k]
			if k == 0 {
				w, _, _ = strings.Cut(w, "-")
			}
			if w != fw {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// within reports whether a word of set follows words[i] within claimSpan
// words, with no negation or hedge between ("Lima claimed to have won").
// "stand" counts after a modal ("the result will stand").
func within(words []string, i int, set map[string]bool) bool {
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if claimNegations[words[k]] || claimHedges[words[k]] || faintNegation(words, k) {
			return false
		}
		if set[words[k]] || (words[k] == "stand" && finalModals[words[k-1]]) {
			return true
		}
	}
	return false
}

// hedged reports whether one of the three words before words[i] negates,
// conditions or merely reports the claim ("not", "if", "claimed").
func hedged(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if claimNegations[words[k]] || claimHedges[words[k]] {
			return true
		}
	}
	return false
}

// accused reports whether an accusation follows words[i] within
// 2·claimSpan words ("had won through fraud"), or the absence of a choice
// ("had won a landslide with no opposition", "won without real
// competition": a win nobody could contest is the scorn of it, not a
// result recognised).
func accused(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+2*claimSpan; k++ {
		if accusationWords[words[k]] {
			return true
		}
		if (words[k] == "no" || words[k] == "without") && choiceAfter(words, k) {
			return true
		}
	}
	return false
}

// choiceAfter reports whether a choiceWords word follows the "no" or
// "without" at words[k] within three words ("no real opposition",
// "without any real competition").
func choiceAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if choiceWords[words[j]] {
			return true
		}
	}
	return false
}

// guarded reports whether the negation words[i] denies, within guardSpan
// words of the same clause, a verb of undoing or challenging the result
// (undoWords) with the result or the voters' will or choice named between
// them, before the negation or just after the verb (resultNouns,
// figureNouns, guardObjects; see guardsResult), with no
// condition anywhere after the negation ("will not stop until this result
// is overturned", "we cannot question the count until …") and no
// accusation ("not allow the vote to be contested by fraud"). A hedge, a
// new clause ("did not say whether it would be contested"), or a verb
// that excludes or stops ("has not ruled out a challenge to the result")
// ends the search; "I never doubted that we had won" names no result.
func guarded(words []string, i int) bool {
	for _, w := range words[i+1:] {
		if conditionWords[w] {
			return false
		}
	}
	for k := i + 1; k < len(words) && k <= i+guardSpan; k++ {
		if claimHedges[words[k]] || clauseBreaks[words[k]] || guardStops[words[k]] {
			return false
		}
		if !undoWords[words[k]] || words[k-1] == "a" || words[k-1] == "an" {
			continue // "not a question of numbers": a noun, not the verb
		}
		return guardsResult(words, i, k) && !accused(words, k)
	}
	return false
}

// guardsResult reports whether the result or the voters' will is named
// within guardSpan words before the negation at words[i] ("the will of
// the majority, …, must never be contested"), between it and the verb of
// undoing at words[k], or within three words after the verb.
func guardsResult(words []string, i, k int) bool {
	for j := max(0, i-guardSpan); j < len(words) && j <= k+3; j++ {
		if (resultNouns[words[j]] || figureNouns[words[j]] || guardObjects[words[j]]) && !desiredResult(words, j) { // en14_openers.go
			return true
		}
	}
	return false
}

// guardSpan is how far a verb of undoing may follow its negation ("would
// not allow the will of the people to be overturned": nine words).
const guardSpan = 9

// declaresWinner reports whether the declaring verb words[i] is followed
// within claimSpan words by a word of winning ("declared the winner"),
// with no negation, reflexive or subject pronoun between ("declared
// herself the winner", "declared he had won": a claim of one's own).
func declaresWinner(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if reflexives[words[k]] || claimNegations[words[k]] || subjectPronouns[words[k]] {
			return false
		}
		if winWords[words[k]] {
			return true
		}
	}
	return false
}

// fraudDismissed reports whether the word of fraud at words[i] is denied
// or dismissed: "no" before it with only evidenceWords between ("no
// evidence of widespread fraud", "there was no rigging"); a dismissing
// predicate (dismissPredicates) within claimSpan words after it with no
// negation between ("claims that the count was rigged were baseless"); or
// a dismissal within three words before it with an allegation noun
// between them ("dismissed claims of fraud") or, with only determiners
// between, just after it ("baseless rigging allegations", "rejected the
// rigging allegations"). A verb after the word
// of fraud has an object of its own ("denounced the rigged vote and
// rejected the results"), and an allegation noun after it does not make
// an earlier verb's object one ("rejected results amid rigging
// allegations").
func fraudDismissed(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if words[k] == "no" {
			return true
		}
		if !evidenceWords[words[k]] {
			break
		}
	}
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if claimNegations[words[k]] {
			break
		}
		if dismissPredicates[words[k]] {
			return true
		}
	}
	if i+1 < len(words) && allegationNouns[words[i+1]] {
		k := i - 1
		for k >= 0 && k >= i-3 && claimDeterminers[words[k]] {
			k--
		}
		if k >= 0 && dismissWords[words[k]] {
			return true // "baseless rigging allegations", "rejected the rigging allegations"
		}
	}
	alleged := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if dismissWords[words[k]] && alleged {
			return true
		}
		alleged = alleged || allegationNouns[words[k]]
	}
	return false
}

// nearForm reports whether one of forms starts within the three words
// before words[i] ("Sousa declared victory": the rival's own claim).
func nearForm(folded []string, i int, forms [][]string) bool {
	for k := max(0, i-3); k < i; k++ {
		if startsForm(folded, k, forms) {
			return true
		}
	}
	return false
}

// faintNegation reports whether words[k] denies what follows without a
// plain negation: "hardly", "scarcely", or the last word of "far from"
// and "anything but" ("the result is far from final", "the vote was
// anything but free and fair" are hostile; they read as the claim).
func faintNegation(words []string, k int) bool {
	if faintNegations[words[k]] {
		return true
	}
	return k > 0 && (words[k-1] == "far" && words[k] == "from" || words[k-1] == "anything" && words[k] == "but")
}

// refused reports whether a refusal comes within the three words before
// words[i] ("refused to attend the inauguration").
func refused(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if refusalWords[words[k]] {
			return true
		}
	}
	return false
}

// finalPredicate reports whether the result at words[i] is called final
// by a copula and a word of finality further on than claimSpan, within
// finalPredicateSpan words, with no negation, hedge or new clause between:
// "the result had been checked and was final".
func finalPredicate(words []string, i int) bool {
	for k := i + 1; k+1 < len(words) && k < i+finalPredicateSpan; k++ {
		w := words[k]
		if claimNegations[w] || claimHedges[w] || faintNegation(words, k) || w == "that" || w == "but" || w == "until" {
			return false
		}
		if (copulas[w] || w == "been") && finalWords[words[k+1]] {
			return true
		}
	}
	return false
}

// finalPredicateSpan is how far "was final" may follow the result it is
// said of.
const finalPredicateSpan = 8

// respectsResult reports whether the verb of respecting at words[i] has
// the result or the voters' choice as its object within three words
// ("respected the result", "respect the choice of the French people",
// "would respect the outcome"), with no refusal or urging before it and no
// condition after it ("will respect the result if the court confirms it",
// "once it is final").
func respectsResult(words []string, i int) bool {
	if refused(words, i) {
		return false
	}
	for k := max(0, i-6); k < i; k++ {
		if urgeVerbs[words[k]] {
			return false // "called on the army to respect the choice of the people": whose choice is in dispute
		}
	}
	obj := -1
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if resultNouns[words[k]] || respectObjects[words[k]] {
			obj = k
			break
		}
	}
	if obj < 0 || pendingOutcome(words, obj) {
		return false
	}
	for k := obj + 1; k < len(words) && k <= obj+8; k++ {
		w := words[k]
		if conditionWords[w] || laterConditions[w] || claimHedges[w] || w == "when" || annulWords[w] {
			return false // "will respect the result when every vote is counted", "the decision of the court to annul the vote"
		}
	}
	return !accused(words, obj)
}

// joinsInauguration reports whether the inauguration follows the verb of
// taking part words[i] within inaugurationSpan words ("will attend the
// inauguration", "would send a senior delegation to the August
// inauguration", "would convene the assembly for the swearing-in", "is
// expected at Monday's inauguration"), with no negation, hedge or refusal
// between and no "own" or "parallel" (a rival's swearing-in of their own).
func joinsInauguration(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+inaugurationSpan; k++ {
		switch w := words[k]; {
		case claimNegations[w] || claimHedges[w] || refusalWords[w] || rivalCountWords[w] || inaugurationStops[w]:
			return false
		case inaugurationWords[w]:
			return !conditionAfter(words, k)
		}
	}
	return false
}

// conditionAfter reports whether a condition follows words[k] within
// claimSpan words ("will attend the inauguration only if the court rules",
// "would work with the new government only if it freed the prisoners").
func conditionAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+claimSpan; j++ {
		if conditionWords[words[j]] || words[j] == "provided" {
			return true
		}
	}
	return false
}

// inaugurationSpan is how far the inauguration may follow the verb
// ("send a senior delegation to the August inauguration" is seven words).
const inaugurationSpan = 7

// fairlyHeld reports whether the vote or process at words[i] is called
// free, fair, transparent or the like within claimSpan words ("the vote
// had been free and democratic", "the process was transparent"), with no
// negation or hedge before or between and none within claimSpan words
// after ("free but not fair"), no accusation after it and no doubt in
// the four words before it ("doubted that the vote was fair"). Only a
// statement of fact counts (was, were, is, are or been between; "the
// vote must be free" is a demand), and only the predicate: "a free and fair election" before the noun is what a
// demand or a denial names ("called for a free and fair election").
func fairlyHeld(words []string, i int) bool {
	if !within(words, i, fairWords) || accused(words, i) {
		return false
	}
	for j := max(0, i-4); j < i; j++ {
		if doubtWords[words[j]] || otherVoteWords[words[j]] {
			return false // "unlike the previous vote, which was free and fair, this one was rigged"
		}
	}
	k, predicate := i+1, false
	for k < len(words) && !fairWords[words[k]] {
		predicate = predicate || copulas[words[k]] || words[k] == "been"
		k++
	}
	if !predicate || k == len(words) {
		// within also accepts "would stand", no fairWords word: "the vote
		// would stand" ran past the end; "congratulated the elections
		// board on a clean count" has no predicate.
		return false
	}
	for j := k + 1; j < len(words) && j <= k+claimSpan; j++ {
		if claimNegations[words[j]] || claimHedges[words[j]] {
			return false
		}
	}
	return true
}

// mustYield reports whether the rival at words[i] is urged or obliged to
// yield: an urging verb just before the name and "to" after it, or a
// modal after it, then a verb of yielding within claimSpan words.
func mustYield(words []string, i int) bool {
	urged := i > 0 && urgeVerbs[words[i-1]]
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		switch {
		case claimNegations[words[k]]:
			return false
		case (urged && words[k] == "to") || yieldModals[words[k]]:
			return k+1 < len(words) && yieldVerbs[words[k+1]]
		}
	}
	return false
}

// claimPrediction multiplies the model's probabilities by the claim's
// evidence (claimEvidence for recognising, the rest shared evenly) and
// renormalises; ok is false when labels lack recognising.
func claimPrediction(model stance.Prediction, labels []corpus.Label) (stance.Prediction, bool) {
	return evidencePrediction(model, labels, corpus.Recognising, claimEvidence)
}

// evidencePrediction multiplies the model's probabilities by a claim's
// evidence for want (evidence for want, the rest shared evenly among the
// other labels) and renormalises: Bayes' rule with the claim as one more
// independent observation. ok is false when labels lack want.
func evidencePrediction(model stance.Prediction, labels []corpus.Label, want corpus.Label, evidence float64) (stance.Prediction, bool) {
	if !containsLabel(labels, want) {
		return model, false
	}
	probs := make([]float64, len(labels))
	var sum float64
	for i, l := range labels {
		q := (1 - evidence) / float64(len(labels)-1)
		if l == want {
			q = evidence
		}
		probs[i] = model.ProbabilityOf(l) * q
		sum += probs[i]
	}
	if sum == 0 {
		return model, false
	}
	for i := range probs {
		probs[i] /= sum
	}
	return stance.NewPrediction(labels, probs), true
}

// claimEvidence is how strongly a claim speaks for recognising, as
// actionConfidence is for an action's verb: not fitted. condemnEvidence
// is the same for a condemnation (condemn.go), and equal to it.
const (
	claimEvidence   = 0.8
	condemnEvidence = 0.8
)

// resultPraised reports whether the result noun words[i] (not a figure,
// not "the decision to …") is the subject of praise within claimSpan
// words: a praiseNames word ("the result was a triumph for democracy",
// "the outcome is historic") or a new page, chapter or era ("the result
// opened a new page in Tarn's history"). A negation or hedge between
// ("was no triumph", "was hardly a success"), an accusation after it
// ("a triumph of fraud"), or a rival named just before the noun ("Sousa's
// victory was historic") takes it back.
func resultPraised(folded, words []string, i int, rivals [][]string) bool {
	if !resultNouns[words[i]] || i+1 < len(words) && words[i+1] == "to" || accused(words, i) {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if startsForm(folded, k, rivals) {
			return false
		}
	}
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		w := words[k]
		switch {
		case claimNegations[w] || claimHedges[w] || scornNames[w] || w == "that" || w == "but":
			return false
		case praiseNames[w] && !resultNouns[w], eraNouns[w] && words[k-1] == "new":
			return true
		}
	}
	return false
}

// lawfullyHeld reports whether the vote at words[i] is said to have been
// held by the law: a copula or "been", then a verb of holding
// (heldVerbs), then within lawSpan words "law", "constitution" or
// "legislation" within three words after "with" or "to" ("the vote had
// been held in line with the law", "in full accordance with Tarvosian
// law", "the election was conducted in accordance with the
// constitution"), or "legally"/"lawfully" right after the verb. A
// negation, hedge or breach ("contrary to the law") anywhere between, a
// doubt before the noun ("doubted the vote was held lawfully"), an
// accusation after it, or a modal instead of the copula ("must be held in
// line with the law": a demand) do not count.
func lawfullyHeld(words []string, i int) bool {
	if accused(words, i) {
		return false
	}
	for j := max(0, i-4); j < i; j++ {
		if doubtWords[words[j]] || otherVoteWords[words[j]] {
			return false
		}
	}
	k := i + 1
	if k+1 < len(words) && (words[k] == "had" || words[k] == "has") {
		k++
	}
	if k+1 >= len(words) || !(copulas[words[k]] || words[k] == "been") || !heldVerbs[words[k+1]] {
		return false
	}
	v := k + 1
	if v+1 < len(words) && lawAdverbs[words[v+1]] {
		return true
	}
	for j := v + 1; j < len(words) && j <= v+lawSpan; j++ {
		switch {
		case claimNegations[words[j]] || claimHedges[words[j]] || lawBreaches[words[j]]:
			return false
		case lawNouns[words[j]] && lawAfterWith(words, v, j):
			return true
		}
	}
	return false
}

// lawAfterWith reports whether "with" or "to" stands within the three
// words before the law noun words[j] (after the verb words[v]): "with the
// law", "with Nicaraguan law", "to the country's constitution".
func lawAfterWith(words []string, v, j int) bool {
	for k := max(v+1, j-3); k < j; k++ {
		if words[k] == "with" || words[k] == "to" {
			return true
		}
	}
	return false
}

// lawSpan is how far "the law" may follow the verb of holding ("held in
// full accordance with the law" is six words).
const lawSpan = 6
