package lang

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"sync"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"en", "en"}, {"EN", "en"}, {" english ", "en"}, {"English", "en"}, {"eng", "en"},
		{"es", "es"}, {"spanish", "es"}, {"Español", "es"}, {"spa", "es"},
		{"fr", "fr"}, {"french", "fr"}, {"français", "fr"}, {"fre", "fr"},
		{"ru", "ru"}, {"russian", "ru"}, {"Русский", "ru"},
		{"pt", "pt"}, {"portuguese", "pt"}, {"português", "pt"},
		{"de", "de"}, {"german", "de"}, {"Deutsch", "de"}, {"ger", "de"},
		{"swedish", "sv"}, {"norwegian", "no"}, {"nb", "no"}, {"hungarian", "hu"},
	} {
		got, err := Parse(c.in)
		if err != nil || got != c.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"", "xx", "klingon", "und", "e n", "englishh"} {
		got, err := Parse(in)
		if !errors.Is(err, ErrUnknownLanguage) || got != "" {
			t.Errorf("Parse(%q) = %q, %v; want an error wrapping ErrUnknownLanguage", in, got, err)
		}
	}
}

func TestSupported(t *testing.T) {
	want := []string{"de", "en", "es", "fr", "pt", "ru"}
	got := Supported()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Supported() = %v; want %v", got, want)
	}
	got[0] = "xx"
	if !reflect.DeepEqual(Supported(), want) {
		t.Fatal("changing Supported's result changed the package's set")
	}
	for _, c := range want {
		if !IsSupported(c) {
			t.Errorf("IsSupported(%q) = false", c)
		}
	}
	for _, c := range []string{"", "und", "it", "english", "EN"} {
		if IsSupported(c) {
			t.Errorf("IsSupported(%q) = true", c)
		}
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.Languages(), want) {
		t.Fatalf("default model's languages %v; want %v", m.Languages(), want)
	}
}

// TestDetectHandChecked: short statements written for this test, each
// checked by hand to be in the language given.
func TestDetectHandChecked(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"We congratulate the president-elect.", "en"},
		{"Too early to call.", "en"},
		{"The count is not over yet and we will wait for the courts.", "en"},
		{"Felicitamos al presidente electo.", "es"},
		{"No reconocemos estos resultados.", "es"},
		{"Es demasiado pronto para sacar conclusiones.", "es"},
		{"El gobierno espera los resultados oficiales del escrutinio.", "es"},
		{"Parabenizamos o presidente eleito.", "pt"},
		{"Não reconhecemos esses resultados.", "pt"},
		{"O governo aguarda os resultados oficiais da apuração.", "pt"},
		{"É cedo demais para tirar conclusões.", "pt"},
		{"La France félicite chaleureusement le président élu.", "fr"},
		{"Nous ne reconnaissons pas ces résultats.", "fr"},
		{"Il est trop tôt pour se prononcer.", "fr"},
		{"Россия поздравляет избранного президента.", "ru"},
		{"Мы не признаём итоги этих выборов.", "ru"},
		{"Пока рано делать выводы.", "ru"},
		{"Wir gratulieren dem gewählten Präsidenten.", "de"},
		{"Wir erkennen dieses Ergebnis nicht an.", "de"},
		{"Es ist noch zu früh für ein Urteil.", "de"},
		{"WE WILL NEVER ACCEPT THIS STOLEN ELECTION", "en"},
		{"NUNCA ACEPTAREMOS ESTE FRAUDE ELECTORAL", "es"},
		// Other languages and no language at all: never a guess.
		{"NON ACCETTEREMO MAI QUESTE ELEZIONI TRUCCATE DAL GOVERNO", Unsupported},
		{"", Unsupported},
		{"   \t\n", Unsupported},
		{"2024 — 51,3 % / 48,7 %!!!", Unsupported},
		{"🎉🎉🎉 👏", Unsupported},
		{"中国政府祝贺当选总统。", Unsupported},
		{"Η κυβέρνηση συγχαίρει τον νέο πρόεδρο.", Unsupported},
		{"تهنئ الحكومة الرئيس المنتخب.", Unsupported},
		{"Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione.", Unsupported},
		{"Rząd gratuluje prezydentowi elektowi zwycięstwa w wyborach.", Unsupported},
		{"Türkiye hükümeti seçilen cumhurbaşkanını tebrik eder.", Unsupported},
		{"Уряд України вітає новообраного президента з перемогою.", Unsupported},
	} {
		got, conf := Detect(c.text)
		if got != c.want {
			t.Errorf("Detect(%q) = %q (%.3f); want %q", c.text, got, conf, c.want)
			continue
		}
		if got == Unsupported && conf != 0 || got != Unsupported && !(conf > 1.0/6 && conf <= 1) {
			t.Errorf("Detect(%q) confidence %v; want 0 for und, in (1/6, 1] otherwise", c.text, conf)
		}
	}
}

