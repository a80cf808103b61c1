package org.cooperation.tracker.query.e2e;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.client.command.ApiClient;
import org.cooperation.tracker.client.command.ApiException;
import org.cooperation.tracker.client.command.api.InitiativesApi;
import org.cooperation.tracker.client.command.api.ProtocolsApi;
import org.cooperation.tracker.client.command.model.DirectionRequest;
import org.cooperation.tracker.client.command.model.InitiativeCreated;
import org.cooperation.tracker.client.command.model.LocalizedText;
import org.cooperation.tracker.client.command.model.Party;
import org.cooperation.tracker.client.command.model.ProgressReportRequest;
import org.cooperation.tracker.client.command.model.ProposeInitiativeRequest;
import org.cooperation.tracker.client.command.model.ProtocolCreated;
import org.cooperation.tracker.client.command.model.RecordProtocolRequest;
import org.cooperation.tracker.client.command.model.ReportFiled;
import org.cooperation.tracker.client.command.model.StatusChangeRequest;
import org.cooperation.tracker.client.command.model.StatusChanged;
import org.cooperation.tracker.client.query.model.StatusCell;
import org.cooperation.tracker.client.query.model.StatusMatrix;
import org.cooperation.tracker.client.query.model.StatusMatrixRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The README's story walked as a ministry's own system would walk it: with Java clients
 * that openapi-generator generated, at build time, from the committed OpenAPI documents
 * of both applications (query-side/pom.xml), against both applications running over real
 * HTTP. The secretariat records the protocol and proposes the cultural calendar;
 * Kyrgyzstan's liaison moves its status, reports progress and is refused an illegal move
 * with a problem; an official reads the status matrix. A document that drifted from the
 * code breaks this test: a field renamed, a status or media type not as documented.
 */
class GeneratedClientStoryIT extends EndToEndTest {

