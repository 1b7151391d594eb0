package article

// An aside between dashes, in the languages of lexicons: "El líder
// opositor Ivo Kask —que quedó tercero— rechazó los resultados", "Ivo
// Kask – arrivé troisième – a rejeté …", "Oppositionsführer Ivo Kask – er
// wurde Dritter – lehnte … ab". The reader sets off asides between a
// subject and its verb by commas; between dashes it lost the subject and
// found no remark. dashAsides reads such a pair of dashes as a pair of
// commas: two dashes in one sentence, the first after a capitalised word
// (the end of a name: "Соперники президента — коммунист X и депутат Y —
// поздравили" is a list of subjects between dashes, read as such
// elsewhere), the second before a word, at most dashAsideWords words
// apart, with no quotation, colon or sentence end between them. A dash that opens a
// paragraph (a dialogue turn, "— сказал …" after a quotation) or stands
// alone is left as it is.

// dashAsideWords is the longest aside read between two dashes.
const dashAsideWords = 14

// dashAsides returns toks with each pair of dashes around a short aside
// read as commas (see above).
func dashAsides(toks []token) []token {
	for i := 1; i < len(toks); i++ {
		if !isDash(toks[i]) || !toks[i-1].word() || !toks[i-1].cap {
			continue
		}
		j := closingDash(toks, i)
		if j < 0 {
			continue
		}
		toks[i].lower, toks[j].lower = ",", ","
		i = j
	}
	return toks
}

// closingDash returns the index of the dash that closes the aside opened
// by the dash toks[i], or -1.
func closingDash(toks []token, i int) int {
	words := 0
	for j := i + 1; j < len(toks) && words <= dashAsideWords; j++ {
		t := toks[j]
		switch {
		case isDash(t):
			if words > 0 && j+1 < len(toks) && toks[j+1].word() {
				return j
			}
			return -1
		case t.word():
			words++
		case t.kind == tQuote || t.isTerm() || t.is(":") || t.is(";"):
			return -1
		}
	}
	return -1
}
