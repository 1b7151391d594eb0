package tokenize

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordTokenizer is the pipeline's first step: it splits text into tokens
// whose terms are the surface text, not yet normalised.
//
// Words are runs of letters, digits and combining marks; an apostrophe
// (' ’ ʼ) or hyphen (- ‐ ‑) between two such runes stays inside the word
// (president-elect, there’s). Numbers may carry separators and a trailing
// percent sign (99.7%). URLs, @handles and #hashtags are tokens of their own
// kind. Clause punctuation becomes Punct tokens; other symbols and invalid
// UTF-8 bytes separate tokens and are otherwise ignored.
type wordTokenizer struct {
	// contractions splits English negative contractions into the verb and
	// "not" (can't → can not, won't → will not, cannot → can not).
	contractions bool
	// tweet splits camel-case hashtags into words after the hashtag token,
	// drops #SemST and recognises emoticons.
	tweet bool
	// hashtagWords, with tweet, adds the body of a hashtag that camel-case
	// segmentation leaves whole as a word after the hashtag token.
	hashtagWords bool
	// sentences makes sentence ends and line breaks Boundary tokens.
	sentences bool
	// emoji turns emoji into the words of their descriptions (Options.Emoji).
	emoji bool
	// punct makes runs of punctuation and symbols tokens (Options.Punctuation).
	punct bool
	// elided, when not nil, maps the elided words of the language (see
	// Options.Elision), lower case without apostrophe, to their terms.
	elided map[string]string
}

// newWordTokenizer returns the tokenizer step for valid options o.
func newWordTokenizer(o Options) wordTokenizer {
	t := wordTokenizer{contractions: o.Contractions && o.Language == "english", tweet: o.Tweet, hashtagWords: o.HashtagWords, sentences: o.SentenceBounds, emoji: o.Emoji, punct: o.Punctuation}
	if o.Elision {
		t.elided = languages[o.Language].elided
	}
	return t
}

// tokenize is the step run over a whole text: it appends the tokens of
// text to dst.
func (t wordTokenizer) tokenize(dst []Token, text string) []Token {
	for i := 0; i < len(text); {
		dst, i = t.next(dst, text, i)
	}
	return dst
}

// next appends the token that starts at text[i:], if any, and returns where
// the following one may start.
func (t wordTokenizer) next(dst []Token, text string, i int) ([]Token, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		// ASCII fast path for the common cases: spaces and word starts.
		if asciiSpace[c] {
			if c == '\n' && t.sentences {
				return append(dst, Token{Term: "\n", Kind: Boundary, Start: i, End: i + 1}), i + 1
			}
			return dst, i + 1
		}
		if asciiWord[c] && !t.tweet {
			return t.word(dst, text, i, wordEnd(text, i))
		}
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == utf8.RuneError && w <= 1:
		return dst, i + 1
	case isWordRune(r):
		return t.word(dst, text, i, wordEnd(text, i))
	case (r == '#' || r == '@') && i+1 < len(text) && startsWord(text[i+1:]) && !afterWordRune(text, i):
		j := i + 1
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) && r2 != '_' {
				break
			}
			j += w2
		}
		if r == '@' {
			return append(dst, Token{Term: text[i:j], Kind: Mention, Start: i, End: j}), j
		}
		return t.hashtag(dst, text, i, j), j
	case t.tweet && emoticonAt(text, i) > 0:
		n := emoticonAt(text, i)
		return append(dst, Token{Term: text[i : i+n], Kind: Emoticon, Start: i, End: i + n}), i + n
	case isClausePunct(r) && (!t.punct || t.sentences && sentenceEnd(text, i)):
		kind := Punct
		if t.sentences && sentenceEnd(text, i) {
			kind = Boundary
		}
		return append(dst, Token{Term: text[i : i+w], Kind: kind, Start: i, End: i + w}), i + w
	}
	if t.emoji && r >= 0xA9 { // © is the first emoji of the table, which has only symbols (Unicode So)
		if words := emojiWords()[r]; words != nil {
			return appendEmoji(dst, words, i, i+w), i + w
		}
	}
	if t.punct && !unicode.IsSpace(r) {
		return t.punctRun(dst, text, i)
	}
	return dst, i + w
}