	@Test
	void theStoryThroughTheGeneratedClients() throws Exception {
		ProtocolCreated protocol = new ProtocolsApi(commandClient("secretariat"))
			.recordProtocol(new RecordProtocolRequest().meetingDate(LocalDate.of(2025, 11, 14))
				.place("Tashkent")
				.meetingTitle(new LocalizedText().kk("Орталық Азия елдері мәдениет министрлерінің бірінші кездесуі")
					.ru("Первая встреча министров культуры стран Центральной Азии")
					.en("First meeting of the culture ministers of the Central Asian countries"))
				.parties(List.of(party(Party.CountryEnum.KZ, Party.RoleEnum.MEMBER),
						party(Party.CountryEnum.UZ, Party.RoleEnum.MEMBER),
						party(Party.CountryEnum.KG, Party.RoleEnum.MEMBER),
						party(Party.CountryEnum.TJ, Party.RoleEnum.MEMBER),
						party(Party.CountryEnum.TM, Party.RoleEnum.MEMBER),
						party(Party.CountryEnum.AZ, Party.RoleEnum.HONORARY_GUEST)))
				.directions(List.of(new DirectionRequest()
					.title(new LocalizedText().ru("Культурные мероприятия, гастрольные программы и кино")
						.en("Cultural events, touring programmes and cinema")))),
					null);
		UUID protocolId = protocol.getProtocolId();
		UUID directionId = protocol.getDirectionIds().get(0);
		System.out.println("Generated client, 1. recordProtocol -> protocol " + protocolId);

		InitiativeCreated initiative = new InitiativesApi(commandClient("secretariat"))
			.proposeInitiative(new ProposeInitiativeRequest().protocolId(protocolId)
				.directionId(directionId)
				.kind(ProposeInitiativeRequest.KindEnum.CULTURAL_CALENDAR)
				.title(new LocalizedText().kk("Орталық Азияның мәдени күнтізбесі")
					.ru("Культурный календарь Центральной Азии")
					.en("Central Asian cultural calendar"))
				.proposedBy("KZ")
				.participants(new LinkedHashSet<>(List.of("KZ", "UZ", "KG", "TJ", "TM"))), null);
		UUID initiativeId = initiative.getInitiativeId();
		System.out.println("Generated client, 2. proposeInitiative -> initiative " + initiativeId);

		InitiativesApi kyrgyzstan = new InitiativesApi(commandClient("liaison-kg"));
		StatusChanged agreed = kyrgyzstan.changeStatus(initiativeId, "kg",
				new StatusChangeRequest().status(StatusChangeRequest.StatusEnum.AGREED)
					.effectiveOn(LocalDate.of(2025, 12, 1))
					.note("Министрликтин буйругу / Приказ министерства")
					.evidence(List.of(URI.create("https://example.org/order"))),
				null, null);
		assertThat(agreed.getStatus()).isEqualTo(StatusChanged.StatusEnum.AGREED);
		System.out.println("Generated client, 3. changeStatus (liaison-kg) -> " + agreed.getStatus());
		ReportFiled report = kyrgyzstan.fileProgressReport(initiativeId, "KG",
				new ProgressReportRequest().percent(40)
					.asOf(LocalDate.of(2025, 12, 20))
					.note("Күнтизбенин долбоору катчылыкка жөнөтүлдү / Проект календаря направлен в секретариат"),
				null, null);
		System.out.println("Generated client, 4. fileProgressReport (liaison-kg) -> report " + report.getReportId()
				+ ", " + report.getPercent() + " % as of " + report.getAsOf());

		assertThatThrownBy(() -> kyrgyzstan.changeStatus(initiativeId, "KG",
				new StatusChangeRequest().status(StatusChangeRequest.StatusEnum.COMPLETED)
					.effectiveOn(LocalDate.of(2025, 12, 21)),
				null, null))
			.isInstanceOfSatisfying(ApiException.class, (refused) -> {
				assertThat(refused.getCode()).isEqualTo(409);
				assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
					.hasValue("application/problem+json");
				assertThat(refused.getResponseBody()).contains("is AGREED; it cannot move to COMPLETED");
				System.out.println("Generated client, 5. changeStatus to COMPLETED -> " + refused.getCode() + " "
						+ refused.getResponseBody());
			});

		org.cooperation.tracker.client.query.api.InitiativesApi official = new org.cooperation.tracker.client.query.api.InitiativesApi(
				queryClient("official"));
		StatusCell[] kg = new StatusCell[1];
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
			StatusMatrix matrix = official.statusMatrix(null, null);
			for (StatusMatrixRow row : matrix.getRows()) {
				if (row.getInitiativeId().equals(initiativeId) && row.getCells().get("KG") != null
						&& Integer.valueOf(40).equals(row.getCells().get("KG").getPercent())) {
					kg[0] = row.getCells().get("KG");
					return true;
				}
			}
			return false;
		});
		assertThat(kg[0].getStatus()).isEqualTo(StatusCell.StatusEnum.AGREED);
		assertThat(kg[0].getStatusEffectiveOn()).isEqualTo(LocalDate.of(2025, 12, 1));
		System.out.println("Generated client, 6. statusMatrix (official) -> KG " + kg[0].getStatus() + ", "
				+ kg[0].getPercent() + " %, since " + kg[0].getStatusEffectiveOn());
	}

	private static Party party(Party.CountryEnum country, Party.RoleEnum role) {
		return new Party().country(country).role(role);
	}

	private ApiClient commandClient(String user) {
		ApiClient client = new ApiClient();
		client.updateBaseUri(command(""));
		client.setRequestInterceptor(
				(request) -> request.header("Authorization", basic(user)).header("Accept-Language", "en"));
		return client;
	}

	private org.cooperation.tracker.client.query.ApiClient queryClient(String user) {
		org.cooperation.tracker.client.query.ApiClient client = new org.cooperation.tracker.client.query.ApiClient();
		client.updateBaseUri(query(""));
		client.setRequestInterceptor((request) -> request.header("Authorization", basic(user)));
		return client;
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8));
	}

}
