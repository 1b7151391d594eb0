package article

import "testing"

// TestIbero15PurposePreferCleft: any past verb whose purpose clause
// congratulates, a verb of preferring or opting with an infinitive, and
// the pseudo-cleft "Quien … fue X" make acts of their subject. Sentences
// written for the test, with counter-cases.
func TestIbero15PurposePreferCleft(t *testing.T) {
	runLangCases(t, []langCase{
		{"es se comunicó … para felicitarla", "es", "El presidente de Norlandia, Luis Peral, se comunicó telefónicamente con Ana Velor para felicitarla.",
			[]langRemark{{Action, "Luis Peral", "se comunicó telefónicamente con Ana Velor para felicitarla"}}},
		{"pt viajou … para cumprimentar", "pt", "O Presidente de Norlândia, Luís Peral, viajou a Luanda para cumprimentar a vencedora.",
			[]langRemark{{Action, "Luís Peral", "viajou a Luanda para cumprimentar a vencedora"}}},
		{"pt preferiu não tirar conclusões", "pt", "Luís Peral, por seu lado, preferiu não tirar conclusões antes da decisão do tribunal.",
			[]langRemark{{Action, "Luís Peral", "preferiu não tirar conclusões antes da decisão do tribunal"}}},
		{"es prefirió esperar los resultados", "es", "El ministro Luis Peral prefirió esperar los resultados oficiales.",
			[]langRemark{{Action, "Luis Peral", "prefirió esperar los resultados oficiales"}}},
		{"es optó por no pronunciarse", "es", "Luis Peral, por su parte, optó por no pronunciarse sobre el resultado.",
			[]langRemark{{Action, "Luis Peral", "optó por no pronunciarse sobre el resultado"}}},
		{"es Quien … fue el presidente X", "es", "Quien también felicitó a Velor fue el presidente de Norlandia, Luis Peral.",
			[]langRemark{{Action, "Luis Peral", "felicitó a Velor fue el presidente de Norlandia, Luis Peral"}}},
		{"pt Quem … foi o Presidente X", "pt", "Quem primeiro reconheceu a vitória de Ana Velor foi o Presidente de Norlândia, Luís Peral.",
			[]langRemark{{Action, "Luís Peral", "reconheceu a vitória de Ana Velor foi o Presidente de Norlândia, Luís Peral"}}},
		{"es llamó por teléfono a X para desearle éxito", "es", "El mandatario de Velaria, Tomás Ferrer, llamó por teléfono a Velor para desearle éxito.",
			[]langRemark{{Action, "Tomás Ferrer", "llamó por teléfono a Velor para desearle éxito"}}},
		{"pt ligou … para lhe desejar sucesso", "pt", "O Presidente de Velária, Tomás Ferrer, ligou a Ana Velor para lhe desejar sucesso.",
			[]langRemark{{Action, "Tomás Ferrer", "ligou a Ana Velor para lhe desejar sucesso"}}},
		{"pt ligou-lhe para lhe desejar sucesso", "pt", "O Presidente de Velária, Tomás Ferrer, ligou-lhe para lhe desejar sucesso.",
			[]langRemark{{Action, "Tomás Ferrer", "ligou-lhe para lhe desejar sucesso"}}},
		{"es llamó al presidente electo para desearle éxito", "es", "El mandatario de Velaria, Tomás Ferrer, llamó al presidente electo para desearle éxito.",
			[]langRemark{{Action, "Tomás Ferrer", "llamó al presidente electo para desearle éxito"}}},
		{"pt ligou ao filho para lhe desejar sucesso nos exames", "pt", "O ministro Tomás Ferrer ligou ao filho para lhe desejar sucesso nos exames.", nil},
		{"es llamó a su hermana para desearle suerte", "es", "El ministro Tomás Ferrer llamó a su hermana para desearle suerte en el viaje.", nil},
		{"pt viajou … para desejar sucesso à seleção", "pt", "O ministro Tomás Ferrer viajou a Lisboa para desejar sucesso à seleção nacional.", nil},
		{"pt escusou-se a comentar", "pt", "Contactado pela Lusa, o porta-voz do partido, Luís Peral, escusou-se a comentar os resultados.",
			[]langRemark{{Action, "Luís Peral", "escusou-se a comentar os resultados"}}},
		{"es declinó comentar", "es", "Consultado por este medio, el vocero del partido, Luis Peral, declinó comentar los resultados.",
			[]langRemark{{Action, "Luis Peral", "declinó comentar los resultados"}}},
		{"es declinó la invitación", "es", "El vocero del partido, Luis Peral, declinó la invitación a la ceremonia.", nil},
		// counter-cases: a purpose of no recognition; a decision of no
		// reaction; a pseudo-cleft with no person named; "Quien" is no name
		{"es viajó … para asistir", "es", "El presidente de Norlandia, Luis Peral, viajó a Lima para asistir a la investidura.", nil},
		{"es decidió viajar", "es", "El ministro Luis Peral decidió viajar a Lima el lunes.", nil},
		{"es decidió no viajar … tras las elecciones", "es", "El presidente Luis Peral decidió no viajar a la cumbre tras las elecciones.", nil},
		{"pt decidiu viajar … depois das eleições", "pt", "O presidente Luís Peral decidiu viajar para a cimeira depois das eleições.", nil},
		{"es optó por no asistir a la investidura", "es", "El presidente Luis Peral optó por no asistir a la investidura de la ganadora de las elecciones.",
			[]langRemark{{Action, "Luis Peral", "optó por no asistir a la investidura de la ganadora de las elecciones"}}},
		{"es Quien … fue su rival", "es", "Quien no felicitó a Velor fue su rival, que guardó silencio.", nil},
	})
}
