package article

// Among the first to react: "X foi dos primeiros a escrever nas redes
// sociais, falando numa “vitória do povo”", "fue de los primeros en
// reaccionar", "a été parmi les premiers à réagir". firstToRecognise
// takes a recognition after the word for "first"; a reaction or a
// message written is as much the act, whose text then says its stance.

// firstReactions are the infinitives of reacting and writing, in the
// languages of lexicons.
var firstReactions = wordSet(`
	escrever reagir pronunciar-se manifestar-se
	escribir reaccionar pronunciarse manifestarse
	réagir écrire saluer
	reagieren schreiben begrüßen
	отреагировать откликнуться приветствовать`)

// limitVerbs say someone did no more than what the infinitive after them
// tells ("se limitó a saludar a los mexicanos", "limitou-se a exigir"):
// reflexive, but an act when no clause follows, unlike "äußerte sich" or
// "no se ha manifestado", whose reflexive makes them speech.
var limitVerbs = wordSet(`limitó limitaron limitou-se limitaram-se`)
