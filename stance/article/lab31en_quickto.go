package article

// lab31enOwnTo reports whether the "to" before the verb words[i] is the
// actor's own eagerness rather than someone else's act or wish: "were
// quick to condemn the vote", "was the first to reject the result",
// "rushed to denounce it". rejectionVerdict skips a verb after "to" as not
// the actor's own ("urged them to reject it"); after these words it is,
// and "Western governments were quick to condemn the elections as a power
// grab" had no verdict and was read as recognising by the model, which
// knows "were quick to" from congratulations.
func lab31enOwnTo(words []string, i int) bool {
	return i >= 2 && words[i-1] == "to" && lab31enEagerLeads[words[i-2]]
}
