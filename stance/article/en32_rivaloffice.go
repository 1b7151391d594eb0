package article

import (
	"slices"
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Rival offices. A report of the result names the defeated rival once and
// then by office: "Anna Berg refused to concede. … The opposition leader
// told supporters the vote had been stolen." describedPrev ties such an
// office to a name only within a paragraph and to a name in full; across
// paragraphs, or after a bare surname, the office stayed a speaker of its
// own, and the rival's stance was split between two speakers. When the
// election's context names the rivals and exactly one of them speaks in
// the article, an unnamed speaker whose phrase is an office only the
// defeated side holds (en32RivalOffices: "opposition leader", "defeated
// candidate", "runner-up") is that rival. With two rivals speaking, or
// none, the office stays as it is.

// en32RivalOffice renames the remarks of a rival office to the one rival
// speaking in remarks, the office kept as an alias.
func en32RivalOffice(ctx stance.Context, text string, remarks []Remark) {
	forms := make(map[string]bool)
	for _, f := range ctx.Rivals {
		forms[foldName(f)] = true
	}
	rival := ""
	for _, rm := range remarks {
		if rm.Speaker == "" || rm.Speaker == rival || !slices.ContainsFunc(append([]string{rm.Speaker}, rm.Aliases...), func(f string) bool { return forms[foldName(f)] }) {
			continue
		}
		if rival != "" {
			return // two rivals speak: the office could be either's
		}
		rival = rm.Speaker
	}
	if rival == "" {
		return
	}
	for i := range remarks {
		rm := &remarks[i]
		office := strings.TrimPrefix(strings.ToLower(rm.Speaker), "the ")
		key := strings.ReplaceAll(office, " ", "_")
		if en32RivalOffices[key] && !rev32enOtherHolder(text, ctx.Rivals, *rm, key) { // rev32en_rivaloffice.go
			rm.Aliases = append(rm.Aliases, rm.Speaker)
			rm.Speaker = rival
		}
	}
}
