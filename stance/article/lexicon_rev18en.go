package article

// Word lists of the rev18en review (rev18en_*.go and fixes in en18_*.go).

// wordingNouns name a wording after "put it in" ("put it in one
// sentence: …", "put it in plain terms: …"); a place does not ("put it
// in a drawer").
var wordingNouns = wordSet(`sentence sentences word words terms language writing nutshell way`)
