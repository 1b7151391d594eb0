package article

import (
	"fmt"
	"maps"
	"math"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/lang"
)

// Analysis is a remark with its predicted stance.
type Analysis struct {
	Remark
	// Prediction is the prediction for the remark's run: every remark of a
	// run repeats it (see [Remark.Run]). It is the zero Prediction for a
	// NoStance remark and when there is no classifier.
	Prediction stance.Prediction
	// Explanation is set when the classifier is a *stance.Model.
	Explanation *stance.Explanation
	// AboutResult tells whether the remark's run is about the election
	// result, with the probability the judge gave; see [Reader.AboutResult].
	AboutResult            bool
	AboutResultProbability float64
	// ByVerb is set when the verb rule gave the prediction rather than
	// the classifier: for an action, a recognition verb, its negation or
	// postponement, and its object in the election context decide it
	// ("has yet to congratulate" → withholding; see actionStance); for any
	// remark, congratulating one of the context's rivals (and never naming
	// the winner) is hostile, which the model, reading "congratulate", gets
	// wrong even with the context; and a claim that recognises the result
	// ("Lima had won", "the result stands", "urged Sousa to step aside";
	// see claimStance) is multiplied into the classifier's probabilities,
	// or is the verdict of an action the verb rule has none for. Its
	// Explanation (when set) still explains the classifier's own reading,
	// which the verb rule overrode, so its label may differ.
	ByVerb bool
}

// Summary is one speaker's stance over their remarks.
type Summary struct {
	// Speaker is as in [Remark]; "" collects the remarks without a speaker.
	Speaker string
	Role    string
	// Aliases and For are as in [Remark].
	Aliases []string
	For     string
	// Remarks is the number of the speaker's remarks about the result that
	// were classified; OffTopic the number not about the result; NoStance
	// the number of actions without a stance ("remained silent").
	Remarks, OffTopic, NoStance int
	// Counts is the number of on-topic remarks predicted with each label
	// (every label of the classifier is present).
	Counts map[corpus.Label]int
	// LogProbability is Σ log P(label | remark) over the on-topic remarks
	// that have at least one known feature.
	LogProbability map[corpus.Label]float64
	// Probabilities are the speaker's probabilities under the summary rule
	// (see [Rule]); nil when the speaker has no on-topic remark.
	Probabilities map[corpus.Label]float64
	// Stance is the speaker's overall stance under the rule; empty when
	// the speaker made no on-topic remark.
	Stance corpus.Label
}

// Result is the analysis of one article.
type Result struct {
	// Lang is the language the article was read in: [Reader.Lang], or
	// the code lang.Detect gave ("und" when it refused to guess, and the
	// article was then read by the English rules).
	Lang    string
	Remarks []Analysis
	// Speakers has one summary per speaker, in order of first remark.
	Speakers []Summary
}

// AboutResultFunc judges whether a remark (the text of its whole run, in
// the article's election context) is about the election result: a
// statement that could take a stance on it, rather than talk of the
// economy, the war or disinformation. [AboutJudge.Judge] is one.
type AboutResultFunc func(ctx stance.Context, text string) (about bool, probability float64)

// AboutEverything is the judge that counts every remark as about the result,
// with probability 1: the reader as it was before it had a judge, for
// comparisons.
func AboutEverything(stance.Context, string) (bool, float64) { return true, 1 }

// Reader labels the remarks of an article and sums them up per speaker.
// The zero Reader finds remarks and speakers, and judges what is about the
// result, without labelling them.
type Reader struct {
	Classifier stance.Classifier
	// AboutResult judges whether a remark is about the result; nil is the
	// default judge ([DefaultAboutJudge]).
	AboutResult AboutResultFunc
	// Rule sums up each speaker's remarks; the zero value is DefaultRule.
	Rule Rule
	// Context is the election's winner and rivals, given to the classifier
	// (when it is a stance.ContextClassifier) and to the judge with every
	// run. The zero Context is the text alone: the reader infers no
	// context from the article. A full name given alone ("Nicolás Maduro
	// Moros") also names its bearer by the surnames the article uses on
	// their own ("Maduro"; nameforms.go).
	Context stance.Context
	// Lang is the article's language, an ISO 639-1 code or a name
	// lang.Parse reads ("es", "spanish"); empty detects it with
	// lang.Detect. It chooses the conventions the remarks are found by
	// ([ExtractLang]): English's full rules, or the direct quotations,
	// reported speech and reported acts of German, Spanish, French,
	// Portuguese and Russian. A language the
	// reader has no conventions for (or one lang.Parse does not know) is
	// read by the English rules. The classifier is the caller's to match
	// with the language: stance.DefaultLanguage gives the default model
	// of a language, or an error wrapping stance.ErrUnsupportedLanguage.
	Lang string
	// text is the article being analysed (set by analyze): a rule may read
	// the sentence around a remark (rivalself12.go).
	text string
}

// Analyze extracts the remarks of an article (see [Extract]) and labels
// them with c, with the [DefaultRule], the default judge of what is about
// the result and no election context: Reader{Classifier: c}.Analyze(text).
func Analyze(text string, c stance.Classifier) Result {
	return Reader{Classifier: c}.Analyze(text)
}

