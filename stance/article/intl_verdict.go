package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// The verb rule of actions (action.go) in the languages of lexicons. The
// language's model, trained on first-person statements, reads a
// third-person act by its words and often misreads it ("schickten
// Glückwünsche" as hostile). As in English, a recognition (a word opening
// with one of the language's recognitionStems: "felicit", "поздрав",
// "gratul", "reconoc", "признал") with no negation or refusal before it
// (nor a negation in the three words after it: "поздравлять Санду не
// планирует", "gratulierte nicht"; a word of delay there counts too:
// "tampoco ha felicitado aún")
// recognises, unless its object names a rival of the context and the act
// never names the winner (hostile); after a negation and a word of delay
// ("aún no ha felicitado", "ещё не поздравил", "noch nicht gratuliert")
// it withholds, as after a negation with a condition later in the act
// ("no reconocerá los resultados hasta conocer el informe"); after a
// refusal with neither ("se negó a reconocer la derrota", "отказался
// признать итоги") it is hostile (the guidelines' rule 1: not recognising
// at all), unless the refusal only avoids ("evitó felicitar"); after a
// negation alone the model chooses between withholding and hostile. Any
// other act is the model's.

// actionVerdict is the verb rule's verdict on the text of an act.
func (l *langLexicon) actionVerdict(ctx stance.Context, text string) actionVerdict {
	if rest := l.afterWhen(text); rest != "" {
		text = rest // "no se pronunció hasta el martes, cuando felicitó a X"
	}
	words := actionWords(text)
	v := -1
	for i, w := range words {
		if l.recognition(w) {
			v = i
			break
		}
	}
	v = l.concessionAt(words, v)                    // "räumte die Niederlage ein" (intl_concede.go)
	v = lab29romCelebratedAt(ctx, l.code, words, v) // "celebró el resultado" (lab29rom_celebrated.go)
	if g := l.givenAsWinner(words); g >= 0 && (v < 0 || g < v) {
		v = g // "dio por ganador a …" (ibero15_givenwinner.go)
	}
	if v >= 0 && l.cond22Demanded(ctx, words, v) {
		return verdictNone // "exigiu que a comissão aceite …" (cond22_demand.go)
	}
	if v >= 0 && (l.otherRecognised(ctx, words, v) || lab30mlFlawsRecognised(l.code, words, v)) {
		return verdictNone // "отказывается признавать долги прошлого правительства", "reconheceu a existência de denúncias" (lab30ml_flaws.go)
	}
	if v >= 0 && l.gr19NotThinking(words) {
		return verdictHostile // "dachte nicht daran, … anzuerkennen" (gr19_notthink.go)
	}
	if l.leftOpen(words) {
		return verdictWithholding // "ließ offen, ob er gratulieren werde" (fgr17_leftopen.go)
	}
	if v >= 0 && l.withoutRecognition(words) {
		return verdictWithholding // "a salué …, sans adresser de félicitations au vainqueur" (fgr14_without.go)
	}
	if v < 0 {
		return l.verdictWithoutVerb(ctx, words) // silence, attacks, condemnations
	}
	negated, delayed, refused := false, false, false
	for j, w := range words[:v] {
		if l.conjunctions[w] {
			// "no siguió su ejemplo y felicitó a Lima": a negation in the
			// clause before "and" is not the verb's
			negated, delayed, refused = false, false, false
			continue
		}
		if l.negators[w] && promptAfter(words[j+1:v]) {
			continue // "no tardó en felicitar", "n'a pas tardé à féliciter": promptly
		}
		negated = negated || l.negators[w] || l.refusals[w]
		refused = refused || l.refusals[w]
		delayed = delayed || l.delays[w] && !l.asEarlyAs(words, j) // "ещё в ночь" (fgr14_earlyas.go)
	}
	for i, w := range words[v+1 : l.gr19AfterEnd(words, v)] { // not past "но" (gr19_but.go)
		negated = negated || l.negators[w]                                        // "поздравлять Санду не планирует", "gratulierte nicht"
		delayed = delayed || negated && l.delays[w] && !l.asEarlyAs(words, v+1+i) // "tampoco ha felicitado aún"
	}
	negated, delayed = l.beforeParticle(words, v, negated, delayed) // "erkannte … nicht an" (intl_concede.go)
	negated, refused = l.refusalAfter(words, v, negated, refused)   // "hat die Glückwünsche verweigert" (fgr14_refusal.go)
	for _, w := range words[v+1:] {
		delayed = delayed || negated && l.conditions[w] // "no reconocerá los resultados hasta conocer …"
	}
	switch {
	case negated && delayed || !negated && l.heldOff(words, v): // "с поздравлениями повременил" (fgr16_holdoff.go)
		return verdictWithholding
	case refused && !l.mildRefusal(words[:v]) && l.ml21RecountRefusal(words, v):
		return verdictWithholding // "se negó a reconocer la derrota y pidió un recuento" (ml21_recount.go)
	case refused && !l.mildRefusal(words[:v]):
		return verdictHostile // "se negó a reconocer la derrota": no condition, a rejection
	case negated:
		return verdictNotRecognising
	}
	winner, _ := mentionsIn(ctx, words)
	if !winner && !rev21grWinnerInflected(ctx, words) && l.ml21PeopleOnly(words, v) {
		return verdictWithholding // "felicitó al pueblo por su jornada cívica" (ml21_people.go)
	}
	_, rival := mentionsIn(ctx, words[v+1:lab29romObjectEnd(l.code, words, v)]) // lab29rom_rivalvictory.go
	if rival && !winner {
		return verdictHostile
	}
	return verdictRecognising
}

