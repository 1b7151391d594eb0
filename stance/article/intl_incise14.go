package article

import (
	"unicode"
	"unicode/utf8"
)

// An attribution inside a quotation: "«No reconocemos el resultado
// —dijo Ivo Kask—. Fue un fraude»", "«Мы не признаём итоги, — заявил Иво
// Каск. — Это фальсификация»", "« Il faut attendre, a déclaré Ivo Kask,
// les résultats définitifs »". Spanish, Portuguese and Russian set the
// speaker's verb between dashes inside the quotation marks, French
// between commas; the reader took the whole as one quotation with no
// speaker. splitIncises cuts such a quotation in two around the
// attribution, which is then read as after any quotation ("«…» —dijo X",
// "« … », a déclaré X"), and the second part continues the first
// speaker's quotation.

// inciseWords is the longest attribution read inside a quotation.
const inciseWords = 8

// splitIncises returns qs with each closed quotation that holds an
// attribution (a dash or a comma, then a speech verb of the language —
// itself, inverted with its pronoun, or after an auxiliary —, a speaker
// after it (a capitalised word or a determiner: "dijo el presidente"; or
// the inverted pronoun), at most inciseWords words to the next dash,
// comma or sentence end, with at least two words of quotation on each
// side) cut in two around it; "dicho sea de paso" names nobody.
func (ix *intl) splitIncises(text string, qs []quote) []quote {
	var out []quote
	for _, q := range qs {
		a, b, ok := ix.incise(text, q)
		if !ok {
			out = append(out, q)
			continue
		}
		first := quote{open: q.open, cstart: q.cstart, cend: a, close: a, closed: true}
		second := quote{open: b, cstart: b, cend: q.cend, close: q.close, closed: q.closed}
		for _, p := range []*quote{&first, &second} {
			p.term = endsTerminalIntl(text[p.cstart:p.cend])
			p.words = countWords(text[p.cstart:p.cend])
		}
		out = append(out, first, second)
	}
	return out
}

// incise finds the attribution inside q's content: a is where it starts
// (the dash or comma that opens it), b where the rest of the quotation
// resumes.
func (ix *intl) incise(text string, q quote) (a, b int, ok bool) {
	if !q.closed || q.words < 5 {
		return 0, 0, false
	}
	from := secondWordStart(text, q.cstart, q.cend) // two words of quotation before the attribution
	for i := from; i < q.cend; {
		r, size := utf8.DecodeRuneInString(text[i:q.cend])
		if r == '—' || r == '–' || r == ',' {
			if e, ok := ix.attributionEnd(text, i+size, q.cend); ok && countWords(text[e:q.cend]) >= 2 {
				return i, e, true
			}
		}
		i += size
	}
	return 0, 0, false
}

// attributionEnd reads, from text[i:], white space, a speech verb of the
// language (or an auxiliary and one), a few more words, and the dash,
// comma or sentence end that closes them; it returns where the
// quotation resumes after that mark and its white space.
func (ix *intl) attributionEnd(text string, i, end int) (int, bool) {
	words, k := 0, i
	verb, named := false, false // named: a capitalised word or a determiner after the verb ("dijo el presidente")
	for k < end && words <= inciseWords {
		r, size := utf8.DecodeRuneInString(text[k:end])
		switch {
		case unicode.IsSpace(r):
			k += size
		case isWordRune(r):
			e := k
			for e < end {
				c, n := utf8.DecodeRuneInString(text[e:end])
				if !isWordRune(c) && c != '-' && c != '\'' && c != '’' {
					break
				}
				e += n
			}
			w := lowerWord(text[k:e])
			if words == 0 && !ix.lx.speechVerbs[w] && !ix.lx.inverted[w] && !ix.lx.auxiliaries[w] {
				return 0, false
			}
			if verb {
				r0, _ := utf8.DecodeRuneInString(text[k:e])
				named = named || unicode.IsUpper(r0) || ix.lx.determiners[w]
			}
			verb = verb || ix.lx.speechVerbs[w] || ix.lx.inverted[w]
			named = named || ix.lx.inverted[w]
			words++
			k = e
		case r == '—' || r == '–' || r == ',' || r == '.':
			if !verb || !named {
				return 0, false // "dicho sea de paso": no speaker named
			}
			k += size
			for k < end {
				c, n := utf8.DecodeRuneInString(text[k:end])
				if !unicode.IsSpace(c) && c != '—' && c != '–' && c != '.' && c != ',' && c != ';' {
					break // "—dijo Ivo Kask—. Fue …": the marks after the attribution
				}
				k += n
			}
			return k, true
		default:
			return 0, false
		}
	}
	return 0, false
}

// secondWordStart returns the index just past the first rune of the
// second word of text[i:end], words counted as countWords counts them
// (end when there are fewer): a mark at or after it has two words of
// quotation before it.
func secondWordStart(text string, i, end int) int {
	words, in := 0, false
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		w := isWordRune(r)
		if w && !in {
			words++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
		i += size
		if words == 2 {
			return i
		}
	}
	return end
}
