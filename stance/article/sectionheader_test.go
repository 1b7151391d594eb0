package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSectionHeader: a roundup's section header in capitals is a paragraph
// of its own and never part of the next speaker's name; a colon, a comma,
// lower case or a long line in capitals is no header. Sentences written
// for the test.
func TestSectionHeader(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"RIGHTS GROUPS", true},
		{"TURKEY", true},
		{"SRI LANKA AND BHUTAN", true},
		{"ЕВРОСОЮЗ", true},
		{"Q:", false},
		{"UN", false},
		{"NORLAND: WE WAIT", false},
		{"Rights groups", false},
		{"WE WILL NEVER ACCEPT THIS STOLEN VOTE", false},
		{"TURKEY, IRAN", false},
		{"RELATED COVERAGE", false},
	} {
		assert.Equal(t, c.want, sectionHeader(c.line), c.line)
	}
	text := "Leaders react to the Norland vote\n\nRIGHTS GROUPS\nMara Quill of Velor Watch said the count could not be trusted.\n\n" +
		"TURKEY AND IRAN\nAnkara's foreign ministry said it welcomed the result.\n\n" +
		"Ivo Kask said he would wait\nfor the final count.\n"
	var speakers []string
	for _, r := range Extract(text) {
		speakers = append(speakers, r.Speaker)
	}
	assert.Equal(t, []string{"Mara Quill", "Ankara's foreign ministry", "Ivo Kask"}, speakers)
}
