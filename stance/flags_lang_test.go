package stance_test

import (
	"flag"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// -lang takes ISO 639-1 codes and the names it took before, and leaves
// what it does not know to tokenize.Options.Validate.
func TestLangFlag(t *testing.T) {
	for _, tc := range []struct{ arg, want string }{
		{"en", "english"}, {"english", "english"}, {"English", "english"}, {"es", "spanish"}, {"spanish", "spanish"},
		{"fr", "french"}, {"ru", "russian"}, {"pt", "portuguese"}, {"de", "german"}, {"deutsch", "german"},
		{"sv", "swedish"}, {"no", "norwegian"}, {"hu", "hungarian"}, {"hungarian", "hungarian"}, {" Klingon ", "klingon"},
	} {
		o := stance.DefaultOptions()
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		o.BindFlags(fs)
		require.NoError(t, fs.Parse([]string{"-lang", tc.arg}), tc.arg)
		assert.Equal(t, tc.want, o.Tokenizer.Language, tc.arg)
	}
	o := stance.DefaultOptions()
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	o.BindFlags(fs)
	assert.Equal(t, "english", fs.Lookup("lang").DefValue, "the default shows as before")
	require.NoError(t, fs.Parse([]string{"-lang", "klingon"}))
	assert.ErrorIs(t, o.Tokenizer.Validate(), tokenize.ErrOptions, "the tokenizer judges what it does not know")
	require.NoError(t, fs.Parse([]string{"-lang", "es"}))
	assert.NoError(t, o.Tokenizer.Validate())
}
