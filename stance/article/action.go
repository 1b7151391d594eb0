package article

import (
	"slices"
	"strings"
	"unicode"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// An action ("X has yet to congratulate Y", "X sent congratulations
// within hours", "X congratulated Y on his victory") is a third-person
// fragment: the model, trained on what speakers say in the first person,
// reads "have yet to congratulate the president-elect" as recognising by
// its verb and "sent congratulations within a day of the commission's
// announcement" as withholding by its tail. What such a fragment means is
// carried by its verb, the verb's polarity and its object, so the reader
// decides those by rule (actionStance) and leaves the rest to the model.

// actionVerdict is what the verb rule says of an action.
type actionVerdict uint8

const (
	verdictNone           actionVerdict = iota // no recognition verb: the model decides
	verdictRecognising                         // "congratulated the winner", "sent congratulations", "conceded"
	verdictHostile                             // "congratulated a rival on his victory"
	verdictWithholding                         // "has yet to congratulate", "has still not conceded"
	verdictNotRecognising                      // "has not congratulated", "refused to accept": withholding or hostile, the model decides which
)

// actionWords splits an action's text into lower-cased words (letters,
// digits, apostrophes and hyphens inside a word), ’ written as '.
func actionWords(text string) []string {
	f := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	})
	for i, w := range f {
		f[i] = lowerWord(w)
	}
	return f
}

// resultObject reports whether a word of the result (resultNouns,
// winWords, resultObjectWords) follows words[i] within five words, as the
// object of a verb of objectStems ("celebrated Lima's win", "endorsed the
// outcome").
func resultObject(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		if w := words[k]; resultNouns[w] || winWords[w] || resultObjectWords[w] {
			return true
		}
	}
	return false
}

// recognitionVerb reports whether words[i] is a verb of recognition
// ("congratulated", "conceded", "accepted", "hailed") or a sending verb
// whose object is a congratulation ("sent congratulations", "issued a
// message of congratulation", "sent a telegram").
func recognitionVerb(words []string, i int) bool {
	w := words[i]
	for _, stem := range recognitionStems {
		if strings.HasPrefix(w, stem) {
			return (!slices.Contains(objectStems, stem) || resultObject(words, i)) && !rec28enCoolGreeting(words, i) // not "celebrated his birthday"; rec28en_greet.go: not "greeted the result with silence"
		}
	}
	if rec24enWishWell(words, i) {
		return true // rec24en_reach.go: "wished him success in office"
	}
	if !sendVerbs[w] {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if greetingNouns[words[k]] {
			return true
		}
	}
	return false
}

// actionStance is the verb rule's verdict on an action's text in an
// election context. A demand decides first (see demandVerdict); otherwise
// the first recognition verb decides, unless it is subordinate ("a week
// after conceding"). Before it, "yet"
// or "still" with a negation postpones (withholding); a bare negation or
// a refusal ("refused to accept") denies recognition without saying how.
// A recognition with no negation recognises, unless its object names one
// of the context's rivals and the verb's own clause never names the winner
// (congratulating a rival on a victory the count does not give him is
// hostile; "congratulated A and thanked B" is not); an object that is the
// people rather than the winner ("congratulated the voters") withholds
// when the act names no winner, victory or new government
// (peopleOnlyGreeting) and is left to the model otherwise, as is an
// action with no recognition verb.
func actionStance(ctx stance.Context, text string) actionVerdict {
	v, _ := actionStanceOf(ctx, text)
	return v
}