// Analyze extracts the remarks of an article in its language (see
// [Reader.Lang]) and labels each run of remarks once (every remark of the run repeats the run's prediction).
// When the classifier is a *stance.Model, every remark also gets its
// run's Explanation. The judge (AboutResult) says whether each run is
// about the result, except for actions: an action is made only by a stance
// verb ("congratulated", "has yet to congratulate", "sent congratulations",
// "remained silent"), so the pattern has said it is about the result, and
// it gets AboutResult true with probability 1 unjudged (the judge, trained
// on statements, reads such third-person fragments as "sent messages
// within the hour" poorly). A remark that is not about the result, or an
// action without a stance, counts in the speaker's OffTopic or NoStance and
// not in their stance. The verb rule (see [Analysis.ByVerb]) labels the
// actions it has a verdict on, and any remark that congratulates a rival;
// a commentator's remarks (an economist, a political scientist, a
// bystander, as the article describes them) are about the result only when
// the judge is nearly sure, and their actions only with a recognition verb.
//
// The default judge was trained on English statements: for an article
// read in another language's conventions, a nil AboutResult counts every
// remark as about the result (AboutEverything) except a commentator's
// (intl_commentator.go), which none is, and a process reporter's: with a
// nil AboutResult, a speaker whose every remark reports how the vote ran
// (turnout, polling stations, ballots; process.go) is off the result.
//
// Empty input, or input with no remark, gives a Result with no remarks and
// no speakers. HTML character references and tags are read as a browser
// shows them, offsets still indexing text (see [Remark]). A nil classifier gives remarks with zero predictions and
// summaries without a stance.
func (r Reader) Analyze(text string) Result {
	plain, m := plainText(text)
	res := r.analyze(plain)
	for i := range res.Remarks {
		m.remark(&res.Remarks[i].Remark)
	}
	return res
}

// analyze is Analyze on text without markup (markup.go).
func (r Reader) analyze(text string) Result {
	r.Context, r.text = withSurnames(r.Context, text), text
	if m, ok := r.Classifier.(*stance.Model); ok && m == nil {
		r.Classifier = nil
	}
	code := r.language(text)
	unjudged := false                // no judge reads the language: commentators are off the result
	ownJudge := r.AboutResult == nil // the reader's own judges of what is about the result
	if ownJudge {
		r.AboutResult = AboutEverything
		if lexicons[code] == nil {
			r.AboutResult = defaultJudge() // the default judge reads English
		} else {
			unjudged = true
		}
	}
	remarks := extractLang(text, code)
	en32RivalOffice(r.Context, text, remarks) // en32_rivaloffice.go: "the opposition leader" is the one rival speaking
	var process map[string]bool               // speakers who only report how the vote ran (process.go)
	if ownJudge {
		process = processSpeakers(r.Context, code, remarks)
	}
	commentators := r.commentators(code, text, remarks, unjudged)
	winners := winnerSpeakers(r.Context, remarks)
	camp := campSpeakers(r.Context, remarks, winners)
	authorities := authoritySpeakers(remarks) // authority.go
	officers := officerSpeakers(remarks)
	off24OfficerSpeakers(text, remarks, officers) // off24_officer.go: "Federal Returning Officer X", ", who heads the electoral commission"
	res := Result{Lang: code, Remarks: make([]Analysis, len(remarks))}
	var lastAct *Analysis // the last action with a stance
	for i, rm := range remarks {
		if rm.Run != i {
			head := res.Remarks[rm.Run]
			a := head
			a.Remark = rm
			res.Remarks[i] = a
			continue
		}
		run := runText(remarks, i)
		a := r.analyzeRun(rm, run, commentators[rm.Speaker], lexicons[code] == nil)
		if lexicons[code] == nil {
			r.englishRules(&a, run, commentators[rm.Speaker])
		}
		if unjudged && commentators[rm.Speaker] || process[rm.Speaker] {
			a.AboutResult, a.AboutResultProbability = false, 0
		}
		if lx := lexicons[code]; lx != nil {
			r.languageRules(lx, &a, code, run, commentators[rm.Speaker], unjudged, remarks)
		}
		if officers[rm.Speaker] && rm.Kind != Action && a.AboutResult && !a.ByVerb && procedural(r.Context, run) {
			a.AboutResult, a.AboutResultProbability = false, 0 // "turnout stood at 61 per cent" (authority.go)
		}
		if (winners[rm.Speaker] || camp[rm.Speaker] && campClaim(a, run)) && !rm.NoStance {
			a = r.winnerRun(a) // winner_camp.go: "CPP spokesman Sok Eysan said the party won …"
		} else if authorities[rm.Speaker] && !rm.NoStance {
			a = r.authorityRun(a)
		}
		repeated(&a, run, lastAct, res.Remarks[:i])
		r.lab28romTributeAfterGreeting(&a, code, lastAct) // lab28rom_tribute.go: "félicité W, et rendu hommage aux électeurs"
		res.Remarks[i] = a
		if rm.Kind == Action && !rm.NoStance {
			lastAct = &res.Remarks[i]
		}
	}
	if lexicons[code] == nil {
		lab31enSharedAct(res.Remarks) // lab31en_sharedact.go: "Brand said Rahm would send Dal a congratulatory letter"
	}
	off25WeakAsidesIn(r.Context, lexicons[code], res.Remarks) // off25_asides.go, rev26off_verdict.go: a speaker quoted mostly on other things
	res.Speakers = r.summarise(res.Remarks)
	return res
}

