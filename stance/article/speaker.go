package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speaker is someone remarks are attributed to.
type speaker struct {
	name, role string
	kind       phraseKind
	// head and mods are an unnamed office's head word and modifiers
	// ("Russian President": president, [russian]).
	head string
	mods []string
	// into is set when this mention turned out to be another speaker (a
	// headline's "Russian President" is the lead's named leader).
	into    *speaker
	aliases []string // other mentions merged into this speaker, as written
	// boss is whom a spokesperson speaks for when the text says "his/her
	// spokesman"; bossKey the institution of "Kremlin spokesman".
	boss    *speaker
	bossKey string
	// gender is "he" or "she" once an English pronoun has gone to this
	// speaker (en15_pronoun.go), or "".
	gender string
}

// maxAliases bounds a speaker's alias list (and the work of keeping it
// unique) on adversarial input.
const maxAliases = 32

// canon follows merges to the speaker a mention stands for.
func (s *speaker) canon() *speaker {
	for n := 0; s.into != nil && n < 64; n++ {
		s = s.into
	}
	return s
}

func (s *speaker) addAlias(a string) {
	if a != "" && a != s.name && len(s.aliases) < maxAliases && !slices.Contains(s.aliases, a) {
		s.aliases = append(s.aliases, a)
	}
}

// aliasList is a copy of the aliases without the current name.
func (s *speaker) aliasList() []string {
	var out []string
	for _, a := range s.aliases {
		if a != s.name {
			out = append(out, a)
		}
	}
	return out
}

// merge makes from a mention of into: its name and aliases become into's
// aliases, and into takes its role if it had none.
func merge(from, into *speaker) {
	from, into = from.canon(), into.canon()
	if from == into {
		return
	}
	from.into = into
	into.addAlias(from.name)
	for _, a := range from.aliases {
		into.addAlias(a)
	}
	if into.role == "" {
		into.role = from.role
		if from.kind == pRole {
			into.role = from.name // an unnamed office's name is its role
		}
	}
}

// resolve maps a mention to a speaker, updating the discourse state, and
// records the mention among the speaker's aliases.
func (x *extractor) resolve(p phrase) *speaker {
	if s := x.indefiniteSpokesOwner(p); s != nil {
		s.addAlias(p.text) // "A spokesman said …" after the person; en15_pronoun.go
		return s
	}
	if s := x.proxyOwner(p); s != nil {
		s.addAlias(p.text)
		x.lastSingular = s
		return s
	}
	s := x.mention(p)
	if s == nil {
		return nil
	}
	s = s.canon()
	s.addAlias(p.text)
	if x.inHeadline && s.kind == pRole {
		x.headRoles = append(x.headRoles, s)
	}
	if x.inLead && s.kind == pName && x.leadName == nil {
		x.leadName = s
	}
	return s
}

// mention finds or creates the speaker a phrase names.
func (x *extractor) mention(p phrase) *speaker {
	switch p.kind {
	case pPronoun:
		return x.agreeing(p.word) // en15_pronoun.go
	case pAnonymous:
		if p.word == "they" && x.lastGroup != nil && x.sentNo-x.groupSent <= 1 {
			return x.lastGroup
		}
		if x.inAnswer && (p.word == "i" || p.word == "we") {
			return x.interviewee // "I call it a forgery" in an interview answer
		}
		if p.word == "it" {
			return x.itBody() // en19_it.go: "It added that …" after a body spoke
		}
		return nil
	case pName:
		s := x.named(p)
		x.lastSingular = s
		x.noteBody(s) // en19_it.go
		return s
	case pRole:
		s := x.office(p)
		x.lastSingular = s
		return s
	case pGroup:
		x.lastGroup, x.groupSent = x.lookup(p.role, p.kind), x.sentNo
		return x.lastGroup
	case pInstitution:
		s := x.lookup(p.role, p.kind)
		x.noteBody(s) // en19_it.go
		return s
	}
	return nil
}

// named finds the speaker of a name: the same name, a known surname or
// first word ("Putin", "Wang"), a known name ending in it ("López
// Obrador" after "Andrés Manuel López Obrador"), or a single-word name met
// before its full form. Otherwise it is a new speaker.
func (x *extractor) named(p phrase) *speaker {
	key := strings.ToLower(p.name)
	s := x.byName[key]
	f := strings.Fields(key)
	if s == nil && len(f) == 1 {
		s = x.bySurname[key]
		if s == nil {
			s = x.byFirst[key] // "Wang" after "Wang Lei"
		}
		if s == nil {
			s = x.byInner[key] // "Tchiroma" after "Issa Tchiroma Bakary"
		}
	}
	if s == nil && len(f) > 1 {
		s = x.bySuffix[key]
	}
	if s == nil && len(f) > 1 {
		// "Putin" first, "Vladimir Putin" later: one speaker.
		if t := x.byName[f[len(f)-1]]; t != nil && t.kind == pName && x.bySurname[f[len(f)-1]] == nil {
			s = t.canon()
			s.addAlias(s.name)
			s.name = p.name
			x.index(s, key)
		}
	}
	if s == nil {
		s = &speaker{name: p.name, role: p.role, kind: pName}
		x.register(s, key)
	} else if s = s.canon(); s.role == "" || fullerRole(s.role, p.role) {
		s.role = p.role
	}
	if len(f) > 1 {
		// The full name mentioned last owns its surname: "Sall added"
		// after "Abdou Karim Sall said" is not the Macky Sall of an
		// earlier paragraph.
		x.bySurname[f[len(f)-1]] = s
	}
	if s.boss == nil && s.bossKey == "" {
		x.setBoss(s, p.poss, p.role)
	}
	if s.boss == nil && s.bossKey == "" && p.body != "" {
		s.bossKey = p.body // "The party, through its chairman, Jo Roe, said"
	}
	return s
}