// actionStanceOf is actionStance, also reporting whether the verdict is
// that of a greeting of the people alone (peopleOnlyGreeting), which
// analyzeRun weighs against the rest of the paragraph
// (rev22len_people.go).
func actionStanceOf(ctx stance.Context, text string) (actionVerdict, bool) {
	text = lab26enOthersClauseCut(text)               // lab26en_otherclause.go: "…, even as the opposition demanded a recount"
	if cut := rec24enPurposeText(text); cut != text { // rec24en_reach.go: "met his lawmakers to denounce the result"
		if !rev24enAimed(ctx, actionWords(cut)) || rev24enWishToRival(ctx, actionWords(text[:len(text)-len(cut)]), actionWords(cut)) {
			return verdictNone, false // rev24en_aim.go: "flew to Lisbon to congratulate the football team"
		}
		text = cut
	}
	words := actionWords(text)
	if omitsWinner(ctx, words) || retractedGreeting(words) || toneOf(words) == verdictWithholding || rev28romGuardedWithheld(ctx, words) || unsaidQuestion(words) { // en20_openunsaid.go: "would not say whether"; en15_retract.go: "withdrew its congratulations"; en17_tone.go: "was more careful"; lab28rom_tone.go, lab28rom_sentnone.go, rev28rom_narrow.go: "fue más prudente", "n'a adressé aucun message"
		return verdictWithholding, false // "did not call Lima president-elect", "avoided naming Lima"
	}
	if r := judgedAct(ctx, text, words); r != verdictNone {
		return r, false
	}
	if n := rec24enAmongCallers(words); n > 0 {
		if !rev24enCallersAimed(ctx, words, n) {
			return verdictNone, false // rev24en_aim.go: "among the early callers to a radio phone-in"
		}
		return verdictRecognising, false // rec24en_early.go: "was also among the early callers"
	}
	v := -1
	for i := range words {
		if recognitionVerb(words, i) && !subordinate(words, i) {
			v = i
			break
		}
	}
	if v < 0 {
		// Only without a recognition verb: in "had no plans to
		// congratulate Sandu and that the vote could not be called free"
		// the act is the verb's, the refusal another clause's.
		return fairnessVerdict(words), false // en18_phrasal.go
	}
	if mocked(words, v) || lab29enMockedAfter(ctx, words, v) { // lab29en_mock.go: "welcomed the result with a sneer"
		return verdictHostile, false // "offered mock congratulations", "sarcastically congratulated"
	}
	if sentNone(words, v) {
		return verdictWithholding, false // "sent no congratulations", "offered Lima no message"
	}
	negated, delayed := false, false
	for k, w := range words[:v] {
		if (actionNegations[w] || strings.HasSuffix(w, "n't")) && !othersRefusal(words, k) && !lab26enStoppedAlone(words, k) { // lab26en_object.go: "when he stopped in Nadi"
			negated = true
		}
		if actionDelays[w] || actionReserves[w] && k >= v-3 {
			delayed = true // "has yet to", "declined to", "stopped short of": held back, not rejected
		}
		if k >= v-3 && k > 0 && holdVerbs[words[k-1]] && (w == "back" || w == "off") {
			negated, delayed = true, true // "would hold back its congratulations", "held off congratulating"
		}
	}
	switch {
	case negated && (delayed || lab30enDeniedUntil(words, v)): // lab30en_untilneg.go: "would not recognise W until a court had ruled"
		return verdictWithholding, false
	case negated:
		return verdictNotRecognising, false
	}
	winner, _ := mentionsIn(ctx, words[:ownClauseEnd(words, v)])
	if toPeople(words, v) && !winner {
		if peopleOnlyGreeting(ctx, words) { // lab22en_people.go
			return verdictWithholding, true // "commended Kenyans for a calm vote", no word of who won
		}
		return verdictNone, false // "congratulated the voters", not "the Norlanders on electing Lima"
	}
	_, rival := mentionsIn(ctx, objectWords(words, v))
	if rival && !winner && rec24enWishWell(words, v) {
		return verdictNone, false // rec24en_reach.go: "wished Kell well": kindness to the loser, no verdict
	}
	if rival && !winner && !lab26enWinnerObject(ctx, words, v) { // lab26en_object.go: "congratulated the president-elect and praised B"
		return verdictHostile, false
	}
	return verdictRecognising, false
}

// judgedAct is the part of actionStance that reads the act's own words
// before any recognition verb is looked for: rejections, demands, naming,
// scorn, accusations and doubt, each a verdict whatever verb follows.
// It returns verdictNone when none of them fires.
func judgedAct(ctx stance.Context, text string, words []string) actionVerdict {
	if passiveRejection(words) { // passiveby.go: "The result was rejected" (by X)
		return verdictHostile
	}
	if r := rejectionVerdict(words); r != verdictNone {
		return r
	}
	if winnerToldToYield(ctx, words) { // en23_yield.go: "urged W to concede" (rule 14)
		return verdictHostile
	}
	starts := sentenceStarts(text)
	if d := demandVerdict(words, starts); d != verdictNone {
		return d
	}
	if n := namingVerdictAt(words, starts); n != verdictNone && (n != verdictRecognising || !fairnessReserved(words)) { // rev18en: "stopped short of calling the vote fair"
		return n
	}
	if authorityScorned(words) { // en14_opening.go
		return verdictHostile
	}
	if copularScorn(words) || fraudAsserted(words) || heldUnlawfully(words) || standardsUnmet(words) || counterCount(words) || toneOf(words) == verdictHostile { // en17_tone.go: "was blunter"
		return verdictHostile
	}
	if accusesCount(ctx, words) || deniedFair(words) {
		return verdictHostile
	}
	if selfProclaimed(words) {
		return verdictHostile
	}
	if doubtOpens(words) { // mm21_doubt.go: "cast doubt on the result"
		return verdictWithholding
	}
	return verdictNone
}