// verdictWithoutVerb is actionVerdict's verdict on an act with no
// recognition word: kept silent withholds, an attack on the winner or a
// condemnation of the vote is hostile, anything else is the model's.
func (l *langLexicon) verdictWithoutVerb(ctx stance.Context, words []string) actionVerdict {
	if l.silent(words) || l.keptSilent(words) || l.madeNoComment(words) || l.avoidedJudging(words) { // intl_avoid12.go
		return verdictWithholding // "não se pronunciou", "mantém silêncio" (intl_silence.go)
	}
	if l.attacksWinner(ctx, words) || l.accusesWinner(ctx, words) { // rom19_accuse.go: "acusó a X de …"
		return verdictHostile // "arremetió contra la ganadora" (ib18_attack.go)
	}
	if l.condemnsVote(words) {
		return verdictHostile // "a fustigé un processus qui …", "verurteilte die Wahl" (fgr14_condemnvote.go)
	}
	return verdictNone
}

// afterWhen returns the text after the last comma and word of time
// (the language's whens) in text when a recognition follows it, or "":
// the act told after "when" is the one done, whatever was not done
// before it ("no se pronunció hasta el martes, cuando felicitó a X",
// "il ne s'est exprimé que mardi, lorsqu'il a félicité X").
func (l *langLexicon) afterWhen(text string) string {
	lower := strings.ToLower(text)
	cut := -1
	for _, w := range l.whens {
		sep := ", " + w
		if !strings.HasSuffix(w, "'") {
			sep += " "
		}
		if i := strings.LastIndex(lower, sep); i > cut {
			cut = i + len(sep)
		}
	}
	if cut < 0 {
		return ""
	}
	for _, w := range actionWords(text[cut:]) {
		if l.recognition(w) {
			return text[cut:]
		}
	}
	return ""
}

// promptAfter reports whether one of the two words after a negation is a
// verb of delaying or hesitating (promptVerbs): "did not wait to
// congratulate" says the act came at once ("no tardó en felicitar", "n'a
// pas tardé à féliciter", "não demorou a felicitar", "не замедлил
// поздравить").
func promptAfter(words []string) bool {
	for _, w := range words[:min(2, len(words))] {
		if promptVerbs[w] {
			return true
		}
	}
	return false
}

// mildRefusal reports whether the refusal in words is one of avoiding
// rather than rejecting ("evitó felicitar", "воздержался от
// поздравлений"): it withholds or not as the model reads it.
func (l *langLexicon) mildRefusal(words []string) bool {
	for _, w := range words {
		if l.refusals[w] && l.avoids[w] {
			return true
		}
	}
	return false
}

// recognition reports whether w opens with one of the language's
// recognition stems.
func (l *langLexicon) recognition(w string) bool {
	for _, s := range l.recognitionStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// byVerb labels the action a of an article read in the language of l by
// the verb rule, when the rule has a verdict and the remark has not been
// labelled by it already. A reported clause is labelled by it only when
// it negates a recognition ("die EU könne das Ergebnis nicht anerkennen",
// "no aceptará lo que llamó …"): the models, trained on first-person
// statements, read the third person's recognition word and miss the
// negation.
func (l *langLexicon) byVerb(r Reader, a *Analysis, run string) {
	if l.byDismissal(r, a, run) {
		return // "keinerlei Hinweise auf Unregelmäßigkeiten" (intl_dismiss.go)
	}
	if a.NoStance || a.ByVerb || r.Classifier == nil || a.Kind != Action && a.Kind != Reported {
		return
	}
	v := l.actionVerdict(r.Context, run)
	v = l.rev29romRivalCelebrant(r.Context, a.Speaker, run, v) // "Arce celebró la victoria" (rev29rom_celebrated.go)
	refused := a.Kind == Reported && (v == verdictNone || v == verdictHostile) && l.reportedCondemnation(run)
	if refused {
		v = verdictHostile // "qu'il refusait ces chiffres" (rom19_reportedrefusal.go)
	}
	if a.Kind == Reported && !refused && v != verdictNotRecognising && v != verdictWithholding {
		return
	}
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
}

// otherRecognised reports whether the Russian imperfective признавать at
// words[v] recognises something other than the result: the imperfective
// is said of debts, rulings and mistakes as readily as of a vote, so
// only an object within four words that names the result, the winner or
// a rival (ruResultStems, a name of the context) makes it a recognition
// ("отказывается признавать итоги"); "признавать долги" is none.
func (l *langLexicon) otherRecognised(ctx stance.Context, words []string, v int) bool {
	if l.code != "ru" || !strings.HasPrefix(words[v], "признава") {
		return false
	}
	span := words[v+1 : min(len(words), v+5)]
	if w, r := mentionsIn(ctx, span); w || r {
		return false
	}
	for _, o := range span {
		for _, stem := range ruResultStems {
			if strings.HasPrefix(o, stem) {
				return false
			}
		}
	}
	return true
}
