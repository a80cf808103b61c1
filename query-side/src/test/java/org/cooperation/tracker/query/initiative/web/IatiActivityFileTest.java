package org.cooperation.tracker.query.initiative.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.ProblemAnswers;
import org.cooperation.tracker.query.initiative.IatiActivities;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.common.Recorded;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The IATI activity file, read back with XPath from a scripted history: a festival whose
 * three countries agreed on back-dated days, one declining, with progress reports and a
 * correction; a completed exchange; a proposal nobody has answered. No official IATI
 * schema can be had on this machine (no package registry it reaches ships one), so the
 * checks stand in for it: well-formed XML, the children of each activity in the order of
 * the 2.03 activity schema's sequence, the attributes it requires, and the codes of the
 * IATI codelists.
 */
class IatiActivityFileTest extends QuerySideTestBase {

	/**
	 * The children of iati-activity in the order of the 2.03 activity schema's sequence
	 * (IATI-Schemas, version-2.03, iati-activities-schema.xsd).
	 */
	static final List<String> ACTIVITY_SEQUENCE = List.of("iati-identifier", "reporting-org", "title", "description",
			"participating-org", "other-identifier", "activity-status", "activity-date", "contact-info",
			"activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag",
			"country-budget-items", "humanitarian-scope", "policy-marker", "collaboration-type", "default-flow-type",
			"default-finance-type", "default-aid-type", "default-tied-status", "budget", "planned-disbursement",
			"capital-spend", "transaction", "document-link", "related-activity", "legacy-data", "conditions", "result",
			"crs-add", "fss");

	private static final InitiativeId FESTIVAL = InitiativeId.random();

	private static final InitiativeId EXCHANGE = InitiativeId.random();

	private static final InitiativeId UNANSWERED = InitiativeId.random();

	private static final LocalizedText FESTIVAL_TITLE = new LocalizedText("Көрме <Ұлы Дала> & Қазақ әндері",
			"Фестиваль <Великая степь> & песни", "Festival <Great Steppe> & songs");

	private static final String PREFIX = "XX-CULTURE-SECRETARIAT-";

	private int event;

