package article

import "strings"

// Two clauses of a sentence joined by "but" have two subjects, and a
// person in apposition may be described by a word that is no office:
//
//   - "X venceu a segunda volta, mas o adversário, o independente Y,
//     recusa-se a aceitar os números", "X ganó, pero el rival, el
//     opositor Y, no reconoce …": the person who opened the sentence was
//     taken for the subject of the verb after "mas"/"pero", since only
//     "e"/"y" were read as opening a new subject (newSubject);
//   - "o adversário, o independente Y," "el rival, el opositor Y,": an
//     office in apposition to another needed an office of its own; a
//     description of the person's camp ("independente", "opositor") names
//     them as well (titledApposition).

// butOpensClause reports whether toks[i] is a contrasting conjunction of
// the language's buts after a comma ("…, mas o adversário …"), which
// opens a clause with a subject of its own.
func (ix *intl) butOpensClause(toks []token, i int) bool {
	return i > 0 && toks[i-1].is(",") && ix.side().buts[toks[i].lower]
}

// describedRival reports whether the name a in apposition carries a
// one-word lower-case description of its own ("o independente Y", "el
// opositor Y").
func (ix *intl) describedRival(a phrase) bool {
	return a.role != "" && !strings.Contains(a.role, " ") && strings.ToLower(a.role) == a.role
}
