package article

// anyWinnerWords follow "whoever"/"whichever" when the free relative is
// the next government or leader (awaitsAnyWinner): winning, emerging,
// forming a government, ending up in power or office.
var anyWinnerWords = wordSet(`wins win won winning emerges emerge emerged prevails prevailed
	forms form formed ends end ended elected chosen power office government governments
	leads lead takes took`)