// punctRun appends the token of the run of punctuation and symbols that
// starts at text[i] (Options.Punctuation) and returns where the run ends:
// before white space, a word rune, an invalid byte, or anything that next
// makes a token of its own kind (a sentence end with sentence bounds, a
// hashtag or mention, an emoticon, an emoji read as words). The run is
// Punct when it holds clause punctuation, which ends negation scopes as
// it does without the option, and Symbol otherwise.
func (t wordTokenizer) punctRun(dst []Token, text string, i int) ([]Token, int) {
	kind := Symbol
	j := i
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if j > i && t.ownToken(text, j, r) || r == utf8.RuneError && w <= 1 || isWordRune(r) || unicode.IsSpace(r) {
			break
		}
		if isClausePunct(r) {
			kind = Punct
		}
		j += w
	}
	return append(dst, Token{Term: text[i:j], Kind: kind, Start: i, End: j}), j
}

// ownToken reports whether the rune r at text[j], inside a run of
// punctuation, starts a token that next makes otherwise, so that the run
// stops before it.
func (t wordTokenizer) ownToken(text string, j int, r rune) bool {
	switch {
	case t.sentences && isClausePunct(r) && sentenceEnd(text, j):
		return true
	case (r == '#' || r == '@') && j+1 < len(text) && startsWord(text[j+1:]):
		return true
	case t.tweet && emoticonAt(text, j) > 0:
		return true
	}
	return t.emoji && r >= 0xA9 && emojiWords()[r] != nil
}

// plainWord reports the end of the word at text[i:] when it is a plain
// ASCII word, one that next would return as a single Word token with
// text[i:end] as its term: letters and digits starting with a letter, not
// followed by a joiner or a non-ASCII rune, not the scheme of a URL, and not
// a contraction. Most words of English text are plain, and skipping the
// general path for them is worth its while. With tweet handling on there
// are no plain words: hashtag segmentation and emoticons need the general
// path.
func (t wordTokenizer) plainWord(text string, i int) (end int, ok bool) {
	if !asciiLetter[text[i]] || t.tweet {
		return 0, false
	}
	j := wordRunEnd(text, i+1)
	if j < len(text) {
		switch text[j] {
		case '\'', '-':
			// A joiner inside a word (president-elect, can't).
			if j+1 < len(text) && startsWord(text[j+1:]) {
				return 0, false
			}
		case ':', '.':
			if urlScheme(text[i:j]) {
				return 0, false
			}
		default:
			if text[j] >= utf8.RuneSelf {
				return 0, false
			}
		}
	}
	if t.contractions && j-i == 6 && strings.EqualFold(text[i:j], "cannot") {
		return 0, false
	}
	return j, true
}

// wordRunEnd returns the end of the run of ASCII letters and digits at
// text[j:], looking at eight bytes at a time while there are eight.
func wordRunEnd(text string, j int) int {
	for j+8 <= len(text) {
		n := alnumPrefix(load64(text, j))
		j += n
		if n < 8 {
			return j
		}
	}
	for j < len(text) && asciiWord[text[j]] {
		j++
	}
	return j
}

// load64 returns the eight bytes of s at i as a little-endian integer. The
// compiler turns the eight byte loads into one.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// alnumPrefix returns how many of the eight bytes of x, lowest first, are
// ASCII letters or digits before the first that is not. It classifies all
// eight at once (SWAR, "SIMD within a register"; Lamport 1975, and the
// byte-range tests of Knuth, TAOCP vol. 4A, §7.1.3): on bytes with the top
// bit cleared, adding 0x80−lo sets the top bit exactly when the byte is
// ≥ lo, and no sum carries into the next byte.
func alnumPrefix(x uint64) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	v := x &^ high
	l := v | 0x20*ones // letters lower-cased
	// Top bit of each byte: v ≥ '0' and not v > '9', or l ≥ 'a' and not
	// l > 'z'; then not a byte with the top bit set.
	digit := (v + (0x80-'0')*ones) &^ (v + (0x7F-'9')*ones)
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7F-'z')*ones)
	alnum := (digit | letter) &^ x & high
	return bits.TrailingZeros64(^alnum&high) / 8
}

// urlScheme reports whether w, a run of word runes ending before ':' or '.',
// may start a URL.
func urlScheme(w string) bool {
	switch len(w) {
	case 3:
		return strings.EqualFold(w, "www")
	case 4, 5:
		return strings.EqualFold(w, "http") || strings.EqualFold(w, "https")
	}
	return false
}