// mocked reports whether the recognition verb words[v] is said in
// mockery: a mockAdverbs word within two words before it ("sarcastically
// congratulated"), or a mockWords word right before a greeting noun within
// three words after it ("offered mock congratulations", "sent ironic
// greetings"). A congratulation in jest scorns the result; mocking
// someone else ("congratulated Lima, mocking her critics") does not.
func mocked(words []string, v int) bool {
	for k := max(0, v-2); k < v; k++ {
		if mockAdverbs[words[k]] || k == v-1 && mockWords[words[k]] {
			return true // "sarcastically congratulated", "sarcastic congratulations"
		}
	}
	for k := v; k+1 < len(words) && k <= v+3; k++ {
		if mockWords[words[k]] && greetingNouns[words[k+1]] {
			return true
		}
	}
	return false
}

// sentNone reports whether the recognition verb words[v] is a sending
// verb whose greeting is denied by "no" before it ("offered no
// congratulations", "has sent Lima no message"): a congratulation held
// back, as "has not congratulated" is, not a rejection. "No" after the
// greeting ("sent congratulations, and no criticism") denies something
// else.
func sentNone(words []string, v int) bool {
	if !sendVerbs[words[v]] {
		return false
	}
	for k := v + 1; k < len(words) && k <= v+3; k++ {
		if greetingNouns[words[k]] {
			return false
		}
		if words[k] == "no" {
			return true
		}
	}
	return false
}

// ownClauseEnd is the end of the clause of the verb words[v]: the first
// later speech or stance verb, with the "and" before it ("congratulated A
// on his victory and said the alliance would never recognise B"), or the
// end of the action. The winner named only in such a later clause is not
// the one congratulated, so it does not turn a rival's congratulation
// into a recognition.
func ownClauseEnd(words []string, v int) int {
	for k := v + 1; k < len(words); k++ {
		if sayVerbs[words[k]] || contentVerbs[words[k]] {
			if words[k-1] == "and" {
				return k - 1
			}
			return k
		}
	}
	return len(words)
}

// subordinate reports whether the verb words[i] is in a subordinate
// clause of time or concession ("rejects the result a week after
// conceding", "before he congratulated"): background to the action, not
// the action itself.
func subordinate(words []string, i int) bool {
	for k := max(0, i-subordinateSpan); k < i; k++ {
		if subordinators[words[k]] {
			return true
		}
	}
	return false
}

// subordinateSpan is how far before a verb its subordinator may be
// ("after he had conceded": three words).
const subordinateSpan = 3

// objectWords are the words that may name the object of the verb
// words[v]: the next few after it, honorifics and determiners skipped, so
// that a rival named later in the action ("…, and later called Mr B to
// urge him to step aside") is not taken for the one congratulated.
func objectWords(words []string, v int) []string {
	k := v + 1
	for k < len(words) && (honorifics[words[k]] || clauseDeterminers[words[k]] || titles[words[k]]) {
		k++
	}
	return words[k:min(k+objectSpan, len(words))]
}

// objectSpan is how many words of a verb's object may name a person
// ("Joseph R. Biden Jr." is four).
const objectSpan = 4

// demandVerdict reads a demand ("has demanded a recount of every
// precinct", "has called for the election to be annulled", "asked the
// court to annul the vote"): a demand verb followed within demandSpan
// words by an annulment or a new vote is hostile (it rejects the result),
// by a recount, an audit or a review withholding (it asks for
// verification first). Anything else gives no verdict.
func demandVerdict(words []string, starts map[int]bool) actionVerdict {
	for i, w := range words {
		if !demandVerbs[w] && !(callVerbs[w] && i+1 < len(words) && words[i+1] == "for") {
			continue
		}
		if gerundSubject(words, i, starts) || opposedDemand(words, i) { // lab22en_opposed.go: "instead of calling for a new vote"
			continue // "Demanding the cancellation of an election because you lost it is not an argument"
		}
		undo := verdictHostile
		if lab28enDeniedDemand(words, i) {
			if rev28lenButFraud(words, i) {
				continue // rev28len_narrow.go: "stopped short of calling for a rerun but called the count a fraud"
			}
			undo = verdictWithholding // lab28en_demand.go: "stopped short of asking for a new vote"
		}
		for k := i + 1; k < len(words) && k <= i+demandSpan; k++ {
			if nestedDemand(words, k) {
				break // rev22len_demand.go: "urged them to stop calling for a new vote": the later verb's object
			}
			switch {
			case annulWords[words[k]]:
				return undo
			case newVoteWords[words[k]] && k+1 < len(words) && voteNouns[words[k+1]]:
				return undo
			case verifyWords[words[k]]:
				return verdictWithholding
			}
		}
	}
	return verdictNone
}

