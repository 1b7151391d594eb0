package article

// sideLexicon holds the word lists of a language of lexicons that the
// rules of intl_fronted.go read; each language's lists are in its
// lexicon file (spanishSide in lexicon_es.go, …).
type sideLexicon struct {
	// where are the relative adverbs of place that open a clause whose
	// subject follows them ("Même ton à Washington, où le porte-parole
	// …, X, a indiqué que …").
	where map[string]bool
	// posted are the diplomatic posts that sit in a city, and at the
	// prepositions of place that name it ("embajada … en Lima",
	// "посольство … в Бишкеке"; see postedPlace).
	posted, at map[string]bool
	// speak are the verbs of speaking and of the prepositions that
	// introduce what was spoken of ("a parlé d'un …", "sprach von …";
	// see spokeOf), without an article or with the indefinite one: a
	// definite one names a topic ("falou dos laços"), not a judgement.
	speak, of map[string]bool
	// objects are the indefinite articles that open the object of a
	// speech verb ("a dénoncé un « … »"; see nominalObject).
	objects map[string]bool
	// ownPart are the phrases of a speaker's own part between a verb and
	// its object ("pour sa part", "por su parte").
	ownPart []string
	// makes are the verbs of making or giving a comment, comments the
	// comments, nones the words of none before them ("n'a fait aucun
	// commentaire"; see madeNoComment).
	makes, comments, nones map[string]bool
	// so are the object pronouns that stand for an act told before, as
	// words, as the end of a word they are attached to and as the start
	// of an elided one ("lo había hecho", "tinha-o feito", "l'avait
	// fait"; see didSo).
	so             map[string]bool
	soEnds, soOpen []string
	// buts are the adversative conjunctions that join a second verb to
	// the first one's subject ("X … a reçu …, mais a fait savoir que";
	// see openingSubject).
	buts map[string]bool
	// inWhich are the relative phrases after a document that its
	// issuer's act follows ("emitiu um comunicado em que repudia …"; see
	// documentSubject).
	inWhich []string
	// phones are the verbs of calling by telephone, winners the nouns of
	// the winner after them ("telefonou ao vencedor"; see calledWinner).
	phones, winners map[string]bool
}

// side returns the side lexicon of the article's language (an empty one
// for a language without).
func (ix *intl) side() *sideLexicon {
	if s := sideLexicons[ix.lx.code]; s != nil {
		return s
	}
	return &sideLexicon{}
}