	@BeforeEach
	void story() {
		emptyReadModels();
		event = 0;
		project(() -> {
			protocolsProjection.on(Fixtures.protocolRecorded(),
					Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			proposed(new InitiativeProposed(FESTIVAL, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
					InitiativeKind.OTHER, FESTIVAL_TITLE,
					new LocalizedText(null, "Совместный фестиваль", "A joint festival"), Country.KZ,
					Set.of(Country.KZ, Country.UZ, Country.KG)), 0);
			// Recorded in this order, but Uzbekistan's agreement took effect first.
			changed(FESTIVAL, Country.KZ, ParticipationStatus.PROPOSED, ParticipationStatus.AGREED, "2025-12-01", 1);
			changed(FESTIVAL, Country.UZ, ParticipationStatus.PROPOSED, ParticipationStatus.AGREED, "2025-11-20", 2);
			changed(FESTIVAL, Country.KG, ParticipationStatus.PROPOSED, ParticipationStatus.DECLINED, "2025-12-10", 3);
			changed(FESTIVAL, Country.KZ, ParticipationStatus.AGREED, ParticipationStatus.IMPLEMENTING, "2026-01-15",
					4);
			reported(FESTIVAL, Country.KZ, 20, "2026-01-20", 5);
			reported(FESTIVAL, Country.KZ, 35, "2026-01-31", 6);
			reported(FESTIVAL, Country.UZ, 10, "2026-01-25", 7);
			reported(FESTIVAL, Country.KZ, 60, "2026-02-10", 8);
			// Kazakhstan corrects its figure for 31 January.
			reported(FESTIVAL, Country.KZ, 36, "2026-01-31", 9);

			proposed(new InitiativeProposed(EXCHANGE, Fixtures.TASHKENT, Fixtures.ARCHIVES,
					InitiativeKind.ARCHIVE_EXCHANGE, LocalizedText.english("Archive exchange"), null, Country.TJ,
					Set.of(Country.TJ, Country.TM)), 0);
			changed(EXCHANGE, Country.TJ, ParticipationStatus.PROPOSED, ParticipationStatus.AGREED, "2025-12-02", 1);
			changed(EXCHANGE, Country.TM, ParticipationStatus.PROPOSED, ParticipationStatus.AGREED, "2025-12-03", 2);
			changed(EXCHANGE, Country.TJ, ParticipationStatus.AGREED, ParticipationStatus.COMPLETED, "2026-03-05", 3);
			changed(EXCHANGE, Country.TM, ParticipationStatus.AGREED, ParticipationStatus.COMPLETED, "2026-03-01", 4);

			proposed(new InitiativeProposed(UNANSWERED, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
					InitiativeKind.CULTURAL_CALENDAR, new LocalizedText("Күнтізбе", null, null), null, Country.KZ,
					Set.of(Country.AZ)), 0);
		});
	}

	@Test
	void eachInitiativeIsAnActivityWithItsIdentifierTitlesOrganisationsStatusDatesAndResults() throws Exception {
		Xml file = Xml.parse(getOk("/api/initiatives.iati.xml").andReturn().getResponse().getContentAsByteArray());
		assertThat(file.text("/iati-activities/@version")).isEqualTo("2.03");
		assertThat(Instant.parse(file.text("/iati-activities/@generated-datetime")))
			.isBefore(Instant.now().plusSeconds(1));
		assertThat(file.texts("/iati-activities/iati-activity/iati-identifier")).as("in the order proposed")
			.containsExactly(PREFIX + FESTIVAL.value(), PREFIX + EXCHANGE.value(), PREFIX + UNANSWERED.value());

		String festival = activity(FESTIVAL);
		assertThat(file.text(festival + "/@last-updated-datetime")).isEqualTo(Fixtures.later(10).toString());
		assertThat(file.text(festival + "/@xml:lang")).isEqualTo("kk");
		assertThat(file.text(festival + "/reporting-org/@ref")).isEqualTo("XX-CULTURE-SECRETARIAT");
		assertThat(file.text(festival + "/reporting-org/@type")).isEqualTo("10");
		assertThat(file.texts(festival + "/reporting-org/narrative/@xml:lang")).containsExactly("kk", "ru", "en");
		assertThat(file.texts(festival + "/title/narrative/@xml:lang")).containsExactly("kk", "ru", "en");
		assertThat(file.texts(festival + "/title/narrative")).containsExactly(FESTIVAL_TITLE.kk(), FESTIVAL_TITLE.ru(),
				FESTIVAL_TITLE.en());
		assertThat(file.texts(festival + "/description/narrative/@xml:lang")).as("no empty Kazakh narrative")
			.containsExactly("ru", "en");
		assertThat(file.texts(festival + "/participating-org/@role")).containsExactly("4", "4", "4");
		assertThat(file.texts(festival + "/participating-org/@type")).containsExactly("10", "10", "10");
		assertThat(file.texts(festival + "/participating-org/narrative[@xml:lang='en']")).containsExactly(
				"Ministry of Culture of Kazakhstan", "Ministry of Culture of Uzbekistan",
				"Ministry of Culture of Kyrgyzstan");
		assertThat(file.texts(festival + "/participating-org[1]/narrative")).containsExactly(
				"Қазақстанның Мәдениет министрлігі", "Министерство культуры Казахстана",
				"Ministry of Culture of Kazakhstan");
		assertThat(file.text(festival + "/activity-status/@code")).as("Kazakhstan implements").isEqualTo("2");
		assertThat(file.texts(festival + "/activity-date/@type")).containsExactly("2");
		assertThat(file.text(festival + "/activity-date[@type='2']/@iso-date")).as("the earliest agreement")
			.isEqualTo("2025-11-20");
		assertThat(file.texts(festival + "/recipient-country/@code")).as("Kyrgyzstan declined")
			.containsExactly("KZ", "UZ");
		assertThat(file.texts(festival + "/recipient-country/@percentage")).containsExactly("50", "50");
		assertThat(file.text(festival + "/sector/@code")).isEqualTo("16061");
		assertThat(file.text(festival + "/result/@type")).isEqualTo("1");
		assertThat(file.texts(festival + "/result/title/narrative/@xml:lang")).containsExactly("kk", "ru", "en");
		String indicator = festival + "/result/indicator";
		assertThat(file.text(indicator + "/@measure")).isEqualTo("2");
		assertThat(file.texts(indicator + "/period/period-start/@iso-date")).containsExactly("2026-01-01",
				"2026-02-01");
		assertThat(file.texts(indicator + "/period/period-end/@iso-date")).containsExactly("2026-01-31", "2026-02-28");
		assertThat(file.texts(indicator + "/period[1]/actual/dimension[@name='country']/@value")).containsExactly("KZ",
				"UZ");
		assertThat(file.texts(indicator + "/period[1]/actual/@value")).as("the correction, and Uzbekistan's")
			.containsExactly("36", "10");
		assertThat(file.texts(indicator + "/period[2]/actual/@value")).containsExactly("60");

		String exchange = activity(EXCHANGE);
		assertThat(file.text(exchange + "/activity-status/@code")).as("closed").isEqualTo("4");
		assertThat(file.texts(exchange + "/activity-date/@type")).containsExactly("2", "4");
		assertThat(file.texts(exchange + "/activity-date/@iso-date")).containsExactly("2025-12-02", "2026-03-05");
		assertThat(file.texts(exchange + "/description/narrative")).as("written for want of a description")
			.containsExactly("«Мұрағат алмасу» түріндегі бастама, 2025-11-14 отырысында ұсынылған.",
					"Инициатива вида «Обмен архивными материалами», выдвинутая на заседании 2025-11-14.",
					"Initiative of the kind \"Archive exchange\", put forward at the meeting of 2025-11-14.");
		assertThat(file.texts(exchange + "/recipient-country/@percentage")).containsExactly("50", "50");
		assertThat(file.count(exchange + "/result")).as("no report, no result").isZero();

		String unanswered = activity(UNANSWERED);
		assertThat(file.text(unanswered + "/activity-status/@code")).isEqualTo("1");
		assertThat(file.texts(unanswered + "/activity-date/@type")).as("the meeting's day, planned")
			.containsExactly("1");
		assertThat(file.text(unanswered + "/activity-date/@iso-date")).isEqualTo("2025-11-14");
		assertThat(file.texts(unanswered + "/recipient-country/@code")).containsExactly("AZ");
		assertThat(file.count(unanswered + "/recipient-country/@percentage")).as("one country takes it all").isZero();
		assertThat(file.texts(unanswered + "/title/narrative/@xml:lang")).containsExactly("kk");
	}

	@Test
	void eachActivitysElementsFollowTheSchemasSequenceWithTheAttributesItRequires() throws Exception {
		Xml file = Xml.parse(getOk("/api/initiatives.iati.xml").andReturn().getResponse().getContentAsByteArray());
		NodeList activities = file.nodes("/iati-activities/iati-activity");
		assertThat(activities.getLength()).isEqualTo(3);
		for (int index = 0; index < activities.getLength(); index++) {
			List<String> children = new ArrayList<>();
			for (Node child = activities.item(index).getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element) {
					children.add(element.getTagName());
				}
			}
			assertThat(ACTIVITY_SEQUENCE).containsAll(children);
			assertThat(children).as("in the schema's order")
				.isSortedAccordingTo((one, other) -> Integer.compare(ACTIVITY_SEQUENCE.indexOf(one),
						ACTIVITY_SEQUENCE.indexOf(other)));
			assertThat(children).as("the required ones, once where the schema allows one")
				.containsOnlyOnce("iati-identifier", "reporting-org", "title", "activity-status")
				.contains("description", "participating-org", "activity-date");
		}
		assertThat(file.count("//iati-activity[not(reporting-org/@ref)]")).isZero();
		assertThat(file.count("//participating-org[not(@role)]")).isZero();
		assertThat(file.count("//participating-org[not(@ref) and not(narrative)]")).as("named when not identified")
			.isZero();
		assertThat(file.count("//activity-date[not(@type) or not(@iso-date)]")).isZero();
		assertThat(file.count("//recipient-country[not(@code)]")).isZero();
		assertThat(file.count("//result[not(@type) or not(title/narrative) or not(indicator)]")).isZero();
		assertThat(file.count("//indicator[not(@measure) or not(title/narrative)]")).isZero();
		assertThat(file.count("//period[not(period-start/@iso-date) or not(period-end/@iso-date)]")).isZero();
		assertThat(file.count("//dimension[not(@name) or not(@value)]")).isZero();
		assertThat(file.count("//narrative[not(@xml:lang) or normalize-space(.) = '']")).isZero();
		assertThat(file.texts("//activity-status/@code")).allMatch(Set.of("1", "2", "3", "4", "5", "6")::contains);
		assertThat(file.texts("//activity-date/@type")).allMatch(Set.of("1", "2", "3", "4")::contains);
		for (String date : file
			.texts("//activity-date/@iso-date | //period-start/@iso-date | //period-end/@iso-date")) {
			LocalDate.parse(date);
		}
		assertThat(
				file.count("//iati-activity[activity-date[@type='2']/@iso-date > activity-date[@type='4']/@iso-date]"))
			.isZero();
	}

