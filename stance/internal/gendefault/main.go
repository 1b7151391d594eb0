// Command gendefault trains a default model (-task stance: on the
// embedded leaders' corpus; tone: on its tones; polarity: on UCI Sentiment
// Labelled Sentences and the project's posts, package corpus/sentiment;
// -lang CODE: the model of
// the task, stance or tone, of another language, on its corpus) and writes its compact
// encoding; `go generate ./stance` runs it.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stancekit/stancekit/corpus/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// encodePolarity trains the default polarity model on the UCI sentences,
// the posts and the reviews with the VADER lexicon prior.
func encodePolarity() ([]byte, error) {
	exs, err := sentiment.Polarity()
	if err != nil {
		return nil, err
	}
	return stance.EncodeDefaultPolarity(exs, sentiment.LexiconExamples(sentiment.VADER(), stance.PolarityLexiconWeight))
}

func main() {
	out := flag.String("out", "default.bin", "output `file`")
	task := flag.String("task", stance.TaskStance, "the default model's `task`: stance, tone or polarity")
	lang := flag.String("lang", "", "a language other than English (ISO 639-1 `code`): its default model of -task, stance or tone")
	flag.Parse()
	if *lang != "" {
		encode := map[string]func(string) ([]byte, error){stance.TaskStance: stance.EncodeDefaultLanguage,
			stance.TaskTone: stance.EncodeDefaultToneLanguage}[*task]
		if encode == nil {
			fmt.Fprintf(os.Stderr, "gendefault: -task %q with -lang: want stance or tone\n", *task)
			os.Exit(2)
		}
		write(*out, func() ([]byte, error) { return encode(*lang) })
		return
	}
	encode := map[string]func() ([]byte, error){stance.TaskStance: stance.EncodeDefault, stance.TaskTone: stance.EncodeDefaultTone,
		stance.TaskPolarity: encodePolarity}[*task]
	if encode == nil {
		fmt.Fprintf(os.Stderr, "gendefault: -task %q: want stance, tone or polarity\n", *task)
		os.Exit(2)
	}
	write(*out, encode)
}

// write writes what encode returns to the file out, or exits with the error.
func write(out string, encode func() ([]byte, error)) {
	b, err := encode()
	if err == nil {
		err = os.WriteFile(out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendefault:", err)
		os.Exit(1)
	}
}
