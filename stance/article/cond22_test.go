package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func TestCond22Deferred(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"en", "we will hold our congratulations until the constitutional court has ruled", true},
		{"en", "the ministry is reserving its congratulations till the commission certifies the count", true},
		{"en", "that should the incumbent be returned to office, the government would send its congratulations", true},
		{"en", "we will congratulate the winner the moment the commission publishes the final figures", true},
		{"en", "his country would recognise the new president after the court rules on the appeals", true},
		{"en", "we will welcome the president-elect when the tribunal proclaims the official results", true},
		{"en", "we congratulate the president-elect and look forward to the final results", false},
		{"en", "congratulated the president-elect as soon as the result was announced", false},
		{"en", "had congratulated her when the commission announced the results", false},
		{"en", "we congratulate her, and we will hold talks until the court has ruled on the budget", false},
		{"es", "felicitaremos a la ganadora cuando el tribunal electoral proclame los resultados", true},
		{"es", "el gobierno reconocerá al presidente electo una vez que la junta confirme el escrutinio", true},
		{"es", "vamos a felicitar al vencedor en cuanto se publiquen los resultados oficiales", true},
		{"es", "felicitamos al vencedor y esperamos los resultados definitivos con confianza", false},
		{"es", "felicitó al vencedor en cuanto se conocieron los resultados oficiales", false},
		{"pt", "só vamos felicitar depois da proclamação oficial", true},
		{"pt", "o governo reconhecerá o vencedor assim que o tribunal confirmar os resultados", true},
		{"pt", "felicitaremos a presidente eleita quando a comissão publicar os resultados definitivos", true},
		{"pt", "felicitou o vencedor assim que os resultados oficiais foram divulgados", false},
		{"pt", "aceitará o veredicto no dia em que os boletins anulados forem contados", true},
		{"es", "tiene listo un mensaje, pero lo enviará cuando el tribunal proclame al ganador", true},
		{"es", "envió un mensaje cuando el tribunal proclamó al ganador", false},
		{"en", "we will accept the verdict the day the excluded ballots are counted", true},
		{"fr", "nous féliciterons le vainqueur une fois les résultats définitifs proclamés", true},
		{"fr", "notre pays reconnaîtra le président élu dès qu'elle aura validé les résultats", true},
		{"fr", "nous allons féliciter la gagnante quand la commission publiera les résultats officiels", true},
		{"fr", "a félicité le vainqueur dès que les résultats officiels ont été proclamés", false},
		{"de", "wir werden gratulieren, sobald er vereidigt ist", true},
		{"de", "die regierung werde den sieger anerkennen, wenn das verfassungsgericht das ergebnis bestätigt hat", true},
		{"de", "wir würden der neuen präsidentin gratulieren, falls das amtliche endergebnis vorliegt", true},
		{"de", "gratulierte dem sieger, sobald das amtliche ergebnis feststand", false},
		{"de", "wir gratulieren dem sieger und warten auf das amtliche endergebnis", false},
		{"ru", "поздравим, когда цик объявит итоги", true},
		{"ru", "правительство признает победителя, как только суд подтвердит результаты", true},
		{"ru", "мы будем поздравлять победителя после того, как комиссия объявит окончательные итоги", true},
		{"ru", "поздравил победителя, как только цик объявил итоги", false},
	}
	for _, c := range cases {
		if got := cond22Deferred(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("cond22Deferred(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

func TestCond22Neither(t *testing.T) {
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"de", "kündigte an, den sieg weder anzuerkennen noch der siegerin zu gratulieren", verdictHostile},
		{"de", "wir werden das ergebnis weder anerkennen noch dem sieger gratulieren", verdictHostile},
		{"de", "weder die kanzlerin noch der minister gratulierten", verdictNone},
		{"es", "su partido ni reconoce ni felicita al vencedor", verdictHostile},
		{"es", "no ha querido ni reconocer ni felicitar al vencedor todavía", verdictWithholding},
		{"es", "ni felicitó al vencedor ni criticó el proceso", verdictNone},
		{"fr", "ne compte ni reconnaître ni féliciter le vainqueur", verdictHostile},
		{"fr", "ni le ministre ni le président n'ont félicité le vainqueur", verdictNone},
		{"pt", "o partido nem reconhece nem felicita o vencedor", verdictHostile},
		{"pt", "nem reconheceu nem felicitou o vencedor até agora", verdictWithholding},
		{"ru", "не собирается ни признавать, ни поздравлять победителя", verdictHostile},
		{"ru", "ни министр, ни президент не поздравили победителя", verdictNone},
		{"en", "would neither recognise nor congratulate the president-elect", verdictHostile},
		{"en", "has neither accepted nor congratulated the winner yet", verdictWithholding},
		{"en", "neither the minister nor the president congratulated the winner", verdictNone},
	}
	for _, c := range cases {
		if got := cond22Neither(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("cond22Neither(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

func TestCond22Demanded(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lima"}, Rivals: []string{"Voss"}}
	cases := []demandCase{
		{"pt", "exigiu que a comissão eleitoral aceite recontar os votos", true},
		{"pt", "exigiu que Voss aceite a derrota", false},
		{"pt", "aceitou o resultado e exigiu calma", false},
		{"es", "exigió que la junta electoral acepte revisar las actas", true},
		{"es", "felicitó a Lima y exigió que la oposición se calme", false},
		{"fr", "a exigé que la commission accepte de recompter les bulletins", true},
		{"fr", "a exigé que Voss accepte sa défaite", false},
		{"de", "forderte die wahlkommission auf, eine neuauszählung zu akzeptieren", true},
		{"de", "akzeptierte das ergebnis und forderte ruhe", false},
		{"ru", "потребовал, чтобы цик признал нарушения", true},
		{"ru", "признал итоги и призвал к спокойствию", false},
	}
	checkDemanded(t, ctx, cases)
}

func TestCond22SentenceDeferred(t *testing.T) {
	text := "Der Minister sagte, man werde gratulieren. Die Partei kündigte an, sobald das Gericht das Ergebnis bestätigt, eine Feier auszurichten.\n" +
		"Ein Sprecher sagte, seine Fraktion werde dem Sieger gratulieren, »sobald er vereidigt ist«.\n"
	r := Reader{text: text}
	cases := []struct {
		remark string
		want   bool
	}{
		{"seine Fraktion werde dem Sieger gratulieren", true}, // the condition was split off as a quote
		{"sobald er vereidigt ist", true},                     // the quote holds the opener
		{"man werde gratulieren", false},                      // the condition is another sentence's
		{"eine Feier auszurichten", false},                    // neither a recognition nor an opener
	}
	for _, c := range cases {
		i := strings.Index(text, c.remark)
		a := Analysis{Remark: Remark{Start: i, End: i + len(c.remark)}}
		if got := r.cond22SentenceDeferred("de", &a, actionWords(c.remark)); got != c.want {
			t.Errorf("cond22SentenceDeferred(%q) = %v, want %v", c.remark, got, c.want)
		}
	}
}

// demandCase is an act's text in a language and whether cond22Demanded
// should find its first recognition word inside a demand on another.
type demandCase struct {
	code, text string
	want       bool
}

// checkDemanded runs cond22Demanded on the first recognition word of each
// case's text.
func checkDemanded(t *testing.T, ctx stance.Context, cases []demandCase) {
	t.Helper()
	for _, c := range cases {
		words := actionWords(c.text)
		l := lexicons[c.code]
		v := -1
		for i, w := range words {
			if l.recognition(w) {
				v = i
				break
			}
		}
		if v < 0 {
			t.Fatalf("no recognition word in %q", c.text)
		}
		if got := l.cond22Demanded(ctx, words, v); got != c.want {
			t.Errorf("cond22Demanded(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