// englishRules are the construction rules of English run after the model
// has read a run (the verb rules of English are in analyzeRun).
func (r Reader) englishRules(a *Analysis, run string, commentator bool) {
	r.rivalVictoryRun(a, run)                    // en16_victory.go: "who had claimed victory on election night"
	r.cond22Run(a, "en", run, commentator)       // cond22_run.go: "will hold our congratulations until …"
	r.lab25UntilRun(a, "en", run, commentator)   // lab25_until.go: "until the court rules, I don't consider it closed"
	r.mockedSpeech(a)                            // mm21_mock.go: "said sarcastically"
	r.lab31enScornedRun(a, run, commentator)     // lab31en_scorned.go: "denounced the rejection of the vote"
	r.lab31enOwnGreetingRun(a, run, commentator) // lab31en_owngreeting.go: "We congratulate the president-elect"
	r.lab31enConcernRun(a, run, commentator)     // lab31en_concern.go: "We have serious concerns that …"
	r.unfairVoteRun(a, run, commentator)         // unfair_vote.go: "these elections were not free or fair"
}

// languageRules are the construction rules of the other languages (the
// lexicon lx) run after the model has read a run, in order: refusal and
// finality first, then the verb rule, then the narrower constructions.
func (r Reader) languageRules(lx *langLexicon, a *Analysis, code, run string, commentator, unjudged bool, remarks []Remark) {
	r.lab29romStopShortRun(a, code, run, commentator) // "sin llegar a hablar de fraude" (lab29rom_stopshort.go)
	r.lab29romRiggedForRun(a, code, run, commentator) // "alteradas para darle la victoria" (lab29rom_riggedfor.go)
	// a flat refusal of the result first (intl_refusal.go)
	r.refusalRun(a, code, run, commentator)
	// the result declared final (intl_final.go)
	r.finalRun(a, code, run, commentator)
	lx.byVerb(r, a, run)                       // the verb rule in the article's language (intl_verdict.go)
	lx.gr19DeferredRun(r, a, run)              // "bevor wir ihm gratulieren" (gr19_deferred.go)
	r.cond22Run(a, code, run, commentator)     // "gratulieren, sobald er vereidigt ist" (cond22_run.go)
	r.lab25UntilRun(a, code, run, commentator) // "hasta que el tribunal se pronuncie, no …" (lab25_until.go)
	// "se limitó a decir que …" (lab27rom_confined.go)
	r.lab27romConfinedRun(a, code, run, commentator)
	// "X será el próximo presidente" (lab27rom_nextleader.go)
	r.lab27romNextLeaderRun(a, code, run, commentator)
	// "espera trabajar con el presidente electo" (lab27rom_hopework.go)
	r.lab27romHopeWorkRun(a, code, run, commentator)
	r.condemnRun(a, code, run, commentator)
	r.lab24mlCalledRun(a, code, run, commentator)     // "nannte das Ergebnis „traurig“" (lab24ml_called.go)
	r.lab24mlMockRun(a, code, run, commentator)       // "spottete die Abgeordnete" (lab24ml_mock.go)
	r.lab26mlRespectRun(a, code, run, commentator)    // "respeita a decisão do Conselho" (lab26ml_respect.go)
	r.lab26mlNotContestRun(a, code, run, commentator) // "no impugnará los resultados" (lab26ml_notcontest.go)
	r.fairRun(a, code, run, commentator)              // the vote declared free and fair (intl_fair14.go)
	r.fairActRun(a, code, run, commentator)           // "defendió la limpieza de la votación" (ibero15_fairact.go)
	r.judgeSpeakingAct(code, a, run, unjudged)        // intl_speakingact.go
	r.rivalClaim(code, a, run)                        // intl_rivalclaim.go
	// "wer immer das sein wird" (lab22ml_whoever.go)
	r.lab22mlWhoeverRun(a, code, run, commentator)
	r.lab22mlPeopleRun(a, code, run, commentator, remarks) // "поздравил венесуэльцев с высокой явкой" (lab22ml_people.go)
	r.lab28grObserverRun(a, code, run)                     // an observer mission's criticism (lab28gr_observer.go)
}

// repeated gives an action that repeats what was reported before its
// stance: "A was among the first to congratulate Y, and B followed on
// Tuesday" (followsSuit: B did what A did, the last act with a stance,
// lastAct); "Sara Lind echoed the call", "took a similar line" (the
// stance of the remark before, of any kind, among before; similar.go).
func repeated(a *Analysis, run string, lastAct *Analysis, before []Analysis) {
	if a.Kind != Action || a.NoStance {
		return
	}
	if lastAct != nil && followsSuit(run) {
		a.Prediction, a.ByVerb = lastAct.Prediction, true
	}
	if w := actionWords(run); len(before) > 0 && (similarWords(w) || backedStanceCase(w, wordCaps(run))) { // rec22en_backing.go
		prev := before[len(before)-1]
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = prev.Prediction, true, prev.AboutResult, prev.AboutResultProbability
	}
}

// commentators are the speakers the article describes as commentators (an
// economist, a political scientist, a bystander), in the article's
// language; when no judge reads that language (unjudged), also the
// speakers its lexicon finds off the result.
func (r Reader) commentators(code, text string, remarks []Remark, unjudged bool) map[string]bool {
	lx := lexicons[code]
	if lx == nil {
		return commentatorSpeakers(r.Context, text, remarks)
	}
	commentators := lx.commentatorSpeakers(text, remarks)
	if unjudged {
		for s := range lx.offTopicSpeakers(r.Context, text, remarks) {
			commentators[s] = true
		}
	}
	return commentators
}