// rejectionVerdict reads a rejection by its object: rejecting the result
// or the vote ("rejected the count as rigged", "dismissed Lai's victory",
// "disowned the figures", "denounced the vote", "slammed the result") is
// hostile; rejecting a challenge to it ("rejected calls
// for a recount", "dismissed the petitions", "rejected the opposition's
// complaints") defends the result and recognises it, unless the call was
// one to yield ("rejected calls to concede"). The first result or
// challenge noun within rejectSpan words of the verb decides; a negation
// or a subordinator before the verb ("did not reject", "after rejecting")
// leaves the action to the other rules, as does a verb that is not the
// speaker's own act ("anyone who rejects the result", "urged them to
// reject it") or one far into the text, likely another subject's ("…
// declared the party the winner, as the president and the opposition
// rejected it"): an action or a reported clause opens with its verb ("had
// rejected", "he also rejected"). A negation up to three words before the
// verb counts ("has not publicly rejected the result"), and a count that
// is the challengers' own ("rejected the opposition's parallel tally") is
// a challenge.
func rejectionVerdict(words []string) actionVerdict {
	opening := rejectOpening
	if len(words) > 2 && subjectPronouns[words[0]] && words[1] == "and" {
		opening += jointSubjectWords // "she and three other commissioners disowned the results"
	}
	for i, w := range words[:min(len(words), opening)] {
		if !rejectVerbs[w] && !phrasalRejection(words, i) || subordinate(words, i) || (i > 0 && notOwnAct[words[i-1]] && !lab31enOwnTo(words, i)) || negatedBefore(words, i) { // lab31en_quickto.go: "were quick to condemn"
			continue
		}
		end := i + rejectSpan
		if phrasalRejection(words, i) {
			end++ // the particle: "turned down the party's official tally"
		}
		for k := i + 1; k < len(words) && k <= end; k++ {
			if v, ok := rejectedProposition(words, k); ok {
				return v // en17 review: "ridiculed the idea that he would concede"
			}
			switch {
			case challengeNouns[words[k]] || (resultNouns[words[k]] || figureNouns[words[k]]) && rivalCount(words[i+1:k]):
				if k+2 < len(words) && words[k+1] == "to" && yieldVerbs[words[k+2]] {
					return verdictHostile
				}
				return verdictRecognising
			case resultNouns[words[k]] || figureNouns[words[k]] || voteNouns[words[k]]:
				return verdictHostile
			}
		}
	}
	return verdictNone
}

// accusesCount reports whether an act accuses those who ran or won the
// count: an accusing verb opening the text (within rejectOpening words,
// not negated or subordinate), then within accuseSpan words, before "of",
// an election authority or the authorities (accusedBodies: "accused the
// electoral tribunal of …", "accused the authorities of rigging the
// vote") or the context's winner ("accused Lima of buying votes").
// Accusing anyone else ("accused the opposition of stirring unrest", the
// winner's camp speaking) says nothing of the result.
func accusesCount(ctx stance.Context, words []string) bool {
	for i, w := range words[:min(len(words), rejectOpening)] {
		if !accuseVerbs[w] || negatedBefore(words, i) || subordinate(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+accuseSpan; k++ {
			if words[k] != "of" {
				continue
			}
			obj := words[i+1 : k]
			for _, o := range obj {
				if accusedBodies[o] || governmentCountCrime(o, words[k+1:]) { // en15_view.go
					return true
				}
			}
			winner, _ := mentionsIn(ctx, obj)
			return winner
		}
	}
	return false
}

// deniedFair reports whether the text calls a fair vote a lie: a
// denialWords word within four words before a vote said to be free or
// fair (fairlyHeld): "it is a lie that the election was free and fair",
// "the myth that the vote was clean". Saying the vote was fair recognises
// it; calling that a lie rejects it.
func deniedFair(words []string) bool {
	for i, w := range words {
		if !processNouns[w] {
			continue
		}
		for k := max(0, i-4); k < i; k++ {
			if denialWords[words[k]] && fairlyHeld(words, i) {
				return true
			}
		}
	}
	return false
}

// fairnessDenied reports whether the text refuses to call the vote fair:
// a negation, then within three words a verb of calling or speaking
// (fairNamingVerbs), then within three words a fairWords word, with the
// vote named within two words after it or in the six words before the
// negation ("could not speak of a fair election", "the vote cannot be
// called free or fair", "the election could hardly be described as
// democratic"). Refusing to call it fair rejects it; "did not call the
// vote unfair" names no fair word after the verb and so is not read.
func fairnessDenied(words []string) bool {
	for i, w := range words {
		if !claimNegations[w] && w != "hardly" {
			continue
		}
		for v := i + 1; v < len(words) && v <= i+3; v++ {
			if !fairNamingVerbs[words[v]] {
				continue
			}
			for f := v + 1; f < len(words) && f <= v+3; f++ {
				if fairWords[words[f]] && (voteNear(words, f+1, f+3) || voteNear(words, i-6, i)) {
					return true
				}
			}
		}
	}
	return false
}

// voteNear reports whether a processNouns word stands in words[lo:hi]
// (clipped to the text).
func voteNear(words []string, lo, hi int) bool {
	for k := max(0, lo); k < min(len(words), hi); k++ {
		if processNouns[words[k]] {
			return true
		}
	}
	return false
}

// accuseSpan is how far "of" may lie from an accusing verb ("accused the
// Supreme Electoral Tribunal of": five words).
const accuseSpan = 6

// namingVerdict reads an act of naming the result: "called the vote a
// sham", "described the election as a charade", "branded the result
// rigged", "described the exercise as a pseudo-election" are hostile; "called the outcome a victory for democracy",
// "described the vote as a triumph" recognise. The naming verb opens the
// text (within rejectOpening words) and is not negated; its object, a
// result or vote noun, comes within three words (a determiner, an
// adjective, a possessive between), and the name within four words after
// the noun, with no negation or hedge between. A report of someone
// else's naming ("called claims that the vote was a sham baseless") has
// no result noun right after the verb.
func namingVerdict(words []string) actionVerdict {
	return namingVerdictAt(words, nil)
}

// namingVerdictAt is namingVerdict with the text's sentence starts, past
// a naming that is a sentence's subject ("Calling the vote a plot is
// absurd"; gerundNamed, rev22len_naming.go).
func namingVerdictAt(words []string, starts map[int]bool) actionVerdict {
	for i, w := range words[:min(len(words), rejectOpening)] {
		if !namingVerbs[w] || negatedBefore(words, i) || subordinate(words, i) {
			continue
		}
		obj := -1
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if resultNouns[words[k]] || voteNouns[words[k]] || namedNouns[words[k]] || k == i+1 && words[k] == "it" {
				obj = k // "called it a victory of the people": the report's "it" is the vote it is about
				break
			}
			if claimHedges[words[k]] || allegationNouns[words[k]] {
				break
			}
		}
		if obj < 0 || gerundNamed(words, i, obj, starts) {
			continue
		}
		return nameAfter(words, obj)
	}
	return verdictNone
}

