package article

// A verb of speaking or writing whose purpose is a congratulation, in
// Spanish or Portuguese: "o Presidente guineense, X, também escreveu ao
// vencedor para o felicitar", "habló con la presidenta electa para
// felicitarla", "escribió a Velor para desearle éxito". The verb is one of
// speech, so purposeCongratulation (ibero15_purpose.go), read only for a
// verb of neither list, never saw it, and with no clause after it the
// speech gave no remark. With a purpose clause that congratulates and no
// reported clause it is an act, as "ligou a X para o felicitar" is;
// "escreveu que foi para o felicitar" still reports a clause.

// purposeSpeech reports whether the speech verb toks[v] has a
// congratulating purpose clause and no clause of its own.
func (ix *intl) purposeSpeech(toks []token, v int) bool {
	if !iberoLangs17[ix.lx.code] || !ix.purposeCongratulation(toks, v) || ix.clauseAfter(toks, v+1) >= 0 {
		return false // "contou ter telefonado ao vencedor para o felicitar": a clause
	}
	for k := v + 1; k < len(toks) && toks[k].word() && !ix.purposeAt(toks, k); k++ {
		if ix.lx.complementizers[toks[k].lower] {
			return false // "dijo que llamó para felicitarlo": a clause
		}
	}
	return true
}