// word handles a run text[i:j] that starts with a word rune: URL, number,
// contraction or plain word. It returns where scanning resumes, which is
// past j for URLs and decimal numbers.
func (t wordTokenizer) word(dst []Token, text string, i, j int) ([]Token, int) {
	// URLs: the scheme or www. prefix makes the rest of the run, up to white
	// space, one token.
	if j < len(text) && (text[j] == ':' || text[j] == '.') && urlScheme(text[i:j]) && (hasPrefixFold(text[i:], "http://") || hasPrefixFold(text[i:], "https://") || hasPrefixFold(text[i:], "www.")) {
		k := i
		for k < len(text) {
			r, w := utf8.DecodeRuneInString(text[k:])
			if unicode.IsSpace(r) || r == utf8.RuneError && w <= 1 {
				break
			}
			k += w
		}
		for k > i && strings.ContainsRune(".,;:!?)]}\"'’”", rune(text[k-1])) {
			k--
		}
		return append(dst, Token{Term: "URL", Kind: URL, Start: i, End: k}), k
	}
	if c := text[i]; '0' <= c && c <= '9' {
		if n := numberEnd(text, i); n > i && (n >= j || !isWordRune(firstRune(text[n:]))) {
			return append(dst, Token{Term: text[i:n], Kind: Number, Start: i, End: n}), n
		}
	}
	if t.elided != nil {
		if k, term := t.elision(text[i:j]); k > 0 {
			dst = append(dst, Token{Term: term, Kind: Word, Start: i, End: i + k})
			return t.word(dst, text, i+k, j)
		}
	}
	if last := text[j-1] | 0x20; t.contractions && (last == 't' || last == 'n') {
		if base, split, ok := contraction(text[i:j]); ok {
			dst = append(dst, Token{Term: base, Kind: Word, Start: i, End: i + split})
			return append(dst, Token{Term: "not", Kind: Word, Start: i + split, End: j}), j
		}
	}
	return append(dst, Token{Term: text[i:j], Kind: Word, Start: i, End: j}), j
}

// elision returns the byte length of the elided word that starts w,
// apostrophe included, and its term; 0 when w does not start with one or
// nothing follows it.
func (t wordTokenizer) elision(w string) (int, string) {
	for k := 1; k < len(w) && k <= len("puisqu"); k++ {
		r, n := utf8.DecodeRuneInString(w[k:])
		if !isApostrophe(r) {
			if !asciiLetter[w[k]] {
				return 0, ""
			}
			continue
		}
		term, ok := t.elided[strings.ToLower(w[:k])]
		if !ok || k+n >= len(w) {
			return 0, ""
		}
		return k + n, term
	}
	return 0, ""
}

func (t wordTokenizer) hashtag(dst []Token, text string, i, j int) []Token {
	if t.tweet && strings.EqualFold(text[i:j], "#semst") {
		return dst
	}
	dst = append(dst, Token{Term: text[i:j], Kind: Hashtag, Start: i, End: j})
	if !t.tweet {
		return dst
	}
	// Camel-case segmentation: a part starts at an upper-case letter that
	// follows a lower-case one, at a letter after a digit or underscore, and
	// at an upper-case letter followed by a lower-case one after an upper-case
	// run (#USAElection → USA Election).
	start := i + 1
	parts := 0
	prev := rune(0)
	for k := i + 1; k < j; {
		r, w := utf8.DecodeRuneInString(text[k:])
		boundary := false
		switch {
		case r == '_':
			if k > start {
				dst, parts = appendPart(dst, text, start, k, parts)
			}
			start = k + w
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			boundary = true
		case unicode.IsLetter(r) && unicode.IsDigit(prev), unicode.IsDigit(r) && unicode.IsLetter(prev):
			boundary = true
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && k+w < j && unicode.IsLower(firstRune(text[k+w:])):
			boundary = true
		}
		if boundary && k > start {
			dst, parts = appendPart(dst, text, start, k, parts)
			start = k
		}
		prev = r
		k += w
	}
	if parts > 0 && start < j {
		dst, _ = appendPart(dst, text, start, j, parts)
	}
	if parts == 0 && t.hashtagWords {
		dst, _ = appendPart(dst, text, i+1, j, parts)
	}
	return dst
}

func appendPart(dst []Token, text string, i, j, parts int) ([]Token, int) {
	return append(dst, Token{Term: text[i:j], Kind: Word, Start: i, End: j}), parts + 1
}