// analyzeRun labels the run that starts with rm (run is the run's text)
// and judges whether it is about the result. An action (or a greeting,
// one's own act told, or looking forward to working with the new
// government: cooperationClause) is about the result by its verb, unless
// a commentator's action has no recognition verb; its label is the verb
// rule's when the rule has a verdict. Any other run is
// judged (a commentator's needs commentatorAbout) and classified; the
// verb rule overrides the classifier only to make congratulating a rival
// hostile, and a claim that recognises the result ("Lima had won", "the
// result stands"; claim.go) is multiplied into its probabilities. An
// action without a verb-rule verdict takes the claim's. The English claims
// that reject the result (condemnations, a rival's victory, a struggle
// that goes on, a result that cannot stand or is disowned) are read only
// when english is set, the article being in no language of lexicons:
// those have their own (condemnRun), and English words such as "farce"
// are French and German words too.
func (r Reader) analyzeRun(rm Remark, run string, commentator, english bool) Analysis {
	a := Analysis{Remark: rm}
	coop := rm.Kind != Action && (cooperationClause(r.Context, run) || english && !commentator && about23CoopWith(r.Context, run)) // about23_coop.go
	// A greeting, the speaker's own act told in reported words, or
	// working with the new leader is read as an act is.
	actLike := greetingClause(run) || selfActClause(run) || coop || peopleGreetingClause(r.Context, run) // lab22en_people.go
	if rm.Kind == Action || actLike {
		a.AboutResult, a.AboutResultProbability = true, 1
		if rm.NoStance {
			return a
		}
	} else {
		a.AboutResult, a.AboutResultProbability = r.AboutResult(r.Context, run)
		if commentator && (a.AboutResultProbability < commentatorAbout || rec25OthersClaim(run) || english && off28NoVerdict(run)) { // rec25en_who.go, off28_verdict.go
			a.AboutResult = false
		}
		if english && rm.Inferred && a.AboutResultProbability < inferredAbout {
			a.AboutResult = false // clause_fallback.go
		}
	}
	a.Prediction, a.Explanation = r.classify(run)
	if r.Classifier == nil {
		return a
	}
	v := r.runActionStance(rm, run) // rev22len_people.go: "commended Kenyans … She also congratulated Lima"
	if coop && v == verdictNone {
		v = verdictRecognising
	}
	if rm.Kind == Action && v == verdictNone && commentator {
		a.AboutResult, a.AboutResultProbability = false, 0
	}
	if rm.Kind != Action && v == verdictHostile && !commentator && !a.AboutResult {
		// "said the vote was compromised and called for it to be
		// annulled": a demand to undo the vote, or a rejection of its
		// result, is about the result whatever else the remark says.
		a.AboutResult, a.AboutResultProbability = true, 1
	}
	if w, ok := r.withheldByCondition(a, rm, run, v, english); ok && !commentator {
		return w
	}
	if english && !commentator && rm.Kind != Action && (v == verdictNone || v == verdictWithholding) && (rec29enVerdictDeferred(run) || rev30enTooEarlyRun(r.Context, run)) { // rev29en: a pollster's or analyst's own verdict put off is their calendar, off the result; rec30en_early.go: "far too early to be talking of a win", not when the run recognises and calls a challenge premature (rev30en_early.go)
		return r.rec29enDeferredRun(a) // rec29en_defer.go: "would publish its own assessment only after comparing the tallies"
	}
	if english && !commentator && (v == verdictNone || v == verdictRecognising && rm.Kind != Action) && !actLike {
		if c, ok := r.englishVerdict(a, rm, run, v); ok {
			return c
		}
	}
	claim := claimStance(r.Context, run)
	if rm.Kind == Action && v == verdictNone && !commentator {
		v = claim // "urged Sousa to step aside"
	}
	if rm.Kind != Action && v != verdictHostile && !actLike {
		// A congratulation held back outranks a claim in its condition
		// ("would hold back its congratulations until … the count was
		// final").
		if claim != verdictRecognising || v == verdictWithholding {
			return r.lab30enDelayOrRejection(a, rm, run, v, commentator, english) // lab30en_outrank.go
		}
		if !commentator && claimAbout(r.Context, run) {
			a.AboutResult = true // the judge read the rest of the run (see claimAbout)
		}
		if p, ok := claimPrediction(a.Prediction, r.Classifier.Labels()); ok {
			a.Prediction, a.ByVerb = p, true
		}
		return a
	}
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
	return a
}

// englishVerdict reads an English run that no verb rule judged for a
// verdict on how the vote was held (a remark only: "the playing field was
// not level"; about22_conduct.go) or a challenge renounced or vowed to go
// on ("will not stand in the way of", "would keep fighting the result";
// lab24en_dispute.go). A reported run the verb rule already recognises
// (v) is read only for a challenge renounced (lab26enRenouncedRun).
func (r Reader) englishVerdict(a Analysis, rm Remark, run string, v actionVerdict) (Analysis, bool) {
	if v == verdictRecognising {
		return r.lab26enRenouncedRun(a, run) // lab26en_dispute.go: "he accepted defeat and would not take the result to court"
	}
	if rm.Kind != Action {
		if c, ok := r.conductRun(a, run); ok {
			return c, true
		}
	}
	return r.lab24Run(a, run)
}