// runoffPreferred reports whether a reported remark asks for a second
// round as the way out: a runoff ("runoff", "run-off", "second round")
// with a word of preference or need within runoffSpan words before or
// after it ("the best option would be a runoff", "a second round would be
// the best option", "confidence could only be restored by a run-off"),
// and no negation, condition or avoidance in that window ("there will be
// no runoff", "if a runoff is needed", "the ten points needed to avoid a
// run-off"; runoffBlocks). Asking for one withholds recognition of a
// first-round winner.
func runoffPreferred(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if !runoffWords[w] && !(w == "round" && i > 0 && words[i-1] == "second") {
			continue
		}
		lo, hi := max(0, i-runoffSpan), min(len(words), i+runoffSpan+1)
		preferred := false
		for k := lo; k < hi; k++ {
			if claimNegations[words[k]] || runoffBlocks[words[k]] {
				preferred = false
				break
			}
			preferred = preferred || preferWords[words[k]]
		}
		if preferred {
			return true
		}
	}
	return false
}

// runoffSpan is how far a word of preference may stand from the runoff
// ("could only be restored by a run-off": five words).
const runoffSpan = 5

// copularScorn reports whether the vote or its result is said to be a
// word of scorn or fraud: "the election had been a constitutional coup",
// "the vote was a farce", "the result is a travesty". The noun, not
// hedged or denied in the three words before it ("claims that the vote
// was a sham", "denied the vote was rigged"), is followed at once by a
// copula ("was", "had been"), and nameAfter finds scorn after the copula
// with no negation between ("was not a farce"). Praise is left to the
// claim rule (resultPraised), so a hostile verdict is all it gives.
func copularScorn(words []string) bool {
	for i, w := range words {
		if !(resultNouns[w] || voteNouns[w] || namedNouns[w]) || hedged(words, i) || deniedBefore(words, i) {
			continue
		}
		c := i + 1
		if c+1 < len(words) && (words[c] == "had" || words[c] == "has") && words[c+1] == "been" {
			c++
		}
		if c < len(words) && (copulas[words[c]] || words[c] == "been") && nameAfter(words, c) == verdictHostile {
			return true
		}
	}
	return false
}

// fraudAsserted reports whether the text asserts that fraud took place:
// a fraud noun (assertedFraud) after "signs of", "evidence of", "proof
// of" or "there was/were" within four words, the words between being
// only evidenceWords or determiners ("there were clear signs of fraud",
// "there was massive fraud", "evidence of systematic rigging"). "No",
// a negation or a hedge anywhere before the noun in the clause ("there
// was no evidence of fraud", "claims that there was fraud"; see
// fraudDismissed), a denial before, or a dismissal or absence after it
// ("evidence of fraud was lacking"; absentWords) do not count.
func fraudAsserted(words []string) bool {
	for i, w := range words {
		if !assertedFraud[w] || fraudDismissed(words, i) || deniedBefore(words, i) || lackingAfter(words, i) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			u := words[k]
			if claimNegations[u] || claimHedges[u] || allegationNouns[u] {
				break
			}
			if u == "of" && k > 0 && proofNouns[words[k-1]] || thereIs(words, k) {
				if !negatedBefore(words, k) && !hedgedClause(words, k) {
					return true
				}
				break
			}
			if !evidenceWords[u] && !claimDeterminers[u] && u != "had" {
				break
			}
		}
	}
	return false
}

