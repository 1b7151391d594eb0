package article

import "strings"

// A reporter's header signs no prose. A news page sets its own
// correspondent's analysis under a header of the same shape as a
// roundup's entry ("Jon Roe, Africa correspondent:" over "The margin is
// too large to be believed …"): that prose is the reporter's reading of
// the vote, a commentator's, not a reaction, and signing it gave the
// correspondent a stance. rev32enPressSigner keeps en32SignedHeader from
// signing the paragraph under a header whose office is a press role
// (pressRoles: correspondent, editor, reporter …).

// rev32enPressSigner reports whether the header's speaker spk holds a
// press role.
func rev32enPressSigner(spk *speaker) bool {
	if spk == nil {
		return false
	}
	if pressRoles[spk.head] {
		return true
	}
	f := strings.Fields(strings.ToLower(spk.role))
	return len(f) > 0 && pressRoles[f[len(f)-1]]
}

// The signer told about. The paragraph under a header may be the
// reporter's note on the signer rather than the signer's words: "– Jon
// Roe, Sarn's foreign minister:" over "A fierce critic of the president,
// Roe was expelled in 2019 after a vote widely seen as rigged." No one
// calls oneself by one's surname, so a sentence naming the signer by the
// last word of the name is the reporter's, and it ends the entry, as
// rev31mlSignerWords reads it in the other languages.

// rev32enNamesSigner reports whether toks name spk by the last word of a
// name of two words or more.
func rev32enNamesSigner(toks []token, spk *speaker) bool {
	if spk == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(spk.name))
	if len(f) < 2 {
		return false
	}
	for _, t := range toks {
		if t.word() && t.cap && t.lower == f[len(f)-1] {
			return true
		}
	}
	return false
}
