package article

import "github.com/stancekit/stancekit/stance"

// Celebrating the result recognises it, in Spanish, Portuguese and
// French, as "celebrated the win" does in English (objectStems,
// action.go): "celebró el resultado sin reservas", "celebrou o que chamou
// de «vitória da democracia»", "a célébré la réélection du président".
// The verb is in no recognition list, because "celebrar elecciones" is to
// hold them and "celebró su cumpleaños" is no act about the vote; and the
// models of the three languages read a third person's "celebrou a vitória"
// as hostile as often as not. So a verb of celebrating
// (lab29romCelebrateStems) is the act's recognition word when a victory or
// a result (lab29romCelebratedObjects) follows it within
// lab29romCelebrateSpan words; the verb rule (intl_verdict.go) then reads
// the negation before it and a rival in its object as for "felicitó"
// ("no celebró el triunfo", "festejó la victoria de <rival>"). A
// possessive before the noun ("celebró su victoria", "a fêté sa victoire")
// is a candidate's own claim, not a verdict on the declared one: no
// recognition word then, the model reads it.

// lab29romCelebrateSpan is how far after the verb the victory may be
// named ("a célébré ce qu'il a appelé une victoire" is six words).
const lab29romCelebrateSpan = 6

// lab29romCelebratedAt returns v when it is a recognition already found,
// else the index of a verb celebrating a victory or a result in words, or
// -1.
func lab29romCelebratedAt(ctx stance.Context, code string, words []string, v int) int {
	stems, ok := lab29romCelebrateStems[code]
	if v >= 0 || !ok {
		return v
	}
	for i, w := range words {
		if !hasStem([]string{w}, stems) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+lab29romCelebrateSpan; k++ {
			if lab29romCelebratedObjects[code][words[k]] {
				if lab29romOwnPossessives[words[k-1]] {
					break // "celebró su victoria": the celebrant's own claim
				}
				if rev29romOtherComplement(ctx, code, words, k) {
					break // rev29rom_celebrated.go: "celebró los resultados de la balanza comercial"
				}
				return i
			}
		}
	}
	return -1
}