// withheldByCondition reads a run that asks for a second round before
// any result is accepted ("the best option would be a runoff"; action.go)
// or makes recognition conditional ("if the court confirms the result, we
// will recognise her"; en21_cond.go): about the result and withholding by
// rule. v is the verb rule's verdict on the run.
func (r Reader) withheldByCondition(a Analysis, rm Remark, run string, v actionVerdict, english bool) (Analysis, bool) {
	if !(rm.Kind != Action && v == verdictNone && runoffPreferred(run) || english && v != verdictHostile && (conditionalRecognition(run) || lab30enUntilDenial(run) && !rev30lenRejectsToo(r.Context, run))) { // lab30en_untilneg.go: "would not recognise W until a court had ruled"; rev30len_narrow.go: not after "Kell had won"
		return a, false
	}
	a.AboutResult, a.AboutResultProbability = true, 1
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
	return a, true
}

// winnerRun labels a run of the election's declared winner (see
// winnerSpeakers): about the result, and recognising by rule with
// actionConfidence. Whatever the winner says after the count, on their
// programme, their opponents or the transition, speaks from the victory
// the count gave them; the model reads "There will be no persecution of
// anyone" or "Nobody will be left out of this government" as hostile by
// their negations.
func (r Reader) winnerRun(a Analysis) Analysis {
	if r.Classifier == nil {
		return a
	}
	if p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult = true
	}
	return a
}

// winnerSpeakers returns the speakers who are the context's declared
// winner: one of their name forms (the speaker or an alias) is, case and
// accents aside, a name form of the winner that is not also a rival's. A
// relative sharing the surname ("Eduardo Lima" when the winner is "Ana
// Lima" or "Lima") is not the winner.
func winnerSpeakers(ctx stance.Context, remarks []Remark) map[string]bool {
	forms := winnerForms(ctx)
	out := make(map[string]bool)
	if len(forms) == 0 {
		return out
	}
	for _, rm := range remarks {
		if rm.Speaker == "" || out[rm.Speaker] {
			continue
		}
		for _, f := range append([]string{rm.Speaker}, rm.Aliases...) {
			if forms[foldName(f)] {
				out[rm.Speaker] = true
				break
			}
		}
	}
	return out
}

// winnerForms are the folded name forms of the context's winner that are
// not also a rival's.
func winnerForms(ctx stance.Context) map[string]bool {
	forms := make(map[string]bool)
	for _, f := range ctx.Winner {
		forms[foldName(f)] = true
	}
	for _, f := range ctx.Rivals {
		delete(forms, foldName(f))
	}
	return forms
}

// greetingClause reports whether a reported remark is a greeting sent
// rather than words said: "posted a message welcoming the new prime
// minister" has the clause "a message welcoming the new prime minister",
// which opens with a greeting noun (within its first three words) and has
// a recognition verb. It is read as an action: about the result by its
// verb, labelled by the verb rule.
func greetingClause(text string) bool {
	w := actionWords(text)
	opens := false
	for i := 0; i < len(w) && i < 3; i++ {
		opens = opens || greetingNouns[w[i]]
	}
	if !opens {
		return false
	}
	for i := range w {
		if recognitionVerb(w, i) {
			return true
		}
	}
	return false
}

// selfActClause reports whether reported words tell of the speaker's own
// act of recognition: a subject pronoun, perhaps "had" or "has", and a
// recognition verb in the past ("wrote that he congratulated Macron,
// calling France an indispensable partner at a dangerous moment"). Such a
// clause is an action told by its actor, and the verb rule reads it as
// one; the model weighs "dangerous" against "congratulated". A verb
// followed by "that" ("she acknowledged that mistakes were made") reports
// a statement, not an act, and stays with the model.
func selfActClause(text string) bool {
	w := actionWords(text)
	if len(w) < 3 || !subjectPronouns[w[0]] || w[0] == "it" {
		return false
	}
	j := 1
	if w[j] == "had" || w[j] == "has" || w[j] == "have" {
		j++
	}
	if j+1 >= len(w) || w[j+1] == "that" || !recognitionVerb(w, j) || elidedThat(w, j) {
		return false
	}
	return strings.HasSuffix(w[j], "ed") || sendVerbs[w[j]]
}

// elidedThat reports whether the verb at w[j] reports a statement with
// "that" left out: a finite verb within four words after it, before any
// relative pronoun ("he acknowledged the result was contested", "she
// recognised the count had been flawed"; not "he congratulated Lima, who
// had won").
func elidedThat(w []string, j int) bool {
	for k := j + 1; k < len(w) && k <= j+4; k++ {
		switch {
		case w[k] == "who" || w[k] == "which" || w[k] == "whose":
			return false
		case copulas[w[k]] || w[k] == "had" || w[k] == "has":
			return true
		}
	}
	return false
}

// accusesAny reports whether any of the words is one of fraud or
// accusation: a remark with one does not accept the result, whatever
// else it says of working together.
func accusesAny(w []string) bool {
	for _, x := range w {
		if fraudWords[x] || accusationWords[x] {
			return true
		}
	}
	return false
}