// lackingAfter reports whether a word of absence follows words[i] within
// claimSpan words ("evidence of fraud was lacking").
func lackingAfter(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if absentWords[words[k]] {
			return true
		}
	}
	return false
}

// thereIs reports whether words[k] is the verb of "there was", "there
// were" or "there had been".
func thereIs(words []string, k int) bool {
	switch {
	case copulas[words[k]]:
		return k > 0 && words[k-1] == "there"
	case words[k] == "been":
		return k > 1 && words[k-2] == "there" && (words[k-1] == "had" || words[k-1] == "has" || words[k-1] == "have")
	}
	return false
}

// hedgedClause reports whether a negation, hedge or allegation noun
// stands in the six words before words[k] ("claims that there was",
// "denied there was").
func hedgedClause(words []string, k int) bool {
	for j := max(0, k-6); j < k; j++ {
		if claimNegations[words[j]] || claimHedges[words[j]] || allegationNouns[words[j]] || denyVerbs[words[j]] || rejectVerbs[words[j]] {
			return true
		}
	}
	return false
}

// heldUnlawfully reports whether the vote is said to have been held
// against the law: a processNouns word, not hedged or denied before it,
// then within unlawfulSpan words an unlawfulWords word with no negation,
// hedge or new clause between ("the vote had taken place in illegally
// occupied territory", "the election was held unlawfully", "the poll was
// illegal"). "The vote was not illegal" and "claims that the vote was
// illegal" do not count.
func heldUnlawfully(words []string) bool {
	for i, w := range words {
		if !processNouns[w] || hedged(words, i) || deniedBefore(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+unlawfulSpan; k++ {
			u := words[k]
			if claimNegations[u] || claimHedges[u] || u == "and" || u == "but" || u == "that" {
				break
			}
			if unlawfulWords[u] {
				return true
			}
		}
	}
	return false
}

// standardsUnmet reports whether the vote is said to have fallen short of
// democratic standards: a standardNouns word right after a standardMods
// word ("minimum standards", "international standards"), with a negation
// or a word of failure (failWords) within four words before or after it
// and no hedge in that window ("minimum standards had not been met", "did
// not comply with international standards", "fell short of democratic
// standards"). "The vote met international standards" and "claims that
// standards were not met" do not count.
func standardsUnmet(words []string) bool {
	for i, w := range words {
		if !standardNouns[w] || i == 0 || !standardMods[words[i-1]] {
			continue
		}
		failed := false
		for k := max(0, i-5); k < min(len(words), i+5); k++ {
			if claimHedges[words[k]] || allegationNouns[words[k]] {
				failed = false
				break
			}
			failed = failed || claimNegations[words[k]] || failWords[words[k]]
		}
		if failed {
			return true
		}
	}
	return false
}

// counterCount reports whether the text sets a count of the challengers'
// own against the official one: a rivalCountWords word ("own",
// "parallel", "opposition's") within three words before a count noun
// (countNouns), then a verb of showing (showVerbs) within five words after
// it, with no negation or hedge between ("the opposition's own copies of
// the tally sheets showed a wide margin", "its parallel count gave
// González 67 per cent"). "The parallel count showed no significant
// difference", "claims that their own tally showed …" and an official
// body's own count ("the commission's own count showed"; officialOwners)
// do not count.
func counterCount(words []string) bool {
	for i, w := range words {
		if !countNouns[w] || hedgedClause(words, i) {
			continue
		}
		own := false
		for k := max(0, i-3); k < i; k++ {
			if officialOwners[words[k]] {
				own = false // "the commission's own count showed": the official count
				break
			}
			own = own || rivalCountWords[words[k]]
		}
		if !own {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if claimNegations[words[k]] || claimHedges[words[k]] {
				break
			}
			if showVerbs[words[k]] {
				return !notAfter(words, k)
			}
		}
	}
	return false
}

// notAfter reports whether "no", "not" or "nothing" follows words[k]
// within two words ("showed no significant difference").
func notAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+2; j++ {
		if claimNegations[words[j]] {
			return true
		}
	}
	return false
}

// unlawfulSpan is how far the word of unlawfulness may follow the vote
// ("the vote had taken place in illegally occupied": five words).
const unlawfulSpan = 5

// deniedBefore reports whether a verb of rejection or denial stands in
// the three words before words[i] ("rejected claims the vote was", "denied
// the vote was").
func deniedBefore(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if rejectVerbs[words[k]] || denyVerbs[words[k]] {
			return true
		}
	}
	return false
}

