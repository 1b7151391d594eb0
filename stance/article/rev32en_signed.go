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