// TestConfidenceHandComputed checks the posterior on a two-language model
// trained on one letter each: "a" in language x, "b" in y. MaxN 1, Alpha
// 1: the n-grams are " ", "a", "b"; x's counts are " " 2, "a" 1 (text " a
// "), so P(" "|x) = 3/6, P("a"|x) = 2/6, P("b"|x) = 1/6, and y mirrors
// it. Text "a" scores log(3/6·2/6·3/6) in x and log(3/6·1/6·3/6) in y: the
// posterior of x is 2/(2+1).
func TestConfidenceHandComputed(t *testing.T) {
	m, err := Train(map[string][]string{"x": {"a"}, "y": {"b"}}, Options{MaxN: 1, Alpha: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, want string
		conf       float64
	}{{"a", "x", 2.0 / 3}, {"b", "y", 2.0 / 3}, {"aa", "x", 4.0 / 5}, {"c", Unsupported, 0}} {
		got, conf := m.Detect(c.text)
		if got != c.want || math.Abs(conf-c.conf) > 1e-6 {
			t.Errorf("Detect(%q) = %q, %v; want %q, %v", c.text, got, conf, c.want, c.conf)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	texts := map[string][]string{"en": {"hello"}, "fr": {"bonjour"}}
	good := DefaultOptions()
	for name, c := range map[string]struct {
		texts map[string][]string
		opts  func(*Options)
	}{
		"MaxN 0":         {texts, func(o *Options) { o.MaxN = 0 }},
		"MaxN 6":         {texts, func(o *Options) { o.MaxN = 6 }},
		"Alpha 0":        {texts, func(o *Options) { o.Alpha = 0 }},
		"Alpha NaN":      {texts, func(o *Options) { o.Alpha = math.NaN() }},
		"MinCoverage 2":  {texts, func(o *Options) { o.MinCoverage = 2 }},
		"Z -1":           {texts, func(o *Options) { o.Z = -1 }},
		"one language":   {map[string][]string{"en": {"hello"}}, func(*Options) {}},
		"empty language": {map[string][]string{"en": {"hello"}, "fr": nil}, func(*Options) {}},
		"code und":       {map[string][]string{"en": {"hello"}, Unsupported: {"x"}}, func(*Options) {}},
	} {
		o := good
		c.opts(&o)
		if m, err := Train(c.texts, o); !errors.Is(err, ErrTraining) || m != nil {
			t.Errorf("%s: Train = %v, %v; want an error wrapping ErrTraining", name, m, err)
		}
	}
}

// TestDeterministic trains the default model twice: the same rows.
func TestDeterministic(t *testing.T) {
	a, err := trainDefault()
	if err != nil {
		t.Fatal(err)
	}
	b, err := trainDefault()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two trainings on the same corpora differ")
	}
}

// TestConcurrent detects from many goroutines at once, the first call
// included (so that -race sees the lazy training too), and expects each
// text's answer to be the same everywhere.
func TestConcurrent(t *testing.T) {
	texts := []string{"Felicitamos al presidente electo.", "Não reconhecemos esses resultados.", "Too early to call.", "中国"}
	want := make([]string, len(texts))
	var wg sync.WaitGroup
	got := make([][]string, 8)
	for g := range got {
		wg.Go(func() {
			for _, s := range texts {
				c, _ := Detect(s)
				got[g] = append(got[g], c)
			}
		})
	}
	wg.Wait()
	for i, s := range texts {
		want[i], _ = Detect(s)
	}
	for g := range got {
		if !reflect.DeepEqual(got[g], want) {
			t.Fatalf("goroutine %d got %v; want %v", g, got[g], want)
		}
	}
}

// FuzzDetect: any input, valid UTF-8 or not, gives a defined answer, the
// same twice, and no panic.
//
//	go test -run '^$' -fuzz FuzzDetect -fuzztime=5000x ./stance/lang
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", " ", "a", "Felicitamos al presidente.", "\xff\xfe", "é\u0301", "Россия", "中国", "#ЖывеБеларусь 🎉", "l'élection d'un président"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, conf := Detect(s)
		if code == Unsupported {
			if conf != 0 {
				t.Fatalf("Detect(%q) = und with confidence %v", s, conf)
			}
		} else if !IsSupported(code) || !(conf > 0 && conf <= 1) {
			t.Fatalf("Detect(%q) = %q, %v", s, code, conf)
		}
		if c2, p2 := Detect(s); c2 != code || p2 != conf {
			t.Fatalf("Detect(%q) twice: %q %v then %q %v", s, code, conf, c2, p2)
		}
	})
}

// TestNGrams checks eachNGram's normalisation and hashes against
// hashRunes of n-grams written out by hand: "Ёж, 2x!" is " еж x " (ё read
// as е, the digit and punctuation one space each run), and "Ёж" is a
// capitalised word, x not; in "ЁЖ X", all in capitals, no word is.
func TestNGrams(t *testing.T) {
	type gram struct {
		h    uint64
		n    int
		name bool
	}
	var got []gram
	eachNGram("Ёж, 2x!", 2, func(h uint64, n int, name bool) { got = append(got, gram{h, n, name}) })
	var caps []bool
	eachNGram("ЁЖ X", 1, func(_ uint64, _ int, name bool) { caps = append(caps, name) })
	if slices.Contains(caps, true) {
		t.Errorf("text all in capitals: names %v; want none", caps)
	}
	g := func(s string, name bool) gram { r := []rune(s); return gram{hashRunes(r), len(r), name} }
	want := []gram{
		g(" ", false),
		g("е", true), g(" е", true),
		g("ж", true), g("еж", true),
		g(" ", false), g("ж ", true),
		g("x", false), g(" x", false),
		g(" ", false), g("x ", false),
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("eachNGram = %v; want %v", got, want)
	}
}

func TestParseField(t *testing.T) {
	for in, want := range map[string]string{"": "", "  ": "", "es": "es", " Spanish ": "es", "it": "it", "POL": "pol", "und": "und"} {
		got, err := ParseField(in)
		if err != nil || got != want {
			t.Errorf("ParseField(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"klingon", "x", "e1", "espa"} {
		if _, err := ParseField(in); !errors.Is(err, ErrUnknownLanguage) {
			t.Errorf("ParseField(%q): error %v, want ErrUnknownLanguage", in, err)
		}
	}
}
