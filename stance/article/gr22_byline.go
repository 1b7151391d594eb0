package article

import "strings"

// A German opinion piece often names its genre in the byline: "Ein
// Kommentar von Jana Roth", "Eine Analyse von Ivo Kask", "Gastbeitrag
// von …". The genre noun (with its indefinite article) before "von" is
// dropped so that the byline reads as "Von Jana Roth" does
// (rom20_byline.go): the first-person sentences after it are the
// author's.

// gr22BylineGenre returns the words f of a paragraph with a leading
// German genre noun (gr22BylineGenres) and its article dropped, when
// "von" follows it; otherwise f unchanged.
func gr22BylineGenre(code string, f []string) []string {
	if code != "de" || len(f) < 3 {
		return f
	}
	k := 0
	if f[0] == "Ein" || f[0] == "Eine" {
		k = 1
	}
	if k+1 >= len(f) || !gr22BylineGenres[f[k]] || f[k+1] != "von" {
		return f
	}
	return append([]string{"Von"}, f[k+2:]...)
}

// gr22GenreByline reports whether the byline paragraph b opens with a
// genre noun: it is read as no sentence, so that "Kommentar von X" does
// not become a speaker whose name swallows the author's.
func (ix *intl) gr22GenreByline(b block) bool {
	f := strings.Fields(ix.x.text[b.start:b.end])
	return len(f) > 0 && f[0] != "Von" && len(gr22BylineGenre(ix.lx.code, f)) < len(f)
}
