package org.cooperation.tracker.query.initiative.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.initiative.ActivityDate;
import org.cooperation.tracker.query.initiative.IatiActivities;
import org.cooperation.tracker.query.initiative.IatiActivity;
import org.cooperation.tracker.query.initiative.ProgressPeriod;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The initiatives as an IATI activity file (IATI Standard 2.03): one
 * {@code iati-activity} per initiative, written with StAX as the initiatives are read, so
 * memory stays the same however many there are. Each activity's elements follow the order
 * of the activity schema's sequence; every text is given in Kazakh, Russian and English
 * where recorded, each narrative marked with its language.
 * <p>
 * What the tracker adds to its records: the secretariat reports ({@link IatiPublisher});
 * each participating country's ministry of culture implements (OrganisationRole 4,
 * OrganisationType 10, government, named since it has no registered identifier); the
 * participants that have not declined are the recipient countries, in equal shares; the
 * sector is the OECD DAC purpose code 16061, culture and recreation; and the progress
 * reports are one output result whose percentage indicator has a period per month, with a
 * value per country told apart by a {@code country} dimension.
 */
@Component
@EnableConfigurationProperties(IatiPublisher.class)
class IatiActivityFile {

	static final String VERSION = "2.03";

	/** Characters XML 1.0 cannot carry at all, not even escaped. */
	private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

	private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

	/** OrganisationRole: implementing. */
	private static final String IMPLEMENTING = "4";

	/** OrganisationType: government. */
	private static final String GOVERNMENT = "10";

	/** DescriptionType: general. */
	private static final String GENERAL = "1";

	/** Sector vocabulary 1, OECD DAC five-digit purpose codes: culture and recreation. */
	private static final String CULTURE_AND_RECREATION = "16061";

	/** ResultType: output. */
	private static final String OUTPUT = "1";

	/** IndicatorMeasure: percentage. */
	private static final String PERCENTAGE = "2";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final IatiActivities activities;

	private final MessageSource words;

	private final IatiPublisher publisher;

	private final Clock clock = Clock.systemUTC();

	IatiActivityFile(IatiActivities activities, MessageSource words, IatiPublisher publisher) {
		this.activities = activities;
		this.words = words;
		this.publisher = publisher;
	}

