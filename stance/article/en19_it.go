package article

// A body named as a speaker ("The foreign ministry welcomed the vote",
// "The White House said …") is what a sentence's "It" means next: "It
// added that the count had been marred by fraud", "It said it hoped …".
// "it" had no speaker before; "they" went to the last group.

// noteBody records the speaker s of a phrase when it is a body: an
// institution ("the foreign ministry", "the White House") or a body named
// by its proper name (bodyNamed: "the Civic Movement").
func (x *extractor) noteBody(s *speaker) {
	if s == nil {
		return
	}
	if c := s.canon(); c.kind == pInstitution || bodyNamed(c) {
		x.lastBody, x.bodySent = s, x.sentNo
	}
}

// itBody is the body "it" means: the one noted in this sentence or the
// one before, else nil.
func (x *extractor) itBody() *speaker {
	if x.lastBody != nil && x.sentNo-x.bodySent <= 1 {
		return x.lastBody
	}
	return nil
}
