package article

// frontedSubordinators open a sentence's fronted clause of time, cause or
// concession, which its first comma closes before the main clause's
// subject ("When the commission announced its figures, Ivo Kask said …";
// subordinateClosed).
var frontedSubordinators = wordSet(`when after before once as while although though since until if because whereas`)

// orgHeads head an organisation's name before "for" or "of", whose later
// "and" stays inside the name ("Rally for Democracy and Progress",
// "Union for Peace and Progress"; orgAnd).
var orgHeads = wordSet(`rally movement union front party alliance coalition congress council forum convention league
	association organisation organization bloc platform centre center institute foundation committee network
	federation assembly`)

// relativeAntecedentPreps may stand before the person a relative clause
// describes, who is still its subject: "A more cautious note came from Jo
// Roe, who said …", "spoke to Jo Roe, who said …" (subject). Other
// blockedBefore words keep blocking ("the wife of Jo Roe, who said": whose
// wife speaks is unclear; "than", "whether").
var relativeAntecedentPreps = wordSet(`from to with by for about against toward towards`)
