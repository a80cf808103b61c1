package org.cooperation.tracker.query.protocol.model;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cooperation.tracker.query.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.ARCHIVES;
import static org.cooperation.tracker.query.Fixtures.CULTURAL_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.MEETING_DAY;
import static org.cooperation.tracker.query.Fixtures.RECORDED;
import static org.cooperation.tracker.query.Fixtures.TASHKENT;
import static org.cooperation.tracker.query.Fixtures.archivesAgreed;
import static org.cooperation.tracker.query.Fixtures.culturalExchangeAgreed;
import static org.cooperation.tracker.query.Fixtures.kazakhstanSigned;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.protocolRecorded;
import static org.cooperation.tracker.query.Fixtures.sample;
import static org.cooperation.tracker.query.Fixtures.secretariat;

class ProtocolsProjectionTest extends QuerySideTestBase {

	private static final UUID PROTOCOL = TASHKENT.value();

	@Autowired
	private ProtocolsProjection projection;

	@Autowired
	private ProtocolRowRepository protocols;

	@Autowired
	private PartyRowRepository parties;

	@Autowired
	private SignatureRowRepository signatures;

	@Autowired
	private DirectionRowRepository directions;

	@BeforeEach
	void startEmpty() {
		emptyReadModels();
	}

	@Test
	void protocolRecordedStoresTheProtocolAndItsPartyListInOrder() {
		project(() -> projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat())));

		ProtocolRow protocol = protocols.findById(PROTOCOL).orElseThrow();
		assertThat(protocol.getNumber()).as("an unknown number stays unknown").isNull();
		assertThat(protocol.getMeetingDate()).isEqualTo(MEETING_DAY);
		assertThat(protocol.getPlace()).isEqualTo("Tashkent");
		assertThat(protocol.getMeetingTitle().en()).isEqualTo("First meeting of the culture ministers of Central Asia");
		assertThat(protocol.getMeetingTitle().ru()).isNull();
		assertThat(protocol.getRecordedAt()).isEqualTo(RECORDED);
		assertThat(protocol.isSample()).isFalse();
		assertThat(parties.findByProtocolIdOrderByListPosition(PROTOCOL)).extracting(PartyRow::getCountry)
			.containsExactly(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM, Country.AZ);
		PartyRow azerbaijan = parties.findById(new ProtocolCountryKey(PROTOCOL, Country.AZ)).orElseThrow();
		assertThat(azerbaijan.getRole()).isEqualTo(PartyRole.HONORARY_GUEST);
		assertThat(azerbaijan.getDesignatedSignatory()).isNull();
		assertThat(
				parties.findById(new ProtocolCountryKey(PROTOCOL, Country.KZ)).orElseThrow().getDesignatedSignatory())
			.isEqualTo("Aida Balayeva");
	}

	@Test
	void protocolRecordedFromDemoDataIsMarkedSample() {
		project(() -> projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, sample())));

		assertThat(protocols.findById(PROTOCOL).orElseThrow().isSample()).isTrue();
	}

	@Test
	void protocolRecordedTwiceLeavesOneProtocol() {
		project(() -> projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat())));
		project(() -> projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat())));

		assertThat(rows("rm_protocol")).isEqualTo(1);
		assertThat(rows("rm_protocol_party")).isEqualTo(6);
		assertThat(protocols.findById(PROTOCOL).orElseThrow().getRecordedAt()).isEqualTo(RECORDED);
	}

	@Test
	void directionAgreedAddsDirectionsInTheOrderAgreed() {
		project(() -> {
			projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat()));
			projection.on(archivesAgreed(), Fixtures.recorded(2L, later(1), secretariat()));
			projection.on(culturalExchangeAgreed(), Fixtures.recorded(1L, later(1), sample()));
		});

		assertThat(directions.findByProtocolIdOrderByAggregateSequence(PROTOCOL))
			.extracting(DirectionRow::getDirectionId)
			.containsExactly(CULTURAL_EXCHANGE.value(), ARCHIVES.value());
		DirectionRow archives = directions.findById(ARCHIVES.value()).orElseThrow();
		assertThat(archives.getTitle().ru()).isEqualTo("Архивное сотрудничество");
		assertThat(archives.getTitle().en()).isNull();
		assertThat(archives.getAgreedAt()).isEqualTo(later(1));
		assertThat(archives.isSample()).isFalse();
		assertThat(directions.findById(CULTURAL_EXCHANGE.value()).orElseThrow().isSample()).isTrue();
	}

	@Test
	void protocolSignedRecordsWhoSignedAndWhen() {
		project(() -> {
			projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat()));
			projection.on(kazakhstanSigned(), Fixtures.recorded(3L, later(5), secretariat()));
		});

		SignatureRow signature = signatures.findById(new ProtocolCountryKey(PROTOCOL, Country.KZ)).orElseThrow();
		assertThat(signature.getSignatory()).isEqualTo("Aida Balayeva");
		assertThat(signature.getPosition()).isEqualTo("Minister of Culture and Information");
		assertThat(signature.getSignedOn()).isEqualTo(MEETING_DAY);
		assertThat(signature.getRecordedAt()).isEqualTo(later(5));
		assertThat(signatures.findById(new ProtocolCountryKey(PROTOCOL, Country.UZ)))
			.as("a party's signature is a recorded fact, never assumed")
			.isEmpty();
	}

	/** Events whose second delivery changes nothing, with the table of their one row. */
	static Stream<Arguments> eventsDeliveredTwice() {
		Consumer<ProtocolsProjection> directionAgreed = (readModel) -> readModel.on(culturalExchangeAgreed(),
				Fixtures.recorded(1L, later(1), secretariat()));
		Consumer<ProtocolsProjection> protocolSigned = (readModel) -> readModel.on(kazakhstanSigned(),
				Fixtures.recorded(3L, later(5), secretariat()));
		return Stream.of(Arguments.of(Named.of("direction agreed", directionAgreed), "rm_protocol_direction"),
				Arguments.of(Named.of("protocol signed", protocolSigned), "rm_protocol_signature"));
	}

	@ParameterizedTest(name = "{0} twice leaves one row")
	@MethodSource("eventsDeliveredTwice")
	void anEventDeliveredTwiceLeavesOneRow(Consumer<ProtocolsProjection> delivery, String table) {
		project(() -> delivery.accept(projection));
		project(() -> delivery.accept(projection));

		assertThat(rows(table)).isEqualTo(1);
	}

	@Test
	void everyEventOfTheProtocolMovesItsVersionToTheEventsSequence() {
		project(() -> projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat())));
		assertThat(version()).as("recorded").isZero();

		project(() -> projection.on(culturalExchangeAgreed(), Fixtures.recorded(1L, later(1), secretariat())));
		assertThat(version()).as("direction agreed").isEqualTo(1);

		project(() -> projection.on(kazakhstanSigned(), Fixtures.recorded(2L, later(5), secretariat())));
		assertThat(version()).as("signed").isEqualTo(2);
	}

	@Test
	void eventsDeliveredAgainNeverMoveTheVersionBack() {
		project(() -> {
			projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat()));
			projection.on(culturalExchangeAgreed(), Fixtures.recorded(1L, later(1), secretariat()));
			projection.on(archivesAgreed(), Fixtures.recorded(2L, later(1), secretariat()));
			projection.on(kazakhstanSigned(), Fixtures.recorded(3L, later(5), secretariat()));
		});

		project(() -> {
			projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat()));
			projection.on(culturalExchangeAgreed(), Fixtures.recorded(1L, later(1), secretariat()));
		});

		assertThat(version()).isEqualTo(3);
		assertThat(protocols.findById(PROTOCOL).orElseThrow().getPlace()).isEqualTo("Tashkent");
	}

	@Test
	void resetEmptiesEveryTableOfTheReadModel() {
		project(() -> {
			projection.on(protocolRecorded(), Fixtures.recorded(0L, RECORDED, secretariat()));
			projection.on(culturalExchangeAgreed(), Fixtures.recorded(1L, later(1), secretariat()));
			projection.on(kazakhstanSigned(), Fixtures.recorded(3L, later(5), secretariat()));
		});

		project(projection::reset);

		assertThat(rows("rm_protocol")).isZero();
		assertThat(rows("rm_protocol_party")).isZero();
		assertThat(rows("rm_protocol_direction")).isZero();
		assertThat(rows("rm_protocol_signature")).isZero();
	}

	private long version() {
		return protocols.findById(PROTOCOL).orElseThrow().getAggregateVersion();
	}

}
