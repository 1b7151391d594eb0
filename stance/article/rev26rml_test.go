package article

import "testing"

// TestRev26rmlAmongOpener: a phrase of belonging opens a list of
// congratulators only with fillers or a relative clause without negation
// before the word of congratulation (rev26rml_narrow.go).
func TestRev26rmlAmongOpener(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"de Zu den ersten, die … gratulierten", "de", "Zu den ersten, die dem Wahlsieger gratulierten, zählten der Präsident Adam Nowak und die Senatorin Eva Brandt.", Action, "Eva Brandt", ""},
		{"pt Na lista dos que felicitaram", "pt", "Na lista dos que felicitaram o vencedor contavam-se o presidente Manuel Neto e o primeiro-ministro António Reis.", Action, "António Reis", ""},
		{"ru В числе первых поздравивших", "ru", "В числе первых поздравивших были президент Арман Нуров и премьер-министр Давид Саркисов.", Action, "Давид Саркисов", ""},
		// near-misses: another list, or those who did not congratulate
		{"de Zu den Kritikern der Glückwünsche", "de", "Zu den Kritikern der schnellen Glückwünsche gehörten der Abgeordnete Adam Nowak und die Senatorin Eva Brandt.", Action, "", "Eva Brandt"},
		{"de Zu den Gästen der Feier", "de", "Zu den Gästen der Feier zur Gratulation zählten der Schauspieler Tom Berg und die Sängerin Lea Hof.", Action, "", "Lea Hof"},
		{"de die noch nicht gratuliert hatten", "de", "Zu den wenigen, die dem Sieger noch nicht gratuliert hatten, zählten der Präsident Adam Nowak und der Premier Marco Rossi.", Action, "", "Marco Rossi"},
		{"fr ceux qui n'ont pas encore félicité", "fr", "Au nombre de ceux qui n'ont pas encore félicité le vainqueur figuraient le président Jean Atangana et le ministre Pierre Mabiala.", Action, "", "Pierre Mabiala"},
		{"ru В числе не поздравивших", "ru", "В числе не поздравивших победителя были президент Арман Нуров и премьер-министр Давид Саркисов.", Action, "", "Давид Саркисов"},
		{"es En la lista de invitados", "es", "En la lista de invitados a la ceremonia de felicitación se encontraban el expresidente Jorge Quiroga y la senadora Ana Paz.", Action, "", "Ana Paz"},
	})
}

// TestRev26rmlRuProtestSubject: a Russian verb of protest after a
// quotation takes a phrase in the nominative as its subject, not the
// accused in the accusative (rev26rml_narrow.go).
func TestRev26rmlRuProtestSubject(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"ru возмутился бывший министр X", "ru", "«Это подлог», — возмутился бывший министр Олег Рыбин.", Direct, "Олег Рыбин", ""},
		{"ru возмутилась депутат X", "ru", "«Это подлог», — возмутилась депутат Анна Зорина.", Direct, "Анна Зорина", ""},
		{"ru посетовал X", "ru", "«Итоги подведены наспех», — посетовал Олег Рыбин.", Direct, "Олег Рыбин", ""},
		// near-misses: the accused after the verb, in the accusative
		{"ru обвинил председателя ЦИК X", "ru", "«Выборы сфальсифицированы», — обвинил председателя избиркома Андрея Зуева.", Direct, "", "Андрей Зуев"},
		{"ru обвинил X (accusative)", "ru", "«Вы украли победу», — обвинил Андрея Зуева.", Direct, "", "Андрей Зуев"},
	})
}

// TestRev26rmlRelativeContrast: a relative of opinion after a person set
// beside another ("mais pas Y", "no así Y", "ao contrário de Y") is the
// second person's; a description must open with an office to hand it to
// the first (rev26rml_narrow.go).
func TestRev26rmlRelativeContrast(t *testing.T) {
	rec25mlRun(t, []rec25mlCase{
		{"fr mais pas par Y, pour qui", "fr", "Le président réélu a été félicité par Luc Essono, mais pas par Jean Nguema, pour qui « ce scrutin est une mascarade ».", Direct, "Jean Nguema", "Luc Essono"},
		{"es no así Y, para quien", "es", "Lo aplaudió el alcalde Pedro Gómez, no así Rosa Benítez, para quien «la victoria es un fraude».", Direct, "Rosa Benítez", ""},
		{"pt ao contrário de Y, para quem", "pt", "Elogiou o resultado o deputado João Silva, ao contrário de Maria Costa, para quem \"a vitória foi fabricada\".", Direct, "Maria Costa", "João Silva"},
		{"fr X, avocate du candidat Y, pour qui", "fr", "Un avis partagé par Aline Moussavou, avocate du candidat Marc Ndong, pour qui « la victoire est incontestable ».", Direct, "Aline Moussavou", "Marc Ndong"},
	})
}
