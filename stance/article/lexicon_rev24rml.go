package article

// rev24rmlOfWords are the prepositions (and their contractions with the
// article) that make the names after them the complement of a noun:
// "los votantes de los opositores A y B", "les militants des députés A
// et B", "os militantes dos deputados A e B" (rev24rml_narrow.go).
var rev24rmlOfWords = map[string]map[string]bool{
	"es": wordSet(`de del`),
	"pt": wordSet(`de do da dos das`),
	"fr": wordSet(`de du des d'`),
}

// rev24rmlStandIns are the pronouns that stand for a thing named before
// ("los del guatemalteco A", "ceux du président A", "os do ministro A"):
// the names after them are whose the messages were, and a plural
// relative verb after them is the names' own (rev24rml_narrow.go).
var rev24rmlStandIns = map[string]map[string]bool{
	"es": wordSet(`los las aquellos aquellas`),
	"pt": wordSet(`os as aqueles aquelas`),
	"fr": wordSet(`ceux celles`),
}
