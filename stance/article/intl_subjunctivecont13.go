package article

// A German sentence in the subjunctive of reported speech that opens
// with something other than a pronoun goes on with what the person just
// quoted said: "X nannte den Wahlausgang einen Rückschlag. Eine Wahl
// unter Ausnahmezustand könne man nicht als demokratisch anerkennen;
// Y habe sich seinen Sieg „zusammengesperrt“." German news marks such
// sentences by the verb alone: "könne", "müsse", "sei" are forms the
// indicative never has. subjunctiveSpeech reads a sentence that opens
// with "er" or "sie"; subjunctiveContinuation reads the verb in second
// place after any opening (an object, "man", a noun), when the previous
// sentence's last remark was a named person's.

// subjunctiveContinuation returns the whole sentence toks as a reported
// remark of the speaker of the previous sentence's last remark when one of
// reportedSubjunctives comes within its first twelve tokens, with no
// punctuation but commas, no subordinating word (so not in a clause
// after "ob", "dass", "wenn": "Unklar ist, ob sie frei gewesen sei"), no
// verb of saying (the sentence attributes itself: "Y, fügte sie hinzu,
// habe …", which the rules of attribution read) and no pronoun of the
// first person before it.
func (ix *intl) subjunctiveContinuation(toks []token) (reportedPart, bool) {
	ps := ix.prevSent
	if ix.lx.code != "de" || ps.to <= ps.from || ps.headline || len(toks) < 4 {
		return reportedPart{}, false
	}
	spk := ix.x.remarks[ps.to-1].spk
	if spk == nil || spk.canon().kind != pName || ix.ownSourceDe(toks) {
		return reportedPart{}, false
	}
	for k := 1; k < len(toks) && k < 12; k++ {
		t := toks[k]
		if t.is(",") {
			continue // "Eine Wahl unter Ausnahmezustand, mit inhaftierten Kandidaten, könne man …"
		}
		if !t.word() || firstPersonDe[t.lower] || subordinatorsDe[t.lower] || ix.lx.complementizers[t.lower] || ix.lx.relatives[t.lower] || ix.lx.speechVerbs[t.lower] {
			return reportedPart{}, false
		}
		if !t.cap && deSubjunctive(toks, k) { // "Man nehme …" (gr20_subjunctive.go)
			return reportedPart{spk: spk.canon(), kind: Reported, cs: 0, lo: 0}, true
		}
	}
	return reportedPart{}, false
}

// ownSourceDe reports whether a German sentence names a source of its
// own anywhere: a verb of saying ("…, sagte die Kommission", "…, teilte
// die Kommission am Montag mit") or a word of attribution ("Nach Angaben
// der Wahlkommission sei …", "Laut den Beobachtern sei …", "Den Angaben
// zufolge sei …"); its subjunctive is then that source's, not the last
// speaker's. A pronoun before "zufolge" or "Ansicht" ("ihm zufolge",
// "seiner Ansicht nach") refers back to the last speaker and is no
// source of its own.
func (ix *intl) ownSourceDe(toks []token) bool {
	for k, t := range toks {
		switch {
		case !t.word():
		case k > 0 && ix.lx.speechVerbs[t.lower]:
			return true
		case sourceWordsDe[t.lower] && (k == 0 || !backPronounsDe[toks[k-1].lower]):
			return true
		}
	}
	return false
}

// subjunctiveParts returns parts, or, when the sentence reported nothing
// else, its subjunctive speech (subjunctiveSpeech, then
// subjunctiveContinuation) as its one part.
func (ix *intl) subjunctiveParts(toks []token, parts []reportedPart) []reportedPart {
	if len(parts) > 0 {
		if p, ok := ix.semicolonSubjunctive(toks, parts); ok {
			return append(parts, p) // "X schilderte …; der Schaden sei …" (fgr17_semisubj.go)
		}
		return ix.withColonFragment(toks, parts) // "X reagierte …: Glückwünsche an …" (fgr17_colonfragment.go)
	}
	if p, ok := ix.subjunctiveSpeech(toks); ok {
		return append(parts, p)
	}
	if p, ok := ix.subjunctiveContinuation(toks); ok {
		return append(parts, p)
	}
	if p, ok := ix.colonSubjunctive(toks); ok {
		return append(parts, p) // "X gab sich zurückhaltender: Einsprüche seien …" (fgr15_colonsubjunctive.go)
	}
	return parts
}