	/**
	 * Answers with the file, downloaded under a name with the day:
	 * initiatives-iati-2026-03-01.xml.
	 */
	void download(HttpServletResponse response) throws IOException {
		response.setContentType("application/xml");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("initiatives-iati-" + LocalDate.now(clock) + ".xml")
					.build()
					.toString());
		write(response.getOutputStream());
	}

	void write(OutputStream out) throws IOException {
		try {
			Document xml = new Document(XML.createXMLStreamWriter(out, "UTF-8"));
			xml.writer.writeStartDocument("UTF-8", "1.0");
			xml.start("iati-activities");
			xml.attribute("version", VERSION);
			xml.attribute("generated-datetime", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
			activities.each((activity) -> {
				try {
					activity(xml, activity);
				}
				catch (XMLStreamException ex) {
					throw new IllegalStateException("the IATI file could not be written", ex);
				}
			});
			xml.end();
			xml.writer.writeEndDocument();
			xml.writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("the IATI file could not be written", ex);
		}
	}

	private void activity(Document xml, IatiActivity activity) throws XMLStreamException {
		xml.start("iati-activity");
		xml.attribute("last-updated-datetime", activity.lastUpdated().truncatedTo(ChronoUnit.SECONDS).toString());
		xml.writer.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", LANGUAGES.get(0));
		xml.leaf("iati-identifier", publisher.reportingOrgRef() + "-" + activity.initiativeId());
		xml.start("reporting-org");
		xml.attribute("ref", publisher.reportingOrgRef());
		xml.attribute("type", publisher.reportingOrgType());
		narratives(xml, words("iati.reporting-org"));
		xml.end();
		xml.start("title");
		narratives(xml, activity.title());
		xml.end();
		xml.start("description");
		xml.attribute("type", GENERAL);
		narratives(xml, (activity.description() != null) ? activity.description() : generatedDescription(activity));
		xml.end();
		// A proposal names at least one participant, so there is always one.
		for (Country country : activity.participants()) {
			xml.start("participating-org");
			xml.attribute("role", IMPLEMENTING);
			xml.attribute("type", GOVERNMENT);
			narratives(xml, words("iati.ministry." + country.name()));
			xml.end();
		}
		xml.empty("activity-status", "code", String.valueOf(activity.status().code()));
		for (ActivityDate date : activity.dates()) {
			xml.empty("activity-date", "type", String.valueOf(date.type().code()), "iso-date", date.on().toString());
		}
		recipients(xml, activity.recipients());
		xml.empty("sector", "vocabulary", "1", "code", CULTURE_AND_RECREATION);
		if (!activity.progress().isEmpty()) {
			result(xml, activity.progress());
		}
		xml.end();
	}

	/**
	 * Each country's share is equal; IATI wants the shares of several countries to add up
	 * to exactly 100, so the hundredths that do not divide evenly go to the first.
	 */
	private static void recipients(Document xml, List<Country> recipients) throws XMLStreamException {
		int count = recipients.size();
		for (int index = 0; index < count; index++) {
			if (count == 1) {
				xml.empty("recipient-country", "code", recipients.get(index).alpha2());
				continue;
			}
			long hundredths = 10_000 / count + ((index < 10_000 % count) ? 1 : 0);
			xml.empty("recipient-country", "code", recipients.get(index).alpha2(), "percentage",
					BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString());
		}
	}

	private void result(Document xml, List<ProgressPeriod> progress) throws XMLStreamException {
		xml.start("result");
		xml.attribute("type", OUTPUT);
		xml.start("title");
		narratives(xml, words("iati.result"));
		xml.end();
		xml.start("indicator");
		xml.attribute("measure", PERCENTAGE);
		xml.attribute("ascending", "1");
		xml.start("title");
		narratives(xml, words("iati.indicator"));
		xml.end();
		for (ProgressPeriod period : progress) {
			xml.start("period");
			xml.empty("period-start", "iso-date", period.start().toString());
			xml.empty("period-end", "iso-date", period.end().toString());
			for (ProgressPeriod.Figure figure : period.figures()) {
				xml.start("actual");
				xml.attribute("value", String.valueOf(figure.percent()));
				xml.empty("dimension", "name", "country", "value", figure.country().alpha2());
				xml.end();
			}
			xml.end();
		}
		xml.end();
		xml.end();
	}

	private LocalizedText generatedDescription(IatiActivity activity) {
		String[] texts = LANGUAGES.stream()
			.map((language) -> words.getMessage("iati.description",
					new Object[] { words.getMessage("enum.InitiativeKind." + activity.kind().name(), null,
							Locale.forLanguageTag(language)), activity.meetingDay().toString() },
					Locale.forLanguageTag(language)))
			.toArray(String[]::new);
		return new LocalizedText(texts[0], texts[1], texts[2]);
	}

	private LocalizedText words(String key) {
		return new LocalizedText(words.getMessage(key, null, Locale.forLanguageTag("kk")),
				words.getMessage(key, null, Locale.forLanguageTag("ru")),
				words.getMessage(key, null, Locale.forLanguageTag("en")));
	}

	/** A narrative per language that has a text; a language without one is left out. */
	private static void narratives(Document xml, LocalizedText text) throws XMLStreamException {
		narrative(xml, "kk", text.kk());
		narrative(xml, "ru", text.ru());
		narrative(xml, "en", text.en());
	}

	private static void narrative(Document xml, String language, String text) throws XMLStreamException {
		if (text == null || text.isBlank()) {
			return;
		}
		xml.start("narrative");
		xml.writer.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
		xml.writer.writeCharacters(NOT_IN_XML.matcher(text).replaceAll(""));
		xml.endInline();
	}

	/**
	 * The writer with indentation: a person opening the file reads one element per line,
	 * and no element's text gains white space.
	 */
	private static final class Document {

		private final XMLStreamWriter writer;

		/** For each open element, whether it has child elements yet. */
		private final Deque<boolean[]> open = new ArrayDeque<>();

		Document(XMLStreamWriter writer) {
			this.writer = writer;
		}

		void start(String name) throws XMLStreamException {
			newLine();
			writer.writeStartElement(name);
			open.push(new boolean[] { false });
		}

		void attribute(String name, String value) throws XMLStreamException {
			writer.writeAttribute(name, value);
		}

		void leaf(String name, String text) throws XMLStreamException {
			start(name);
			writer.writeCharacters(text);
			endInline();
		}

		void empty(String name, String... attributes) throws XMLStreamException {
			newLine();
			writer.writeEmptyElement(name);
			for (int index = 0; index < attributes.length; index += 2) {
				writer.writeAttribute(attributes[index], attributes[index + 1]);
			}
		}

		void end() throws XMLStreamException {
			boolean hadChildren = open.pop()[0];
			if (hadChildren) {
				writer.writeCharacters("\n" + "  ".repeat(open.size()));
			}
			writer.writeEndElement();
		}

		/** Ends an element whose content is text, on the same line. */
		void endInline() throws XMLStreamException {
			open.pop();
			writer.writeEndElement();
		}

		private void newLine() throws XMLStreamException {
			if (!open.isEmpty()) {
				open.peek()[0] = true;
			}
			writer.writeCharacters("\n" + "  ".repeat(open.size()));
		}

	}

}
