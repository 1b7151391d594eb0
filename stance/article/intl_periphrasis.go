package article

// Periphrases of saying and acting in Spanish and Portuguese. Reporters
// tell a repeated or escalating reaction with an auxiliary and an
// infinitive ("X, que quedó tercero, volvió a pedir a sus seguidores que
// no reconozcan …", "llegó a decir que …", "voltou a exigir a
// recontagem") and a firm one with a verb of making clear ("dejó claro
// que no trataría a X como presidente legítimo", "deixou claro que …",
// "hizo saber que …", "deu a entender que …"). The finite auxiliary is
// in no list of speech or stance verbs, so the subject was never linked
// to the remark. periphrasisAt reads the auxiliary as the verb the
// infinitive is (saying or acting) and a verb of making clear or known as
// a verb of saying: the remark's subject and text are then found as for
// any such verb, the act's text starting at the auxiliary so that the
// whole periphrasis stays in it.

// periphrasisAt reports whether toks[v] opens a periphrasis of acting
// (action) or of saying (speech) in the language of ix.
func (ix *intl) periphrasisAt(toks []token, v int) (action, speech bool) {
	pl, ok := periphrases[ix.lx.code]
	if !ok || v+2 >= len(toks) || !toks[v].word() {
		return false, false
	}
	w := toks[v].lower
	if pl.auxes[w] && toks[v+1].word() && pl.preps[toks[v+1].lower] && toks[v+2].word() {
		inf := toks[v+2].lower
		return pl.actInf[inf], pl.sayInf[inf]
	}
	if pl.auxes[w] && len(pl.preps) == 0 && toks[v+1].word() {
		inf := toks[v+1].lower // "поспешил поздравить": no preposition
		return pl.actInf[inf], pl.sayInf[inf]
	}
	if !pl.makers[w] && !ix.perfectMaker(toks, v) {
		return false, false
	}
	k := v + 1
	if toks[k].word() && pl.clearLinks[toks[k].lower] {
		k++
	}
	if k+1 < len(toks) && toks[k].word() && pl.clears[toks[k].lower] && toks[k+1].word() && ix.lx.complementizers[toks[k+1].lower] {
		return false, true // "dejó claro que", "fez saber que"
	}
	return false, false
}

// verbKinds reports whether w, the word of toks[v], is a stance verb
// (action) or a speech verb (speech) of the language, or else opens a
// periphrasis of either (periphrasisAt: "volvió a pedir", "dejó claro
// que"). reportedAt reads a verb's kinds through it.
func (ix *intl) verbKinds(toks []token, v int, w string) (action, speech bool) {
	action, speech = ix.lx.actionVerbs[w], ix.lx.speechVerbs[w]
	if speech && !action && ix.purposeSpeech(toks, v) {
		action, speech = true, false // "escreveu ao vencedor para o felicitar" (ib18_purposespeech.go)
	}
	if action && ix.qualifyWithoutJudgement(toks, v) {
		action = false // "qualificou a equipa para a final" (intl_qualify13.go)
	}
	if action && ix.rev20DealtWith(toks, v) {
		action = false // "a traité des questions de sécurité" (rev20rom.go)
	}
	if action && ix.rev29mlCelebrationOff(toks, v) {
		action = false // "festejó en la plaza", "bejubelte seinen Filmpreis" (rev29ml_celebrate.go)
	}
	if action && ix.rev32mlHeld(toks, v) {
		action = false // "celebraron elecciones el mismo día" (rev32ml_held.go)
	}
	if action && ix.offerOffTopic(toks, v) {
		action = false // "ofreció más detalles sobre la reunión" (ibero14_offer.go)
	}
	if !action && !speech {
		action, speech = ix.periphrasisAt(toks, v)
	}
	if !action && !speech {
		action = ix.inviteAt(toks, v) || ix.promiseAt(toks, v) || ix.continuedWithout(toks, v) || ix.dedicatedAt(toks, v) || ix.lab30mlDeferAt(toks, v) // ibero17_dedicate.go, "a invité l'opposition à accepter …" (intl_invite13.go), "prometió impugnar …" (intl_promise16.go), "sigue sin felicitar" (ibero17_without.go), "aplazó su saludo" (lab30ml_defer.go)
	}
	if !action && !speech {
		action, speech = ix.perfectKinds(toks, v) // "había admitido" (intl_perfect13.go)
	}
	if !action && !speech && ix.tributeAt(toks, v) {
		action = true // "отдал должное мужеству …", "a rendu hommage à …" (fgr14_tribute.go)
	}
	if ix.separableAct(toks, v) || ix.gr32AppealAt(toks, v) || ix.gr32ModalStanceAt(toks, v) { // "Washington will das Ergebnis abwarten" (gr32_modalwait.go)
		action, speech = true, false // "sprach dem Ergebnis jede Legitimation ab" (fgr14_separable.go), "rief … auf, das Ergebnis zu …" (gr32_appeal.go)
	}
	if !action && !speech {
		action = ix.judgedObject(toks, v) || ix.concessionAct(toks, v) || ix.thanksAct(toks, v) || ix.purposeCongratulation(toks, v) || ix.preferAct(toks, v) || ix.showedSelf(toks, v) || ix.givenWinnerAt(toks, v) || ix.attackObject(toks, v) // ib18_attack.go, intl_judged13.go, intl_concedeact13.go, intl_thanks13.go, ibero15_purpose.go, ibero15_prefer.go, ibero15_showself.go, ibero15_givenwinner.go
	}
	return action, speech
}
