package article

// anyWinnerWords follow "whoever"/"whichever" when the free relative is
// the next government or leader (awaitsAnyWinner): winning, emerging,
// forming a government, ending up in power or office.
var anyWinnerWords = wordSet(`wins win won winning emerges emerge emerged prevails prevailed
	forms form formed ends end ended elected chosen power office government governments
	leads lead takes took`)

// frontedPreps open a fronted prepositional phrase that may precede a
// sentence's subject without a comma (frontedPhraseEnd): "In his
// televised address Ivo Kask complained …".
var frontedPreps = wordSet(`in on at during after before following amid despite from`)

// openerPreps are the prepositions among openerWords: they may open a
// fronted phrase without a comma too ("Within hours Ivo Kask, the party
// leader, held …"; frontedPhraseEnd).
var openerPreps = wordSet(`outside inside across beyond among within near around under amid following despite`)

// objectPreps take a name as their object: a name right after one is no
// subject ("During talks with Ivo Kask officials said …").
var objectPreps = wordSet(`with by for to of and against from in on at about`)

// openerWords open a short adverbial before a comma and the sentence's
// subject that clauseSkip does not list (commaOpenerEnd): "Outside
// parliament, …", "Across the region, …", "Elsewhere in Asia, …".
var openerWords = wordSet(`outside inside across beyond among within near around under amid
	following despite abroad elsewhere meanwhile back further closer`)

// connectives may open a sentence before its subject (connectiveOpened).
var connectives = wordSet(`and yet but still so now even`)

// openerConnectives are sentence adverbs that link a paragraph to the one
// before and may stand, with or without a comma, before the subject
// (connectivesEnd): "Meanwhile, the prime minister said …".
var openerConnectives = wordSet(`meanwhile however also separately similarly likewise moreover
	furthermore besides instead nonetheless nevertheless elsewhere finally then later earlier`)

// preDecidedVerbs before "in advance" or "beforehand" say the result was
// settled before the vote (preDecided).
var preDecidedVerbs = wordSet(`written decided determined fixed settled manufactured prepared
	scripted drafted cooked agreed arranged`)

// selfPronouns, selfWinLinks and selfWinNouns make a rival's claim of
// their own victory (selfWinClaim): "he still had a mandate to govern".
var (
	selfPronouns = wordSet(`he she we i`)
	selfWinLinks = wordSet(`has have had is are was were still already clearly the a real true
		legitimate rightful clear`)
	selfWinNouns = wordSet(`mandate winners`)
	// selfPossessives and ownSides: "his team", "our party" claim for
	// the speaker's own side (claimantEnd).
	selfPossessives = wordSet(`his her our my`)
	ownSides        = wordSet(`team party camp side campaign coalition alliance movement bloc ticket`)
)

// anyCandidateWords after "any" make an omission's object nobody in
// particular (namesNobody): "without naming any winner".
var anyCandidateWords = wordSet(`winner candidate candidates victor one side party`)

// deferGerunds after "before" put a verdict off (defersVerdict).
var deferGerunds = wordSet(`naming recognising recognizing congratulating commenting deciding
	accepting conceding endorsing taking stating declaring`)

// deferModals before "before" make a verdict put off a plan, not an act
// done (defersVerdict): "would hold consultations … before naming",
// "will wait … before commenting"; not "took half a day before
// congratulating".
var deferModals = wordSet(`would will wait waits waiting await awaits awaiting shall 'll plans
	intends going`)

// objectSayVerbs report speech with a clause but as often take a noun
// phrase or a preposition as their object, which is then no remark
// ("recounted the votes in his district", "countered Ivo Kask's claim that
// the vote was rigged", "reckoned with a long fight", "mused about the
// future of his party", "reasoned with the crowd"): without "that", a
// colon or a quotation they introduce a clause only when a finite verb
// follows (elidedClause): "countered the count had been fair".
var objectSayVerbs = wordSet(`countered counters recounted reckoned reckons
	agreed agrees answered answers charged charges pointed points pointing complained complains
	mused muses reasoned reasons`)

// particleSayVerbs report speech with a particle before their clause
// ("pointed out that …"): clauseStart steps over the particle.
var particleSayVerbs = map[string]string{"pointed": "out", "points": "out", "pointing": "out"}

// unauthoredBefore stand before "a statement" ("a letter", "a message")
// whose author is not the sentence's subject: verbs of receiving,
// answering or turning down a statement and prepositions that put it
// after or against something ("ignored a statement congratulating …",
// "left after a message welcoming the result arrived").
var unauthoredBefore = wordSet(`ignored ignores rejected rejects dismissed dismisses received receives read
	cited quoted criticised criticized condemned denounced mocked ridiculed
	to after from about against despite over following`)
