package tokenize

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Context names the people a statement may be about: the declared winner of
// the election and the rivals (main losing candidates or rival claimants),
// each as a list of name forms ("Nicolás Maduro", "Maduro", "@NicolasMaduro").
//
// With Options.MaskNames, an analyzer given a context replaces every mention
// of a name form by a placeholder term, WinnerTerm or RivalTerm, before
// n-grams are made, so that "congratulate WINNER" and "congratulate RIVAL"
// are different evidence and a name the model never saw still carries what
// the model learned about winners and rivals. A zero Context masks nothing.
type Context struct {
	Winner []string
	Rivals []string
}

// The placeholder terms. They are upper case, which no term of a word ever
// is after lower-casing, so they cannot collide with a word's term.
const (
	WinnerTerm = "WINNER"
	RivalTerm  = "RIVAL"
)

// IsZero reports whether c names nobody.
func (c Context) IsZero() bool { return len(c.Winner) == 0 && len(c.Rivals) == 0 }

// A mention is where a name form occurs in a text.
//
// Matching is by words, so that a name inside a longer word ("Leeds" for
// "Lee", "Bidenomics" for "Biden") is not a mention: the text and every
// name form are split into words — runs of letters, digits and combining
// marks, with apostrophes inside; an @handle is one word — and a mention is
// a run of the text's words equal to a form's words after folding case and
// accents (Nicolás = NICOLAS = nicolas). The last word may carry a
// possessive ('s ’s ʼs). Hyphens separate words, so "pro-Maduro" and
// "Biden-Harris" contain mentions. At each position the form with the most
// words wins (the longest match), so "Edmundo González" is one mention, not
// "González" after an unmatched "Edmundo". A form listed for both the winner
// and a rival (a first name they share) names neither and is ignored.
type mention struct {
	start, end int
	winner     bool
}

// nameForm is a name form split into folded words.
type nameForm struct {
	words  []string
	first  rune // the first rune of words[0], to rule out most positions at once
	winner bool
	// stem is, in a language whose names take case endings, the last
	// word without its ending (see stripEnding), and endings that
	// language's endings: a text word whose own stem equals it is a
	// mention too, so "Байдена" and "Байденом" match "Байден", "Bidens"
	// matches "Biden". Empty for languages without endings.
	stem    string
	endings []string
}

// compile returns c's forms, the longest (in words) first, with the case
// endings of their language (nil for none). Forms that fold to nothing
// and forms given to both sides are dropped.
func (c Context) compile(endings []string) []nameForm {
	var forms []nameForm
	add := func(names []string, winner bool) {
		for _, n := range names {
			var words []string
			for w := range nameWords(n) {
				words = append(words, foldWord(n[w.start:w.end]))
			}
			if len(words) > 0 {
				first, _ := utf8.DecodeRuneInString(words[0])
				f := nameForm{words: words, first: first, winner: winner}
				if len(endings) > 0 {
					f.stem, f.endings = stripEnding(words[len(words)-1], endings), endings
				}
				forms = append(forms, f)
			}
		}
	}
	add(c.Winner, true)
	add(c.Rivals, false)
	// Drop forms that both sides share.
	var out []nameForm
	for i, f := range forms {
		shared := false
		for j, g := range forms {
			if i != j && f.winner != g.winner && slices.Equal(f.words, g.words) {
				shared = true
			}
		}
		if !shared {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b nameForm) int { return cmp.Compare(len(b.words), len(a.words)) })
	return out
}

// span is a word's byte range in a text.
type span struct{ start, end int }

// word is a word of a text as matching needs it: its span, where it ends
// without a possessive, and its first rune folded.
type word struct {
	span
	bare  int
	first rune
}

// nameWords yields the words of s as mention matching sees them (see
// mention).
func nameWords(s string) func(yield func(span) bool) {
	return func(yield func(span) bool) {
		for i := 0; i < len(s); {
			r, w := utf8.DecodeRuneInString(s[i:])
			handle := r == '@' && i+w < len(s) && isWordRune(firstRune(s[i+w:])) && !afterWordRune(s, i)
			if !handle && !isWordRune(r) {
				i += w
				continue
			}
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) || handle && r2 == '_' {
					j += w2
					continue
				}
				if isApostrophe(r2) && j+w2 < len(s) && isWordRune(firstRune(s[j+w2:])) {
					j += w2
					continue
				}
				break
			}
			if !yield(span{i, j}) {
				return
			}
			i = j
		}
	}
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// appendMentions appends the mentions of forms in text, in order and not
// overlapping, to out; words is scratch space for text's words.
func appendMentions(out []mention, words []word, forms []nameForm, text string) ([]mention, []word) {
	if len(forms) == 0 {
		return out, words
	}
	words = words[:0]
	for w := range nameWords(text) {
		r, _ := utf8.DecodeRuneInString(text[w.start:])
		words = append(words, word{span: w, bare: w.start + len(trimPossessive(text[w.start:w.end])), first: foldRune(r)})
	}
	for i := 0; i < len(words); {
		n, winner := matchAt(forms, text, words[i:])
		if n == 0 {
			i++
			continue
		}
		out = append(out, mention{start: words[i].start, end: words[i+n-1].end, winner: winner})
		i += n
	}
	return out, words
}

