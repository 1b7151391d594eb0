package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadFieldNames(t *testing.T) {
	o := ReadOptions{Name: "x", TextField: "Statement", IDField: "row", LabelField: "tone"}
	csvIn := "row,Statement,tone,text\nr1,\"We accept, \"\"warmly\"\".\",positive,other\n"
	exs, err := ReadAll(ReadCSV(strings.NewReader(csvIn), o))
	require.NoError(t, err)
	require.Len(t, exs, 1)
	assert.Equal(t, Example{ID: "r1", Text: `We accept, "warmly".`, Label: "positive", Meta: map[string]string{"text": "other"}}, exs[0])

	jsonIn := `{"row":"r1","Statement":"We accept.","tone":"positive","text":"other"}` + "\n"
	exs, err = ReadAll(ReadJSONL(strings.NewReader(jsonIn), o))
	require.NoError(t, err)
	require.Len(t, exs, 1)
	assert.Equal(t, Example{ID: "r1", Text: "We accept.", Label: "positive", Meta: map[string]string{"text": "other"}}, exs[0])

	for _, tc := range []struct{ name, msg string }{
		{"csv", `x:1: malformed record: header has no "Statement" column`},
		{"jsonl", `x:1: Statement: empty text (no "Statement" field)`},
	} {
		read := ReadCSV
		in := "text,label\nhi,a\n"
		if tc.name == "jsonl" {
			read, in = ReadJSONL, `{"text":"hi","label":"a"}`+"\n"
		}
		_, err := ReadAll(read(strings.NewReader(in), o))
		assert.ErrorContains(t, err, tc.msg, tc.name)
	}
	_, err = ReadAll(ReadJSONL(strings.NewReader(`{"Statement":"hi"}`+"\n"), o))
	assert.ErrorContains(t, err, "x:1: tone: missing label", "errors name the configured field")
}