// nameAfter reads the name given to the result at words[obj], within
// four words after it. A word of scorn or fraud anywhere there outweighs
// one of praise before it ("called the result a victory for fraud",
// "a clear sign of rigging" are hostile), and a negation or hedge after a
// word of praise takes it back ("called the vote free but not fair").
func nameAfter(words []string, obj int) actionVerdict {
	praised := false
	for k := obj + 1; k < len(words) && k <= obj+4; k++ {
		switch {
		case claimNegations[words[k]] || claimHedges[words[k]]:
			return verdictNone
		case scornNames[words[k]] || accusationWords[words[k]] || fraudWords[words[k]] || condemnWords[words[k]]:
			return verdictHostile
		case praiseNames[words[k]] && taintedPraise(words, k):
			return verdictHostile // en19_taint.go: "a victory bought with money"
		case praiseNames[words[k]] || fairWords[words[k]] || finalWords[words[k]]:
			praised = true
		}
	}
	if praised {
		return verdictRecognising
	}
	return verdictNone
}

// gerundSubject reports whether the verb in -ing at words[i] opens a
// sentence of the text (starts) and is the subject of a copula within the next twelve words
// ("Demanding the cancellation of an election because you lost it is not
// an argument"): the demand is named and judged, not made.
func gerundSubject(words []string, i int, starts map[int]bool) bool {
	if !starts[i] || !strings.HasSuffix(words[i], "ing") {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+12; k++ {
		if copulas[words[k]] {
			return true
		}
	}
	return false
}

// sentenceStarts returns the indices, in actionWords(text), of the words
// that may open a sentence: the first, any after a full stop, question or
// exclamation mark, and any capitalised word (a run joins its remarks
// without their punctuation; a verb is capitalised only at a start).
func sentenceStarts(text string) map[int]bool {
	starts := map[int]bool{0: true}
	n, in, end := 0, false, false
	for _, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
		switch {
		case word && !in:
			if end || unicode.IsUpper(r) {
				starts[n] = true
			}
			in, end = true, false
		case !word && in:
			in = false
			n++
		}
		if r == '.' || r == '!' || r == '?' {
			end = true
		}
	}
	return starts
}

// selfProclaimed reports whether the text opens (within rejectOpening
// words) with the actor proclaiming themselves the winner: "declared
// himself the winner", "she considered herself the winner", "proclaimed
// himself president"; the verb is the actor's own (ownVerb: "anyone
// proclaiming himself president" is a warning). Only a candidate the
// count did not declare does that against the result (the declared
// winner's runs are recognising by winnerRun whatever they say). A negation before the verb ("did not
// declare himself the winner") leaves the text to the other rules.
func selfProclaimed(words []string) bool {
	for i, w := range words[:min(len(words), rejectOpening)] {
		if !proclaimVerbs[w] || negatedBefore(words, i) || subordinate(words, i) || i+2 >= len(words) || !reflexives[words[i+1]] || !ownVerb(words[:i]) {
			continue
		}
		for k := i + 2; k < len(words) && k <= i+4; k++ {
			if winWords[words[k]] || words[k] == "president" {
				return true
			}
		}
	}
	return false
}

// ownVerb reports whether the words before a verb leave it the actor's
// own: nothing, or a subject pronoun, auxiliaries and "also" or "already"
// ("she had already declared herself"; not "anyone proclaiming himself").
func ownVerb(before []string) bool {
	for _, w := range before {
		if !subjectPronouns[w] && !auxWords[w] && w != "also" && w != "already" {
			return false
		}
	}
	return true
}

// negatedBefore reports whether a negation comes within the three words
// before words[i].
func negatedBefore(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if guardNegations[words[k]] {
			return true
		}
	}
	return false
}

// rivalCount reports whether the words before a result noun make it the
// challengers' count ("the opposition's parallel tally").
func rivalCount(between []string) bool {
	for _, w := range between {
		if rivalCountWords[w] {
			return true
		}
	}
	return false
}

// rejectOpening is how many words may come before a rejection's verb ("he
// had also rejected").
const rejectOpening = 4

// jointSubjectWords is how much further the verb may stand when the
// clause opens with a pronoun joined to others ("she and three other
// commissioners disowned …"): the speaker's own act, shared.
const jointSubjectWords = 4

// rejectSpan is how far a rejection's object may lie from its verb
// ("rejected all of the opposition's petitions": four words).
const rejectSpan = 4

// demandSpan is how far a demand's object may lie from its verb ("asked
// the Constitutional Court to annul the election": five words).
const demandSpan = 8

// toPeople reports whether the object after words[v] is the people
// ("congratulated voters", "congratulated the people of Peru").
func toPeople(words []string, v int) bool {
	k := v + 1
	if k < len(words) && clauseDeterminers[words[k]] {
		k++
		if peopleAdjective(words, k) { // rev22len_people.go: "the Kenyan people"
			return true
		}
	}
	return k < len(words) && (peopleWords[words[k]] || demonymPlural(words[k]) || lab30enPeopleObject(words, k)) // lab30en_organisers.go: "commended the authorities for a smooth polling day"
}

