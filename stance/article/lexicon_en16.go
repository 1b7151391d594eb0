package article

// orgHeadWords head the name of a body that goes on with "of" and a
// proper name ("the Organization of American States", "the Bishops'
// Conference of the Philippines", "the Bank of Norland"): the "of" is
// inside the name, not a speaker's origin (orgOf). Heads the reader
// already knows as institutions ("Council of Europe") need no entry.
var orgHeadWords = wordSet(`organisation organization conference church league bank union association
	federation congress assembly court bureau movement front alliance chamber society institute
	forum community synod confederation order network observatory`)
