package article

// amongColon reports whether toks[c] is the colon that ends the fronted
// clause of amongThose in place of its copula, the list of actors
// following it: "Among those praising Kask's win: Sarnian leader Lena
// Dal, Morish president Tom Berg and Ostian leader Pia Lund." The stance
// verb (toks[v]) must come before the colon.
func amongColon(toks []token, c, v int) bool {
	return v > 0 && c > v && c+1 < len(toks) && toks[c].is(":")
}