// contraction splits an English negative contraction. It returns the verb's
// term, the byte length of its surface part, and whether w was one.
func contraction(w string) (base string, split int, ok bool) {
	lw := len(w)
	if lw == 6 && strings.EqualFold(w, "cannot") {
		return "can", 3, true
	}
	var suffix int
	switch {
	case lw > 3 && (w[lw-3] == 'n' || w[lw-3] == 'N') && w[lw-2] == '\'' && (w[lw-1] == 't' || w[lw-1] == 'T'):
		suffix = 3
	case lw > 5 && (w[lw-5] == 'n' || w[lw-5] == 'N') && w[lw-4:lw-1] == "’" && (w[lw-1] == 't' || w[lw-1] == 'T'):
		suffix = 5
	default:
		return "", 0, false
	}
	split = lw - suffix
	stem := w[:split]
	switch {
	case strings.EqualFold(stem, "ca"):
		return "can", split, true
	case strings.EqualFold(stem, "wo"):
		return "will", split, true
	case strings.EqualFold(stem, "sha"):
		return "shall", split, true
	case strings.EqualFold(stem, "ai"):
		return "is", split, true
	}
	return stem, split, true
}

// Byte classes of ASCII; bytes ≥ 0x80 are in none, so a table lookup needs
// no range check.
var asciiWord, asciiLetter, asciiSpace [256]bool

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		asciiLetter[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		asciiWord[c] = asciiLetter[c] || '0' <= c && c <= '9'
		asciiSpace[c] = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
	}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '-', '‐', '‑':
		return true
	}
	return false
}

func isClausePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '…', '—', '–', '(', ')', '[', ']', '¿', '¡', '«', '»':
		return true
	}
	return false
}

// wordEnd returns the end of the word starting at i: word runes, with single
// joiners between word runes.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if isJoiner(r) && j+w < len(text) && isWordRune(firstRune(text[j+w:])) {
			j += w
			continue
		}
		break
	}
	return j
}

// numberEnd returns the end of a number starting at i (i when there is none):
// digits, internal . or , followed by a digit, and an optional %.
func numberEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			j++
		case (c == '.' || c == ',') && j > i && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9':
			j++
		case c == '%' && j > i:
			return j + 1
		default:
			return j
		}
	}
	return j
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsWord(s string) bool { return isWordRune(firstRune(s)) }

func afterWordRune(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

var emoticons = []string{":-)", ":)", ":-(", ":(", ":-D", ":D", ";-)", ";)", ":-P", ":P", ":p", ":'(", ":/", ":-/", "<3", ":o", ":O", "^_^", "-_-"}

// emoticonAt returns the byte length of the emoticon at text[i:], or 0.
func emoticonAt(text string, i int) int {
	for _, e := range emoticons {
		if strings.HasPrefix(text[i:], e) {
			// ":P" must not swallow the start of a word such as ":Pakistan".
			end := i + len(e)
			if end < len(text) && isWordRune(firstRune(text[end:])) {
				continue
			}
			return len(e)
		}
	}
	return 0
}

// sentenceEnd reports whether the punctuation at text[i] ends a sentence:
// ! and ? do; a full stop does unless it ends an abbreviation, that is
// unless it follows a single letter (U.S., J. Smith) or a title (Mr., Gen.).
func sentenceEnd(text string, i int) bool {
	switch text[i] {
	case '!', '?':
		return true
	case '.':
	default:
		return false
	}
	j := i
	for j > 0 && asciiLetter[text[j-1]] {
		j--
	}
	if j > 0 && text[j-1] >= utf8.RuneSelf || afterWordRune(text, j) {
		return true // a word that is not plain ASCII: not on the lists
	}
	w := text[j:i]
	switch {
	case len(w) == 1:
		return false
	case len(w) > 4:
		return true // longer than any abbreviation
	}
	var low [4]byte
	for k := range len(w) {
		low[k] = w[k] | 0x20 // ASCII letters: lower case
	}
	return !abbreviation(string(low[:len(w)]))
}

// abbreviation reports whether w, lower case, is a title that a full stop
// follows without ending a sentence, in news text about leaders.
func abbreviation(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "sen", "gen", "rep", "gov", "pres", "prof", "jr", "sr", "lt", "col", "capt", "sgt", "adm", "hon", "rev", "vs":
		return true
	}
	return false
}