	@Test
	void aTitleWithMarkupCharactersAndKazakhLettersRoundTrips() throws Exception {
		byte[] bytes = getOk("/api/initiatives.iati.xml").andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("&lt;Ұлы Дала", "&amp; Қазақ әндері")
			.startsWith("<?xml version='1.0' encoding='UTF-8'?>");
		Xml file = Xml.parse(bytes);
		String festival = activity(FESTIVAL);
		assertThat(file.text(festival + "/title/narrative[@xml:lang='kk']"))
			.isEqualTo("Көрме <Ұлы Дала> & Қазақ әндері");
		assertThat(file.text(festival + "/title/narrative[@xml:lang='ru']"))
			.isEqualTo("Фестиваль <Великая степь> & песни");
	}

	@Test
	void aDayStillAheadIsReportedAsAPlanNeverAsActual() throws Exception {
		InitiativeId ahead = InitiativeId.random();
		LocalDate nextYear = LocalDate.now().plusYears(1);
		project(() -> {
			proposed(new InitiativeProposed(ahead, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE, InitiativeKind.OTHER,
					LocalizedText.english("Planned ahead"), null, Country.KZ, Set.of(Country.KZ)), 0);
			changed(ahead, Country.KZ, ParticipationStatus.PROPOSED, ParticipationStatus.AGREED, nextYear.toString(),
					1);
			changed(ahead, Country.KZ, ParticipationStatus.AGREED, ParticipationStatus.COMPLETED,
					nextYear.plusMonths(6).toString(), 2);
		});
		Xml file = Xml.parse(getOk("/api/initiatives.iati.xml").andReturn().getResponse().getContentAsByteArray());
		String activity = activity(ahead);
		assertThat(file.text(activity + "/activity-status/@code")).isEqualTo("4");
		assertThat(file.texts(activity + "/activity-date/@type")).containsExactly("1", "3");
		assertThat(file.texts(activity + "/activity-date/@iso-date")).containsExactly(nextYear.toString(),
				nextYear.plusMonths(6).toString());
	}