// cooperationClause reports whether a remark looks forward to working
// with the new government ("said he looked forward to working closely
// with the new administration", "looks forward to deepening ties"): what
// leaders say when they accept a result, read as recognition by rule
// (the judge reads the plans, trade and climate, as off topic). It needs
// "look forward to" with a word of working together within three words
// after "to", no negation or hedge in the three words before, no
// condition or rival after ("with whoever wins", "once the count is
// over", "with Sousa"), and no word of fraud or accusation anywhere in the
// remark.
func cooperationClause(ctx stance.Context, text string) bool {
	w := actionWords(text)
	if accusesAny(w) {
		return false
	}
	rivals := claimForms(ctx.Rivals, ctx.Winner)
	folded := foldWords(w)
	for i := 0; i+3 < len(w); i++ {
		if !lookWords[w[i]] || w[i+1] != "forward" || w[i+2] != "to" || hedged(w, i) {
			continue
		}
		if !within(w, i+2, cooperationWords) {
			continue
		}
		for k := i + 3; k < len(w) && k <= i+12; k++ {
			if conditionWords[w[k]] || claimHedges[w[k]] || laterConditions[w[k]] || startsForm(folded, k, rivals) {
				return false
			}
		}
		return true
	}
	return false
}

// language is the code of the article's language: Lang as lang.Parse
// reads it, or what lang.Detect says of the text.
func (r Reader) language(text string) string {
	if r.Lang == "" {
		code, _ := lang.Detect(text)
		return code
	}
	if code, err := lang.Parse(r.Lang); err == nil {
		return code
	}
	return strings.ToLower(r.Lang)
}

// defaultJudge is the default judge's Judge. The embedded model fails to
// decode only in a broken build (TestDefaultAboutIsCurrent); every remark
// then counts as about the result, as with AboutEverything.
func defaultJudge() AboutResultFunc {
	j, err := DefaultAboutJudge()
	if err != nil {
		return AboutEverything
	}
	return j.Judge
}

// runText is the text of the run that starts at remarks[i]: its remarks'
// texts joined by spaces.
func runText(remarks []Remark, i int) string {
	if i+1 >= len(remarks) || remarks[i+1].Run != i {
		return remarks[i].Text
	}
	var b strings.Builder
	for k := i; k < len(remarks) && remarks[k].Run == i; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(remarks[k].Text)
	}
	return b.String()
}

// classify is the one place a remark's text meets the classifier: a
// classifier that reads an election context gets the Reader's.
func (r Reader) classify(text string) (stance.Prediction, *stance.Explanation) {
	switch c := r.Classifier.(type) {
	case nil:
		return stance.Prediction{}, nil
	case *stance.Model:
		e := c.ExplainIn(r.Context, text)
		return e.Prediction, &e
	case stance.ContextClassifier:
		return c.PredictIn(r.Context, text), nil
	default:
		return c.Predict(text), nil
	}
}

// summarise builds one Summary per speaker, in order of first remark.
func (r Reader) summarise(as []Analysis) []Summary {
	var labels []corpus.Label
	if r.Classifier != nil {
		labels = r.Classifier.Labels()
	}
	var out []Summary
	var preds [][]stance.Prediction // per speaker: the on-topic predictions
	index := make(map[string]int)
	conceders := lab26mlConceders(r.language(r.text), as) // lab26ml_concede.go: "reconheceu a derrota, mas …"
	for _, a := range as {
		k, ok := index[a.Speaker]
		if !ok {
			k = len(out)
			index[a.Speaker] = k
			out = append(out, newSummary(a.Remark, labels))
			preds = append(preds, nil)
		}
		s := &out[k]
		if s.Role == "" {
			s.Role = a.Role
		}
		switch {
		case a.NoStance:
			s.NoStance++
		case !a.AboutResult:
			s.OffTopic++
		case r.Classifier != nil:
			s.Remarks++
			s.Counts[a.Prediction.Label]++
			if agg22Retracts(a) { // a greeting taken back (agg22_retract.go)
				preds[k] = agg22DropRecognising(preds[k])
			}
			if lab26mlOutweighed(conceders, a) {
				continue
			}
			preds[k] = append(preds[k], a.Prediction)
			if !a.Prediction.NoFeatures {
				for _, l := range labels {
					s.LogProbability[l] += math.Log(max(a.Prediction.ProbabilityOf(l), minProbability))
				}
			}
		default:
			s.Remarks++
		}
	}
	var greetFirst []bool
	if r.Classifier != nil && lexicons[r.language(r.text)] == nil {
		greetFirst = lab31enGreetingFirst(r.Context, as, index, len(out)) // lab31en_greetfirst.go: "We congratulate W", then concerns
	}
	for k := range out {
		if greetFirst != nil && greetFirst[k] {
			preds[k] = lab31enOnlyRecognising(preds[k])
		}
		out[k].Stance, out[k].Probabilities = r.Rule.applyWith(preds[k], labels, r.summaryPrior(out[k], preds[k])) // agg21_loneprior.go
	}
	return out
}

func newSummary(rm Remark, labels []corpus.Label) Summary {
	s := Summary{Speaker: rm.Speaker, Role: rm.Role, Aliases: rm.Aliases, For: rm.For,
		Counts: make(map[corpus.Label]int, len(labels)), LogProbability: make(map[corpus.Label]float64, len(labels))}
	for _, l := range labels {
		s.Counts[l] = 0
		s.LogProbability[l] = 0
	}
	return s
}

// minProbability keeps log P finite: a classifier that returns 0 for a
// label costs that label log(1e-12) ≈ −27.6 nats per remark, not −∞.
const minProbability = 1e-12

// Rule is how a speaker's on-topic remarks add up to one stance. Each
// remark of a run carries the run's prediction and counts once. Remarks
// whose prediction has no known feature (they carry only the prior) are
// left out whenever the speaker has other remarks.
type Rule uint8

