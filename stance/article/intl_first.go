package article

// Among the first to react: "X foi dos primeiros a escrever nas redes
// sociais, falando numa “vitória do povo”", "fue de los primeros en
// reaccionar", "a été parmi les premiers à réagir". firstToRecognise
// takes a recognition after the word for "first"; a reaction or a
// message written is as much the act, whose text then says its stance.