	@Test
	void anEmptyTrackerGivesAnActivitiesFileWithoutActivities() throws Exception {
		emptyReadModels();
		Xml file = Xml.parse(getOk("/api/initiatives.iati.xml").andReturn().getResponse().getContentAsByteArray());
		assertThat(file.text("/iati-activities/@version")).isEqualTo("2.03");
		assertThat(file.count("/iati-activities/*")).isZero();
	}

	@Test
	void manyInitiativesArriveOnceEachAcrossThePagesInTheOrderProposed() throws Exception {
		emptyReadModels();
		List<String> expected = new ArrayList<>();
		project(() -> {
			protocolsProjection.on(Fixtures.protocolRecorded(),
					Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			for (int index = 0; index < 2 * IatiActivities.PAGE + 5; index++) {
				InitiativeId id = InitiativeId.random();
				expected.add(PREFIX + id.value());
				// Two initiatives share each moment, so the page boundary falls between
				// equal times.
				initiativesProjection.on(
						new InitiativeProposed(id, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE, InitiativeKind.OTHER,
								LocalizedText.english("Initiative " + index), null, Country.KZ, Set.of(Country.KZ)),
						Fixtures.recorded(0L, Fixtures.later(index / 2), Fixtures.secretariat()));
			}
		});
		assertThat(statementsToRead("/api/initiatives.iati.xml"))
			.as("the protocols, then the initiatives, participants and history of each of three pages")
			.isEqualTo(1 + 3 * 3);
		Xml file = Xml.parse(getOk("/api/initiatives.iati.xml").andReturn().getResponse().getContentAsByteArray());
		List<String> identifiers = file.texts("/iati-activities/iati-activity/iati-identifier");
		assertThat(identifiers).hasSize(expected.size())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(file.texts("/iati-activities/iati-activity/title/narrative"))
			.isSortedAccordingTo((one, other) -> Integer.compare(Integer.parseInt(one.substring(11)) / 2,
					Integer.parseInt(other.substring(11)) / 2));
	}

	@Test
	void theDashboardAndTheApiServeTheFileAsAnAttachmentNamedForTheDay() throws Exception {
		for (String path : List.of("/api/initiatives.iati.xml", "/initiatives.iati.xml")) {
			getOk(path).andExpect(content().contentTypeCompatibleWith("application/xml"))
				.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
						matchesPattern("attachment; filename=\"initiatives-iati-\\d{4}-\\d{2}-\\d{2}\\.xml\"")));
		}
		getOkIn("en", "/status-matrix").andExpect(content().string(containsString("href=\"/initiatives.iati.xml\"")))
			.andExpect(content().string(containsString("The initiatives as an IATI activity file")));
		getOkIn("kk", "/status-matrix")
			.andExpect(content().string(containsString("Бастамалар IATI қызмет файлы ретінде")));
		getOkIn("ru", "/status-matrix")
			.andExpect(content().string(containsString("Инициативы в виде файла деятельности IATI")));
	}

	@Test
	@WithAnonymousUser
	void withoutSigningInThereIsNoFile() throws Exception {
		ProblemAnswers.problem(mvc.perform(get("/api/initiatives.iati.xml")), 401);
		mvc.perform(get("/initiatives.iati.xml").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	private String activity(InitiativeId id) {
		return "/iati-activities/iati-activity[iati-identifier='" + PREFIX + id.value() + "']";
	}

	private void proposed(InitiativeProposed proposal, long sequence) {
		Recorded recorded = next(sequence, Fixtures.secretariat());
		initiativesProjection.on(proposal, recorded);
		historyProjection.on(proposal, "iati-" + event, recorded);
	}

	private void changed(InitiativeId initiative, Country country, ParticipationStatus from, ParticipationStatus to,
			String effectiveOn, long sequence) {
		ParticipationStatusChanged change = Fixtures.statusChanged(initiative, country, from, to,
				LocalDate.parse(effectiveOn));
		Recorded recorded = next(sequence, Fixtures.liaison(country, "iati-" + event));
		initiativesProjection.on(change, recorded);
		historyProjection.on(change, "iati-" + event, recorded);
	}

	private void reported(InitiativeId initiative, Country country, int percent, String asOf, long sequence) {
		ProgressReported report = new ProgressReported(initiative, ProgressReportId.random(), country,
				new ProgressPercent(percent), LocalDate.parse(asOf), "Reported", List.of());
		Recorded recorded = next(sequence, Fixtures.liaison(country, "iati-" + event));
		initiativesProjection.on(report, recorded);
		historyProjection.on(report, "iati-" + event, recorded);
	}

	/** The story's next event, recorded a minute after the one before. */
	private Recorded next(long sequence, MetaData metaData) {
		event++;
		return Fixtures.recorded(sequence, Fixtures.later(event), metaData);
	}

	/** The file parsed, with XPath that knows the xml: prefix. */
	record Xml(Document document, XPath xpath) {

		static Xml parse(byte[] bytes) throws Exception {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
			XPath xpath = XPathFactory.newInstance().newXPath();
			xpath.setNamespaceContext(new NamespaceContext() {
				@Override
				public String getNamespaceURI(String prefix) {
					return "xml".equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
				}

				@Override
				public String getPrefix(String namespaceURI) {
					return null;
				}

				@Override
				public Iterator<String> getPrefixes(String namespaceURI) {
					return List.<String>of().iterator();
				}
			});
			return new Xml(document, xpath);
		}

		NodeList nodes(String path) throws Exception {
			return (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
		}

		String text(String path) throws Exception {
			List<String> texts = texts(path);
			assertThat(texts).as(path).hasSize(1);
			return texts.get(0);
		}

		List<String> texts(String path) throws Exception {
			NodeList nodes = nodes(path);
			List<String> texts = new ArrayList<>();
			for (int index = 0; index < nodes.getLength(); index++) {
				texts.add(nodes.item(index).getTextContent());
			}
			return texts;
		}

		int count(String path) throws Exception {
			return nodes(path).getLength();
		}

	}

}
