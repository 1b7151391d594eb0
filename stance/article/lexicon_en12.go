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

// objectPreps take a name as their object: a name right after one is no
// subject ("During talks with Ivo Kask officials said …").
var objectPreps = wordSet(`with by for to of and against from in on at about`)

// openerWords open a short adverbial before a comma and the sentence's
// subject that clauseSkip does not list (commaOpenerEnd): "Outside
// parliament, …", "Across the region, …", "Elsewhere in Asia, …".
var openerWords = wordSet(`outside inside across beyond among within near around under amid
	following despite abroad elsewhere meanwhile back further closer`)

// petitionVerbs make a demand of a court or commission, an act as "urged"
// is ("petitioned the commission to disqualify Lima"), and disqualifyWords
// undo the result as annulling does: a petition to disqualify the winner
// is hostile (demandVerdict). They are added to the shared lists here, at
// init, so that the lists' own lines stay as other readers edit them.
var (
	petitionVerbs   = []string{"petition", "petitions", "petitioned", "petitioning"}
	disqualifyWords = []string{"disqualify", "disqualifies", "disqualified", "disqualifying", "disqualification",
		"boycott", "boycotts"} // "called for a boycott" rejects the vote as a demand to annul it does
)

func init() {
	for _, w := range petitionVerbs {
		contentVerbs[w] = true
		demandVerbs[w] = true
	}
	for _, w := range disqualifyWords {
		annulWords[w] = true
	}
}

// speechVerbs12 report speech as "said" does, with a tone: "sneered that
// the alliance was held together only by hatred", "scoffed that …".
// goOnWords may stand between a subject and its verb as "kept" does:
// "went on claiming that his party had won". Both are added to the
// shared lists (sayVerbs, auxWords) at init, as petitionVerbs are.
var (
	speechVerbs12 = []string{"sneered", "sneers", "scoffed", "scoffs", "retorted", "retorts",
		"lamented", "laments", "grumbled", "grumbles", "boasted", "boasts"}
	goOnWords = []string{"went", "goes", "go"}
)

func init() {
	for _, w := range speechVerbs12 {
		sayVerbs[w] = true
	}
	for _, w := range goOnWords {
		auxWords[w] = true
	}
}

// connectives may open a sentence before its subject (connectiveOpened).
var connectives = wordSet(`and yet but still so now even`)

// preDecidedVerbs before "in advance" or "beforehand" say the result was
// settled before the vote (preDecided).
var preDecidedVerbs = wordSet(`written decided determined fixed settled manufactured prepared
	scripted drafted cooked agreed arranged`)

// scornNames12 name a vote with scorn when a naming verb gives them to it
// ("described the vote as a coronation", "called the count a fiction");
// cheatWords condemn a count as rigged does ("the president had
// cheated"). Added to scornNames and condemnWords at init.
var (
	scornNames12 = []string{"coronation", "fiction", "invention", "formality"}
	cheatWords   = []string{"cheated", "cheating"}
)

func init() {
	for _, w := range scornNames12 {
		scornNames[w] = true
	}
	for _, w := range cheatWords {
		condemnWords[w] = true
	}
}

// selfPronouns, selfWinLinks and selfWinNouns make a rival's claim of
// their own victory (selfWinClaim): "he still had a mandate to govern".
var (
	selfPronouns = wordSet(`he she we i`)
	selfWinLinks = wordSet(`has have had is are was were still already clearly the a real true
		legitimate rightful clear`)
	selfWinNouns = wordSet(`mandate winners`)
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