const (
	// DefaultRule is SpeakerPrior. Over the ten development article
	// sets pooled (1,242 gold speakers; each language's default model,
	// each article's context; TestArticleSetRules) SpeakerPrior got 1,119
	// right, SumLogProbability 1,104, MeanProbability and Majority 1,103
	// and StrongestDeparture 1,080 at the end of the tenth session (at its
	// start 1,063, 1,052, 1,052, 1,051, 1,029; in the ninth, nine sets:
	// 982, 977, 975, 975, 947). The four that weigh all remarks are within
	// noise of each other; SpeakerPrior is the default for its reason: a
	// model trained on balanced statements under-calls recognising among
	// the speakers of reaction reports, and when it was chosen (eighth
	// session, seven sets) it gained most on the sets written by writers
	// blind to the reader (articles_dev3 69 → 71, articles_dev4 79 → 82,
	// articles_lang_dev3 68 → 71 against SumLogProbability) and lost on
	// the set seven sessions of rules were written reading
	// (articles.jsonl 334 → 330). On articles_dev5, whose speakers are
	// only 43 % recognising, it costs 2-3. The prior is not tuned: it is
	// the gold speakers' label shares, at full weight (since the
	// twenty-first session 0.75 for a speaker of one remark:
	// lonePriorWeight); at the tenth
	// session's start, estimated with each set left out of its own prior
	// it scored the same 1,063, and weighted by 0.25, 0.5, 0.75 or 1.25
	// instead of 1 it scored 1,054, 1,064, 1,066 and 1,058 (1,063 at 1,
	// 1,052 at 0: noise).
	// Letting the least recognising remark speak for the speaker is
	// clearly worse, because a misread action or a sharp aside then
	// outweighs everything else the speaker said. (Until the eighth
	// session the default was SumLogProbability, chosen on articles.jsonl
	// alone.)
	DefaultRule Rule = iota
	// MeanProbability averages P(label | remark) over the remarks and takes
	// the most probable label.
	MeanProbability
	// StrongestDeparture lets the remark furthest from recognising speak
	// for the speaker: the one with the lowest P(recognising | remark)
	// gives the label and the probabilities. A leader who congratulates
	// in one breath and withholds in the next is withholding; courteous
	// remarks do not dilute a refusal. Without a "recognising" label it is
	// MeanProbability.
	StrongestDeparture
	// Majority takes the label predicted for most remarks; ties go to the
	// label with the higher mean probability. Probabilities are the means.
	Majority
	// SumLogProbability takes the label with the highest Σ log P(label |
	// remark): the label under which the remarks are jointly most probable
	// if they were independent evidence. The probabilities are
	//
	//	softmax(Σ log P(label | remark) / n)
	//
	// over the n remarks, the normalised geometric mean of the remarks'
	// probabilities: their argmax is the label, and n remarks that agree
	// are about as confident as one. (Until the tenth session they were
	// the arithmetic means, which contradicted the label of 117 labelled
	// speakers of the ten development sets; against the gold labels of
	// the 1,201 speakers that match a gold speaker the geometric means
	// score log loss 0.301 against 0.363, Brier 0.145 against 0.172 and
	// expected calibration error 0.088 against 0.156:
	// TestSpeakerProbabilities.)
	SumLogProbability
	// SpeakerPrior is SumLogProbability with the prior of a speaker's
	// stance in reports of reactions to an election ([SpeakerPriors]):
	// the label with the highest
	//
	//	log(π(label) / u(label)) + Σ log P(label | remark)
	//
	// where u is the classifier's training prior, uniform for the
	// default models, whose corpora are balanced. By Bayes' rule with
	// independent remarks, P(label | remarks) ∝ π(label) Π P(label |
	// remark) / u(label): the classifier's probabilities are corrected
	// from the balanced training prior to the prior of the speakers the
	// reader meets (a prior shift; Saerens, Latinne & Decaestecker 2002,
	// "Adjusting the outputs of a classifier to new a priori
	// probabilities", Neural Computation 14(1)). Labels without a prior
	// (another classifier's label set) get no correction. Probabilities
	// are the prior-corrected geometric means, as for SumLogProbability.
	// A rival of the context gets a rival's prior (rivalPriors,
	// mm20_rivalprior.go); another speaker known by one remark about the
	// result gets π tempered to π^0.75 / Σ π^0.75, so that the prior
	// alone does not turn a lone hesitant non-recognising remark into
	// recognising (lonePriorWeight, agg21_loneprior.go).
	SpeakerPrior
)

var ruleNames = [...]string{"default", "mean", "departure", "majority", "sumlog", "prior"}

// SpeakerPriors returns the prior of a speaker's stance in reports of
// reactions to an election: the share of each label among the 1,736 gold
// speakers of the project's sixteen development article sets
// (articles.jsonl, articles_dev3 to _dev8, articles_heldout,
// articles_lang and articles_lang_dev2 to _dev8 in corpus/articles; 961
// recognising, 364 withholding, 411 hostile): most leaders quoted in such
// reports congratulate the winner. TestSpeakerPriors recounts them.
//
// Until the thirteenth session the prior was counted over the first ten
// of those sets (1,242 speakers, 748/238/256); the six written since
// hold fewer recognising speakers (213 of 494). Recounted over all
// sixteen, each set scored with the prior of the other fifteen, the
// sixteen sets got 1,551 speakers right against 1,546 with the old prior
// (noise, but not tuned: the prior is still the gold shares, at full
// weight).
//
// The prior is one for all articles. Estimating it per article instead,
// by EM over the article's speakers (Saerens et al. 2002) shrunk towards
// this prior by α pseudo-speakers, was worse on the nine sets of the
// ninth session for every α
// tried (0.5 to 16: 948 to 972 right of 1,159, against 982 with this
// prior and 975 with none): an article has few speakers, and the
// classifier's confident misreadings pull its prior after them.
func SpeakerPriors() map[corpus.Label]float64 { return maps.Clone(speakerPriors) }

