package article

// Word lists of the twenty-third helper's German and Russian rules
// (gr23_*.go).

// gr23DeSubordinators open a German clause of time, condition or
// concession whose subject comes right after them and whose verb ends it
// ("…, wenn er sagt, …", "…, als sie erklärte, …"; gr23_subordinate.go).
// Not the causal ones ("weil", "da"): as with iberoSubordinators, their
// clause gives the main subject's reason, not a third person's act. Not
// "während", also the preposition "during" (a stop word in lexicon_de.go).
var gr23DeSubordinators = wordSet(`als wenn nachdem sobald obwohl bevor`)