// setBoss reads whom a spokesperson speaks for from their role: "his
// spokeswoman" (poss; the last singular speaker), "Kremlin spokesman" (the
// capitalised words before the office), "spokesman for the foreign
// ministry" (what follows "for").
func (x *extractor) setBoss(s *speaker, poss, role string) {
	f := strings.Fields(role)
	k := slices.IndexFunc(f, func(w string) bool { return spokesRoles[strings.ToLower(w)] })
	if k < 0 {
		return
	}
	switch {
	case poss != "":
		if l := x.lastSingular; l != nil && l.canon() != s {
			s.boss = l.canon()
		}
	case k+1 < len(f) && strings.EqualFold(f[k+1], "for"):
		rest := f[k+2:]
		if len(rest) > 0 && strings.EqualFold(rest[0], "the") {
			rest = rest[1:]
		}
		s.bossKey = strings.Join(rest, " ")
	case k > 0:
		var caps []string
		for i, w := range f[:k] {
			if w != strings.ToLower(w) && (!titles[strings.ToLower(w)] || bodyTitle(f[:k], i)) {
				caps = append(caps, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
			}
		}
		s.bossKey = strings.Join(caps, " ")
	}
}

// bodyTitle reports whether the title-like word f[i] of a spokesperson's
// role is part of the name of the body spoken for: the next word is a
// capitalised institution ("State Department spokesman", "Foreign
// Ministry spokeswoman"), not a person's name ("President Kask's
// spokesman", where the title is dropped).
func bodyTitle(f []string, i int) bool {
	if i+1 >= len(f) {
		return false
	}
	n := f[i+1]
	return n != strings.ToLower(n) && institutions[strings.ToLower(n)]
}

// office resolves a person named by office. A definite one ("the
// president", "the Russian president") is the most recent speaker whose
// name or role has the head and every modifier; "the X leader" is also
// the last singular speaker when that speaker holds a leading office and
// the unmatched modifiers are proper words ("the Kremlin leader"); a bare
// "the president" is the last singular speaker of unknown role. Anything
// else is an unnamed speaker of its own.
func (x *extractor) office(p phrase) *speaker {
	if p.definite {
		if e := x.off27LastHolder(p); e != nil {
			return e // off27_holder.go: "Trump, for his part, … the president again claimed"
		}
		if e := x.recentOffice(p.head, p.mods); e != nil {
			return e
		}
		l := x.lastSingular
		if l != nil {
			l = l.canon()
		}
		if l != nil && l.kind == pName && leaderHeads[p.head] && l.leads() && l.matches(p.head, p.commonMods) {
			for _, m := range p.properMods {
				x.leaderOf[m] = l
			}
			return l
		}
		if len(p.mods) == 0 && l != nil && l.kind == pName && l.role == "" {
			return l
		}
		if d := x.described(p); d != nil {
			return d // "the 62-year-old opposition leader", "the former general" (described.go)
		}
	}
	s := x.lookup(p.role, pRole)
	if s.head == "" {
		s.head, s.mods = p.head, p.mods
	}
	if s.boss == nil && s.bossKey == "" {
		x.setBoss(s, p.poss, p.role) // "Putin's spokesman", "a spokeswoman for the ministry"
	}
	return s
}

// leads reports whether the speaker's role is a leading office (president,
// prime minister, chancellor, king, …).
func (s *speaker) leads() bool {
	for _, w := range strings.Fields(strings.ToLower(s.role)) {
		if leaderHeads[w] {
			return true
		}
	}
	return false
}

func (x *extractor) lookup(name string, kind phraseKind) *speaker {
	key := strings.ToLower(name)
	if s := x.byName[key]; s != nil {
		return s.canon()
	}
	s := &speaker{name: name, kind: kind}
	x.register(s, key)
	return s
}

// register adds a new speaker known by key (its lower-case name).
func (x *extractor) register(s *speaker, key string) {
	x.entries = append(x.entries, s)
	x.index(s, key)
}

// index makes s findable by key and, for a full name, by its last and
// first words and by every ending of two words or more (unless another
// speaker already has them).
func (x *extractor) index(s *speaker, key string) {
	x.byName[key] = s
	f := strings.Fields(key)
	if s.kind != pName || len(f) < 2 {
		return
	}
	if x.bySurname[f[len(f)-1]] == nil {
		x.bySurname[f[len(f)-1]] = s
	}
	if x.byFirst[f[0]] == nil {
		x.byFirst[f[0]] = s
	}
	x.indexInner(s, f)
	for i := 1; i+1 < len(f) && i < 8; i++ {
		k := strings.Join(f[i:], " ")
		if x.bySuffix[k] == nil {
			x.bySuffix[k] = s
		}
	}
}

// matches reports whether a speaker's name or role contains head and every
// modifier ("the Russian president" → "Russian President Vladimir Putin").
func (s *speaker) matches(head string, mods []string) bool {
	words := strings.Fields(strings.ToLower(s.role + " " + s.name))
	for i, w := range words {
		words[i] = strings.TrimSuffix(strings.ReplaceAll(w, "’", "'"), "'s")
	}
	if head != "leader" && !slices.Contains(words, head) && !(memberWords[head] && slices.ContainsFunc(words, func(w string) bool { return memberWords[w] })) {
		return false // "the deputy" is the "Labour MP" named before (lexicon_en15.go)
	}
	for _, m := range mods {
		if !slices.Contains(words, m) {
			return false
		}
	}
	return true
}

// linkHeadline merges the headline's unnamed offices ("Russian President
// says …") into the first named speaker of the lead paragraph, when that
// speaker's role is unknown or has the same head: wire reports name in the
// lead the person the headline describes.
func (x *extractor) linkHeadline() {
	l := x.leadName
	if l == nil {
		return
	}
	l = l.canon()
	for _, h := range x.headRoles {
		h = h.canon()
		if h.kind == pRole && h != l && (l.role == "" || l.matches(h.head, nil)) {
			merge(h, l)
		}
	}
}

// spokesFor names whom a spokesperson speaks for: the person "his" or
// "her" referred to, the leader the article tied to the institution of the
// role ("Kremlin spokesman" after "the Kremlin leader"), a person the
// article named ("Putin's spokesman" → Vladimir Putin), or the
// institution itself. It is empty for anyone else.
func (x *extractor) spokesFor(s *speaker) string {
	if s.boss != nil {
		if b := s.boss.canon(); b != s {
			return b.name
		}
	}
	if s.bossKey == "" {
		return ""
	}
	key := strings.ToLower(s.bossKey)
	if l := x.leaderOf[key]; l != nil {
		return l.canon().name
	}
	if l := x.byName[key]; l != nil && l.kind == pName {
		return l.canon().name
	}
	if l := x.bySurname[key]; l != nil {
		return l.canon().name // "Putin's spokesman" → Vladimir Putin
	}
	return s.bossKey
}

// bodySpokesperson reports whether s is an unnamed spokesperson of a
// body, not of a person ("a State Department spokesperson", "a Foreign
// Ministry spokesman"; for is spokesFor's answer): reporters attribute
// such a statement to the body itself, so the body's name is one of the
// speaker's name forms. The name must end in an institution word: a
// person's spokesman ("President Kask's spokesman") is not the person.
func bodySpokesperson(s *speaker, for_ string) bool {
	if s.kind == pName || s.boss != nil || for_ == "" || for_ != s.bossKey {
		return false
	}
	f := strings.Fields(for_)
	return institutions[strings.ToLower(f[len(f)-1])]
}

// proxyOwner is the person whose office, government or campaign speaks
// ("Her office said", "President Ivo Kask's government said", "Kask's
// camp said"): reporters attribute such statements to the person, and so
// does the reader. "her"/"his" is the last singular named speaker; a name
// before "'s" must be a person already met or come with a title. Anything
// else ("the registrar's office", "Zambia's government") is nil: it stays
// a speaker of its own.
func (x *extractor) proxyOwner(p phrase) *speaker {
	if p.kind != pRole && p.kind != pInstitution {
		return nil
	}
	words := strings.Fields(p.text)
	if len(words) < 2 || !proxyBodies[strings.ToLower(words[len(words)-1])] {
		return nil
	}
	owner := words[:len(words)-1]
	if len(owner) == 1 && (strings.EqualFold(owner[0], "his") || strings.EqualFold(owner[0], "her")) {
		if l := x.lastSingular; l != nil && l.canon().kind == pName {
			return l.canon()
		}
		return nil
	}
	last := owner[len(owner)-1]
	base := strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	if base == last {
		return nil
	}
	name := append(append([]string{}, owner[:len(owner)-1]...), base)
	var title []string
	for len(name) > 1 && (titles[strings.ToLower(name[0])] || honorifics[strings.ToLower(strings.TrimSuffix(name[0], "."))]) {
		title, name = append(title, name[0]), name[1:]
	}
	for _, w := range []string{name[0], name[len(name)-1]} {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return nil
		}
	}
	key := strings.ToLower(strings.Join(name, " "))
	s := x.byName[key]
	if s == nil && len(name) == 1 {
		s = x.bySurname[key]
	}
	if s != nil && s.canon().kind == pName {
		return s.canon()
	}
	if len(title) == 0 {
		return nil
	}
	return x.named(phrase{kind: pName, name: strings.Join(name, " "), role: strings.Join(title, " "), titled: true})
}