// demonymPlural reports whether the lower-cased w is a nation's people
// ("kenyans", "ecuadoreans", "icelanders", "congolese"): "commended
// Kenyans for a calm polling day" praises the voters, not the winner.
func demonymPlural(w string) bool {
	switch {
	case lab22enDemonyms[w]: // lexicon_lab22en.go
		return true
	case strings.HasSuffix(w, "ans"):
		return len(w) >= 6 && !strings.Contains(w, "'")
	case strings.HasSuffix(w, "landers"):
		return true
	case strings.HasSuffix(w, "ese"):
		return len(w) >= 7
	}
	return false
}

// mentionsIn reports whether words (lower-cased) contain a name form of
// the context's winner, and one of a rival. A form listed on both sides
// names neither. A possessive ending ('s) is ignored.
func mentionsIn(ctx stance.Context, words []string) (winner, rival bool) {
	folded := make([]string, len(words))
	for i, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		folded[i] = foldName(w)
	}
	has := func(forms []string) bool {
		for _, f := range forms {
			fw := strings.Fields(foldName(strings.NewReplacer("-", " ").Replace(f)))
			if len(fw) > 0 && containsRun(folded, fw) {
				return true
			}
		}
		return false
	}
	shared := func(f string, other []string) bool {
		for _, o := range other {
			if foldName(o) == foldName(f) {
				return true
			}
		}
		return false
	}
	var w, r []string
	for _, f := range ctx.Winner {
		if !shared(f, ctx.Rivals) {
			w = append(w, f)
		}
	}
	for _, f := range ctx.Rivals {
		if !shared(f, ctx.Winner) {
			r = append(r, f)
		}
	}
	return has(w), has(r)
}

// containsRun reports whether run occurs in words as consecutive words;
// words may hold hyphenated compounds ("biden-harris"), whose parts count
// as words.
func containsRun(words, run []string) bool {
	var flat []string
	for _, w := range words {
		flat = append(flat, strings.Split(w, "-")...)
	}
	for i := 0; i+len(run) <= len(flat); i++ {
		ok := true
		for k, r := range run {
			if flat[i+k] != r {
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

// actionPrediction is the prediction for an action under the verb rule:
// model is the classifier's prediction for the action's text, labels the
// classifier's labels. A firm verdict gives its label actionConfidence
// and splits the rest evenly; a denied recognition keeps the model's
// odds between the other labels. decided is false (and model is returned)
// when the rule has no verdict or the classifier lacks the three stance
// labels.
func actionPrediction(v actionVerdict, model stance.Prediction, labels []corpus.Label) (p stance.Prediction, decided bool) {
	if v == verdictNone || !containsLabel(labels, corpus.Recognising) || !containsLabel(labels, corpus.Withholding) || !containsLabel(labels, corpus.Hostile) {
		return model, false
	}
	probs := make([]float64, len(labels))
	if v == verdictNotRecognising {
		var rest float64
		for _, l := range labels {
			if l != corpus.Recognising {
				rest += model.ProbabilityOf(l)
			}
		}
		for i, l := range labels {
			switch {
			case l == corpus.Recognising:
				probs[i] = deniedRecognising
			case rest > 0:
				probs[i] = (1 - deniedRecognising) * model.ProbabilityOf(l) / rest
			}
		}
		return stance.NewPrediction(labels, probs), true
	}
	want := map[actionVerdict]corpus.Label{verdictRecognising: corpus.Recognising, verdictHostile: corpus.Hostile, verdictWithholding: corpus.Withholding}[v]
	for i, l := range labels {
		probs[i] = (1 - actionConfidence) / float64(len(labels)-1)
		if l == want {
			probs[i] = actionConfidence
		}
	}
	return stance.NewPrediction(labels, probs), true
}

// actionConfidence is the probability a firm verdict gives its label, and
// deniedRecognising what a denied recognition leaves to recognising. They
// are not fitted: an action is one piece of evidence among the speaker's
// remarks (Σ log P), and 0.8 lets two confident quotations of the speaker
// outweigh it.
const (
	actionConfidence  = 0.8
	deniedRecognising = 0.05
)

// followsSuit reports whether an action only says its actor did what the
// previous actor did: "followed", "followed suit", "followed on Tuesday",
// "followed within hours" (but not "followed with a message of …", which
// says what).
func followsSuit(text string) bool {
	w := actionWords(text)
	if sameWords(w) {
		return true // "did the same" (en16_same.go)
	}
	if len(w) == 0 || !followVerbs[w[0]] {
		return false
	}
	return len(w) == 1 || followTails[w[1]] || startsWithDigit(w[1])
}
