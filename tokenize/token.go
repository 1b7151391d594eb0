package tokenize

// Kind says what a token is.
type Kind uint8

const (
	Word     Kind = iota // letters and digits, with in-word apostrophes and hyphens
	Number               // digits, optionally with separators and a percent sign
	Hashtag              // #tag
	Mention              // @handle
	URL                  // http(s)://… or www.…; its term is "URL"
	Emoticon             // :) :( and friends, only with Options.Tweet
	Punct                // clause punctuation; ends negation scopes, a feature only with Options.Punctuation
	Name                 // a mention of a Context's name, with term WinnerTerm or RivalTerm
	Boundary             // a sentence end with Options.SentenceBounds; never a feature, n-grams stop at it
	Symbol               // with Options.Punctuation, a run of symbols without clause punctuation (" -- & *); a feature
)

var kindNames = [...]string{"word", "number", "hashtag", "mention", "url", "emoticon", "punct", "name", "boundary", "symbol"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(?)"
}

// Token is one unit of a statement.
type Token struct {
	// Term is the normalised form that features are built from (lower-cased,
	// folded, respelled and stemmed as the options say).
	Term string
	Kind Kind
	// Start and End are byte offsets of the token's surface text in the
	// original statement: text[Start:End].
	Start, End int
	// Negated is set for tokens inside a negation scope.
	Negated bool

	// hash and negHash are the hashes of Term and "NOT_"+Term, set by the
	// term filter from its cache so that n-gram ids need no string work.
	hash, negHash uint64
}

// termHash is the hash of the token's term as a feature: of "NOT_"+Term
// when it is negated.
func (t *Token) termHash() uint64 {
	if t.Negated {
		return t.negHash
	}
	return t.hash
}
