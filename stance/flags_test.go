package stance

import (
	"flag"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBindFlags(t *testing.T) {
	o := DefaultOptions()
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	o.BindFlags(fs)
	require.NoError(t, fs.Parse([]string{"-kind", "multinomial", "-alpha", "0.3", "-ngrams", "2-4", "-stem=false", "-binary"}))
	assert.Equal(t, Multinomial, o.Kind)
	assert.Equal(t, 0.3, o.Alpha)
	assert.Equal(t, [2]int{2, 4}, [2]int{o.Tokenizer.NGramMin, o.Tokenizer.NGramMax})
	assert.False(t, o.Tokenizer.Stem)
	assert.True(t, o.Binary)
	assert.True(t, o.Tokenizer.Negation, "untouched flags keep the defaults")

	for _, bad := range [][]string{{"-kind", "svm"}, {"-ngrams", "3-1"}, {"-ngrams", "x"}} {
		o := DefaultOptions()
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		o.BindFlags(fs)
		assert.Error(t, fs.Parse(bad), "%v", bad)
	}
	o = DefaultOptions()
	fs = flag.NewFlagSet("t", flag.ContinueOnError)
	o.BindFlags(fs)
	require.NoError(t, fs.Parse([]string{"-ngrams", "2"}))
	assert.Equal(t, [2]int{2, 2}, [2]int{o.Tokenizer.NGramMin, o.Tokenizer.NGramMax})
}

func TestBindFlagsKind(t *testing.T) {
	for _, tc := range []struct {
		arg  string
		want Kind
	}{{"mnb", Multinomial}, {"multinomial", Multinomial}, {"cnb", Complement}, {"complement", Complement}} {
		o := DefaultOptions()
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		o.BindFlags(fs)
		require.NoError(t, fs.Parse([]string{"-kind", tc.arg}))
		assert.Equal(t, tc.want, o.Kind, tc.arg)
	}

	// A program's own -kind is left alone.
	o := DefaultOptions()
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	own := fs.String("kind", "nbsvm", "the program's kinds")
	o.BindFlags(fs)
	require.NoError(t, fs.Parse([]string{"-kind", "bayesian", "-alpha", "2"}))
	assert.Equal(t, "bayesian", *own)
	assert.Equal(t, Complement, o.Kind, "the options' kind is untouched")
	assert.Equal(t, 2.0, o.Alpha)
}
