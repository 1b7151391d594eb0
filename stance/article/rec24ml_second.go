package article

// The second verb of coordinated subjects: "Верховный представитель ЕС
// A и еврокомиссар B в совместном заявлении поздравили X и выразили
// готовность …", "El canciller A y la vicecanciller B felicitaron a X y
// le desearon éxito", "A et B ont félicité X et salué …". The second verb
// reads its subject back to the sentence's opening, A; its act then
// started right after A, before the first verb's act of A and B, which
// the overlapping act of one speaker swallowed: A was lost. The second
// verb's act starts at the verb when its text would begin before the
// first verb's.

// rec24mlSecondVerbStart returns where the act p of the verb toks[v],
// conjoined to the act of the last part, starts: at the verb when p's
// text would open before the text of the parts already read, or where it
// was.
func (ix *intl) rec24mlSecondVerbStart(parts []reportedPart, p reportedPart, v int) int {
	if n := len(parts); n > 0 && p.cs < parts[n-1].cs {
		return v
	}
	return p.cs
}
