package article

// The word lists of rec31en_oflist.go.

// ofListHeads are the plural offices whose "of" opens a list of the
// countries or bodies that act: "The governments of A, B and C
// proposed …", "The leaders of A and B congratulated …". Not
// "supporters" or "critics": their "of" names whom they back or fault.
var ofListHeads = wordSet(`governments leaders presidents premiers heads`)

// The word lists of rec31en_that.go.

// rec31enReportVerbs report news through a medium and open a "that"
// clause beyond the speech verbs: "state media reported that …".
var rec31enReportVerbs = wordSet(`reported reports reporting`)

// The word lists of rec31en_others.go.

// othersQuantifiers may stand before "others" closing a list of actors
// ("A, B and many others congratulated W").
var othersQuantifiers = wordSet(`many several numerous various countless dozens`)