// mentions returns the mentions of forms in text.
func mentions(forms []nameForm, text string) []mention {
	ms, _ := appendMentions(nil, nil, forms, text)
	return ms
}

// formCache keeps the compiled name forms of the contexts an analyzer met
// last, so that statements of one election, which share a context, compile
// it once. A key is the context's forms joined by separators that no name
// contains (0 between forms, 1 between the winner's and the rivals'); a
// lookup with the key in a reused buffer does not allocate.
type formCache struct {
	mu    sync.RWMutex
	forms map[string][]nameForm
	// endings are the case endings of the analyzer's language.
	endings []string
}

// maxCachedContexts bounds a formCache; when it is full it starts afresh.
const maxCachedContexts = 4096

// get returns the compiled forms of ctx, using key as scratch for the key.
func (c *formCache) get(ctx Context, key []byte) ([]nameForm, []byte) {
	key = key[:0]
	for _, w := range ctx.Winner {
		key = append(append(key, w...), 0)
	}
	key = append(key, 1)
	for _, r := range ctx.Rivals {
		key = append(append(key, r...), 0)
	}
	c.mu.RLock()
	forms, ok := c.forms[string(key)]
	c.mu.RUnlock()
	if ok {
		return forms, key
	}
	forms = ctx.compile(c.endings)
	c.mu.Lock()
	if c.forms == nil || len(c.forms) >= maxCachedContexts {
		c.forms = make(map[string][]nameForm)
	}
	c.forms[string(key)] = forms
	c.mu.Unlock()
	return forms, key
}

// matchAt returns how many of words, from the first, the longest matching
// form covers, and whose form it is; 0 when none matches.
func matchAt(forms []nameForm, text string, words []word) (int, bool) {
	for _, f := range forms {
		if f.first != words[0].first || len(f.words) > len(words) {
			continue
		}
		ok := true
		for k, fw := range f.words {
			w := text[words[k].start:words[k].end]
			if k == len(f.words)-1 {
				w = text[words[k].start:words[k].bare]
			}
			if !foldEqual(w, fw) && (k < len(f.words)-1 || f.stem == "" || !stemMatch(w, f.stem, f.endings)) {
				ok = false
				break
			}
		}
		if ok {
			return len(f.words), f.winner
		}
	}
	return 0, false
}

// stripEnding returns the folded word w without the first of endings that
// it ends with, provided at least three runes remain; otherwise w. A
// name's stem and its inflected forms' stems then agree: Байден, Байдена,
// Байденом → байден; Зеленский, Зеленского → зеленск; Biden, Bidens →
// biden.
func stripEnding(w string, endings []string) string {
	return w[:stemLen([]byte(w), endings)]
}

// stemLen returns the length of the folded word b without the first of
// endings that it ends with, provided at least three runes remain.
func stemLen(b []byte, endings []string) int {
	for _, e := range endings {
		if len(b) >= len(e) && string(b[len(b)-len(e):]) == e && utf8.RuneCount(b)-utf8.RuneCountInString(e) >= 3 {
			return len(b) - len(e)
		}
	}
	return len(b)
}

// stemMatch reports whether stripEnding(foldWord(w), endings) == stem
// without building either string: matching runs for every word of a text
// that starts like a name, so it folds into a buffer on the stack and
// gives up as soon as the folded word leaves the stem.
func stemMatch(w, stem string, endings []string) bool {
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, foldRune(r))
		if n := min(len(b), len(stem)); string(b[:n]) != stem[:n] || len(b) > len(stem)+len(buf)/2 {
			return false
		}
	}
	return string(b[:stemLen(b, endings)]) == stem
}

// trimPossessive removes a final 's, ’s or ʼs.
func trimPossessive(w string) string {
	for _, p := range [...]string{"'s", "’s", "ʼs", "'S", "’S", "ʼS"} {
		if len(w) > len(p) && strings.HasSuffix(w, p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// foldWord returns w lower-cased, without accents, with apostrophes folded
// to ASCII.
func foldWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldEqual reports whether foldWord(w) == folded, without building it.
func foldEqual(w, folded string) bool {
	j := 0
	for _, r := range w {
		f := foldRune(r)
		if j >= len(folded) {
			return false
		}
		g, n := utf8.DecodeRuneInString(folded[j:])
		if f != g {
			return false
		}
		j += n
	}
	return j == len(folded)
}

// foldRune lower-cases r and drops its accents: the first rune of its
// canonical decomposition (Unicode NFD), so é → e, ñ → n, Ö → o, ё → е.
// Apostrophes fold to '.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if isApostrophe(r) {
		return '\''
	}
	r = unicode.ToLower(r)
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		base, _ := utf8.DecodeRune(d)
		return base
	}
	return r
}
