package article

// nestedDemand reports whether words[k], inside the span of an earlier
// demand verb, is a demand verb of its own ("asked", "demanding", "call
// for", "calls for"): what follows is that demand's object, read when the
// loop of demandVerdict reaches it. "Urged the opposition to stop calling
// for a new vote" asks for no new vote: the new vote is the object of
// "calling for", which opposedDemand reads as a demand argued against;
// "asked the court to demand a new vote" still demands one.
func nestedDemand(words []string, k int) bool {
	return demandVerbs[words[k]] || callVerbs[words[k]] && k+1 < len(words) && words[k+1] == "for"
}
