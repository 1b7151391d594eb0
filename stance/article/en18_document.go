package article

// This file holds the eighteenth session's statements put out by named
// people and described before their noun: "A Security Council press
// statement issued by its president, Jo Roe, praised …", "A joint
// statement signed by Lena Dal and Marek Tamm said …", "The bloc's
// statement, released by its chair, Ana Berg, welcomed …". The
// statement's authors are its verb's subjects. documentSubject read
// only "the statement issued by X" with nothing before the noun and one
// author; a list of authors gave the verb to the last name alone.

// documentAuthors returns the authors of a statement that opens the
// clause of the verb toks[v]: a determiner, at most documentMods words
// describing the statement, a statementNouns noun, a participle of
// putting out (publishVerbs, "issued", "released"; optionally set off by
// a comma) with "by" or "from", and a list of names (or an office with
// its holder's name after a comma), then at most a comma and adverbs or
// auxiliaries before the verb. Nothing otherwise.
func (x *extractor) documentAuthors(toks []token, v int) []phrase {
	s := x.datelineEnd(toks)
	if v < s+5 || !toks[s].word() || !descriptionDeterminers[toks[s].lower] {
		return nil
	}
	n := s + 1
	for n < v && n <= s+documentMods && toks[n].word() && !statementNouns[toks[n].lower] && !documentBreak(toks[n]) {
		n++
	}
	if n >= v || !toks[n].word() || !statementNouns[toks[n].lower] {
		return nil
	}
	j := n + 1
	if toks[j].is(",") {
		j++
	}
	if j+2 >= v || !toks[j].word() {
		return nil
	}
	if publishVerbs[toks[j].lower] || toks[j].is("issued") || toks[j].is("released") {
		j = skipDocumentTime(toks, j+1) // rev18en: "issued on Monday by A and B"
	} else if !toks[j].is("from") || toks[j-1].is(",") {
		return nil // rev18en: with no participle only "a statement from A and B"
	}
	if toks[j].is("out") {
		j++
	}
	if !toks[j].is("by") && !toks[j].is("from") {
		return nil
	}
	return x.authorsBefore(toks, j+1, v)
}

// documentMods is how many words may describe a statement before its
// noun ("a Security Council press statement").
const documentMods = 4

// documentBreak reports whether t cannot describe a statement before its
// noun: a verb of speech or stance, or a preposition ("a call by …").
func documentBreak(t token) bool {
	return sayVerbs[t.lower] || contentVerbs[t.lower] || blockedBefore[t.lower] || notNames[t.lower] && !descriptionDeterminers[t.lower]
}

// authorsBefore returns the names listed from toks[k] when only a comma,
// adverbs and auxiliaries stand between them and the verb toks[v]; one
// office with its holder after a comma is one author ("its president,
// Jo Roe").
func (x *extractor) authorsBefore(toks []token, k, v int) []phrase {
	items := x.list(toks, k)
	if len(items) == 0 {
		ph := forward(x.text, toks, k)
		if ph.kind != pName {
			return nil
		}
		items = []phrase{ph}
	}
	e := items[len(items)-1].hi
	if e < v && toks[e].is(",") {
		e++
	}
	for e < v && preVerb(toks[e]) {
		e++
	}
	if e != v {
		return nil
	}
	return items
}

// skipDocumentTime steps over "on Monday" or one time word ("earlier",
// "yesterday") between a statement's participle and "by" ("a statement
// issued on Monday by A and B"); it returns the index after them, or j.
func skipDocumentTime(toks []token, j int) int {
	switch {
	case j+2 < len(toks) && toks[j].is("on") && timeWords[toks[j+1].lower] && toks[j+2].is("by"):
		return j + 2
	case j+1 < len(toks) && (timeWords[toks[j].lower] || toks[j].is("earlier") || toks[j].is("yesterday")) && toks[j+1].is("by"):
		return j + 1
	}
	return j
}
