package article

// ruDidItPronouns stand before a Russian verb of doing for the act just
// told ("это сделали", "так сделал"): see ruDidIt (fgr15_didit.go).
var ruDidItPronouns = wordSet(`это так`)

// deRelativePronouns open a German relative clause after a speaker's
// comma (deRelativeAt, fgr15_deopener.go).
var deRelativePronouns = wordSet(`dessen deren denen welcher welche welches welchem welchen`)

// articleParticles join a name only after one of articleParticleOpeners
// (loneArticleParticle, fgr15_phrase.go).
var (
	articleParticles       = wordSet(`der дер den`)
	articleParticleOpeners = wordSet(`van von фон vom`)
)

// dePossessives are the German possessive determiners of the third person
// before a title (possessedTitleAt, fgr15_phrase.go).
var dePossessives = wordSet(`sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer`)