// speakerPriors is SpeakerPriors' map, read by every SpeakerPrior summary.
var speakerPriors = map[corpus.Label]float64{
	corpus.Recognising: 961.0 / 1736,
	corpus.Withholding: 364.0 / 1736,
	corpus.Hostile:     411.0 / 1736,
}

func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return fmt.Sprintf("Rule(%d)", uint8(r))
}

// Rules lists every rule but DefaultRule, for comparisons.
func Rules() []Rule {
	return []Rule{MeanProbability, StrongestDeparture, Majority, SumLogProbability, SpeakerPrior}
}

// apply sums up ps (one prediction per remark) into a stance and its
// probabilities; no predictions give no stance.
func (r Rule) apply(ps []stance.Prediction, labels []corpus.Label) (corpus.Label, map[corpus.Label]float64) {
	return r.applyWith(ps, labels, speakerPriors)
}

// applyWith is apply with prior as SpeakerPrior's prior (a rival
// candidate's is rivalPriors: mm20_rivalprior.go).
func (r Rule) applyWith(ps []stance.Prediction, labels []corpus.Label, prior map[corpus.Label]float64) (corpus.Label, map[corpus.Label]float64) {
	if len(ps) == 0 || len(labels) == 0 {
		return "", nil
	}
	ev := ps[:0:0]
	for _, p := range ps {
		if !p.NoFeatures {
			ev = append(ev, p)
		}
	}
	if len(ev) == 0 {
		ev = ps
	}
	if r == DefaultRule {
		r = SpeakerPrior
	}
	mean := meanProbabilities(ev, labels)
	switch r {
	case StrongestDeparture:
		if !containsLabel(labels, corpus.Recognising) {
			return argmax(mean, labels), mean
		}
		best := ev[0]
		for _, p := range ev[1:] {
			if p.ProbabilityOf(corpus.Recognising) < best.ProbabilityOf(corpus.Recognising) {
				best = p
			}
		}
		return best.Label, best.Probabilities()
	case Majority:
		return majority(ev, labels, mean), mean
	case SumLogProbability, SpeakerPrior:
		sum := make(map[corpus.Label]float64, len(labels))
		if r == SpeakerPrior {
			for _, l := range labels {
				if pi, ok := prior[l]; ok {
					sum[l] = math.Log(pi * float64(len(labels)))
				}
			}
		}
		for _, p := range ev {
			for _, l := range labels {
				sum[l] += math.Log(max(p.ProbabilityOf(l), minProbability))
			}
		}
		return argmax(sum, labels), geometricMean(sum, len(ev), labels)
	}
	return argmax(mean, labels), mean
}

// geometricMean turns the sums of log-probabilities of n remarks into
// the speaker's probabilities softmax(sum / n): the remarks' normalised
// geometric mean, prior-corrected when the sums hold the prior. Its
// argmax is argmax(sum), so the probabilities never contradict the
// label, and n remarks that agree give about one remark's confidence,
// not the product's (which would be overconfident: the remarks of a
// speaker are not independent evidence). For one remark it is Bayes'
// posterior under the prior.
func geometricMean(sum map[corpus.Label]float64, n int, labels []corpus.Label) map[corpus.Label]float64 {
	out := make(map[corpus.Label]float64, len(labels))
	top := math.Inf(-1)
	for _, l := range labels {
		top = max(top, sum[l]/float64(n))
	}
	z := 0.0
	for _, l := range labels {
		out[l] = math.Exp(sum[l]/float64(n) - top)
		z += out[l]
	}
	for l := range out {
		out[l] /= z
	}
	return out
}

func meanProbabilities(ps []stance.Prediction, labels []corpus.Label) map[corpus.Label]float64 {
	m := make(map[corpus.Label]float64, len(labels))
	for _, p := range ps {
		for _, l := range labels {
			m[l] += p.ProbabilityOf(l) / float64(len(ps))
		}
	}
	return m
}

// argmax is the label with the highest value; ties go to the label listed
// first.
func argmax(v map[corpus.Label]float64, labels []corpus.Label) corpus.Label {
	best := labels[0]
	for _, l := range labels[1:] {
		if v[l] > v[best] {
			best = l
		}
	}
	return best
}

func majority(ps []stance.Prediction, labels []corpus.Label, mean map[corpus.Label]float64) corpus.Label {
	n := make(map[corpus.Label]int, len(labels))
	for _, p := range ps {
		n[p.Label]++
	}
	best := labels[0]
	for _, l := range labels[1:] {
		if n[l] > n[best] || (n[l] == n[best] && mean[l] > mean[best]) {
			best = l
		}
	}
	return best
}

func containsLabel(ls []corpus.Label, l corpus.Label) bool {
	for _, k := range ls {
		if k == l {
			return true
		}
	}
	return false
}
