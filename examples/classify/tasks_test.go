package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output (review the diff!)")

// toneStatements are the statements whose tone is not their
// stance's: recognising and negative, withholding and negative,
// withholding and positive.
var toneStatements = []string{
	"This hurts, and it will keep hurting. But I accept the verdict.",
	"We are deeply concerned by the irregularities and await the final count.",
	"We warmly congratulate the people on a peaceful vote and will comment once the results are final.",
}

// polarityTexts are reviews and posts: clearly positive, clearly negative,
// and lukewarm (inside the neutral band: abstained).
var polarityTexts = []string{
	"Absolutely love it, best purchase this year!",
	"The battery died after two days and support never answered.",
	"It was okay I guess.",
}

// The output of every -task form, in text, JSON and CSV, against golden
// files (go test ./examples/classify -run TestTaskGolden -update rewrites
// them).
func TestTaskGolden(t *testing.T) {
	dir := t.TempDir()
	csvIn := filepath.Join(dir, "in.csv")
	in := "id,text\n"
	for i, s := range toneStatements {
		in += fmt.Sprintf("s%d,%q\n", i+1, s)
	}
	require.NoError(t, os.WriteFile(csvIn, []byte(in), 0o644))
	for _, c := range []struct {
		name string
		cfg  config
	}{
		{"tone.txt", config{tasks: []string{"tone"}}},
		{"stance_tone.txt", config{tasks: []string{"stance", "tone"}}},
		{"stance_tone.jsonl", config{tasks: []string{"stance", "tone"}, json: true}},
		{"stance_tone.csv", config{tasks: []string{"stance", "tone"}, in: csvIn}},
		{"polarity.txt", config{tasks: []string{"polarity"}}},
		{"polarity.jsonl", config{tasks: []string{"polarity"}, json: true}},
	} {
		// Each case as it is (routed by language), and pinned to English
		// with -lang en, which gives the output from before routing byte
		// for byte (testdata/lang_en holds the golden files of then).
		for _, pin := range []string{"", "en"} {
			c := c
			c.cfg.lang = pin
			if pin != "" {
				c.name = filepath.Join("lang_en", c.name)
			}
			taskGolden(t, c.name, c.cfg)
		}
	}
}

// taskGolden runs classify with cfg on the statements of the golden case
// name and compares its output with testdata/NAME.golden.
func taskGolden(t *testing.T, name string, cfg config) {
	t.Run(name, func(t *testing.T) {
		args := toneStatements
		switch {
		case cfg.in != "":
			args = nil
		case cfg.tasks[0] == "polarity":
			args = polarityTexts
		}
		out, _, err := classify(t, cfg, args, "")
		require.NoError(t, err)
		golden := filepath.Join("testdata", name+".golden")
		if *update {
			require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		assert.Equal(t, string(want), out)
	})
}

// -model TASK=FILE gives a task its model; a bare FILE is the stance
// model; a file of another task, a model for a task not asked for, and a
// second model for a task are errors.
func TestTaskModels(t *testing.T) {
	dir := t.TempDir()
	tone, err := stance.DefaultTone()
	require.NoError(t, err)
	toneFile := filepath.Join(dir, "tone.json")
	require.NoError(t, tone.SaveFile(toneFile))

	var c config
	require.NoError(t, c.setTasks("stance,tone"))
	require.NoError(t, c.setModel("tone="+toneFile))
	out, _, err := classify(t, c, toneStatements[:1], "")
	require.NoError(t, err)
	assert.Equal(t, "recognising", strings.Split(out, "\t")[0])
	assert.Equal(t, string(corpus.Negative), strings.Split(out, "\t")[2])

	_, _, err = classify(t, config{model: toneFile}, []string{"x"}, "")
	assert.ErrorContains(t, err, "a tone model, given for task stance")
	_, _, err = classify(t, config{taskModels: map[string]string{"tone": toneFile}}, []string{"x"}, "")
	assert.ErrorContains(t, err, "task tone is not among -task stance")
	_, _, err = classify(t, config{tasks: []string{"emotion"}}, []string{"x"}, "")
	assert.ErrorContains(t, err, `no default model for task "emotion"`)
	assert.ErrorContains(t, c.setModel("tone=other.json"), "a second model for task tone")
	assert.ErrorContains(t, c.setTasks("tone,tone"), "given twice")
	assert.ErrorContains(t, c.setTasks("stance,to ne"), "ASCII letters")
	var d config
	require.NoError(t, d.setModel("./a=b.json"))
	assert.Equal(t, "./a=b.json", d.model, "a path with '=' whose prefix is no task name is a file")
}
