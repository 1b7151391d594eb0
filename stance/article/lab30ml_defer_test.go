package article

import "testing"

func TestLab30mlDeferred(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "la cancillería pospuso su valoración del escrutinio", true},
		{"es", "aplazó cualquier felicitación hasta la proclamación", true},
		{"pt", "o governo adiou os cumprimentos ao vencedor", true},
		{"fr", "le ministre a reporté son jugement sur le scrutin", true},
		{"ru", "Свою оценку посольство отложило до публикации протоколов", true},
		{"ru", "наблюдатели отложили выводы до конца подсчёта", true},
		{"de", "Die Regierung verschob ihre Glückwünsche auf die Zeit nach der Auszählung", true},
		// near misses
		{"es", "aplazó el viaje a la capital hasta el lunes", false},
		{"es", "no aplazó su felicitación al ganador", false},
		{"pt", "o tribunal adiou a sessão de apuramento", false},
		{"ru", "мэр отложил поездку в столицу", false},
		{"fr", "le vote a été reporté d'une semaine", false},
	}
	for _, c := range cases {
		if got := lab30mlDeferred(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestLab30mlDeferAct: a past verb of putting off a judgement is an act
// of its subject. Sentences written for the test.
func TestLab30mlDeferAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"es aplazó su saludo", "es", "La senadora Marta Ibáñez aplazó su saludo al vencedor hasta el recuento final.",
			[]langRemark{{Action, "Marta Ibáñez", "aplazó su saludo al vencedor hasta el recuento final"}}},
		{"es aplazó el viaje", "es", "La senadora Marta Ibáñez aplazó el viaje a la capital.", nil},
		// a colon after the object: the clause after it stays a remark of
		// its own (fgr18's plural "по их словам" takes the whole sentence)
		{"ru отложил выводы:", "ru", "Посол Ивар Тамм отложил выводы: по его словам, Москва дождётся окончательных итогов.",
			[]langRemark{{Action, "Ивар Тамм", "отложил выводы"}, {Reported, "Ивар Тамм", "Москва дождётся окончательных итогов"}}},
	})
}
