package article

// ruDidItPronouns stand before a Russian verb of doing for the act just
// told ("это сделали", "так сделал"): see ruDidIt (fgr15_didit.go).
var ruDidItPronouns = wordSet(`это так`)
