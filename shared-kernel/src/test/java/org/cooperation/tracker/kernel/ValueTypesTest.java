package org.cooperation.tracker.kernel;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

	@Test
	void countryCodesAreReadInAnyCase() {
		assertThat(Country.fromCode("kz")).isEqualTo(Country.KZ);
		assertThat(Country.fromCode(" Tj ")).isEqualTo(Country.TJ);
		assertThat(Country.AZ.numeric()).isEqualTo("031");
	}

	@Test
	void unknownCountryIsRefusedWithTheKnownCodes() {
		assertThatThrownBy(() -> Country.fromCode("RU")).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("unknown country 'RU'")
			.hasMessageContaining("KZ, UZ, KG, TJ, TM, AZ");
	}

	@Test
	void percentAbove100CannotExist() {
		assertThatThrownBy(() -> new ProgressPercent(101)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> new ProgressPercent(-1)).isInstanceOf(InvalidValueException.class);
		assertThat(new ProgressPercent(100).value()).isEqualTo(100);
	}

	@Test
	void textNeedsOneLanguage() {
		assertThatThrownBy(() -> new LocalizedText(" ", null, "")).isInstanceOf(InvalidValueException.class);
		assertThat(new LocalizedText("Күнтізбе", null, " ").preferEnglish()).isEqualTo("Күнтізбе");
	}

	@Test
	void evidenceMustBeAnAbsoluteWebAddress() {
		assertThat(EvidenceLink.of("https://example.org/decree.pdf").url().getHost()).isEqualTo("example.org");
		assertThatThrownBy(() -> EvidenceLink.of("javascript:alert(1)")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> EvidenceLink.of("/relative")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> EvidenceLink.of("http://bad host")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void aRefusalQuotesAtMostTheStartOfAHugeValue() {
		assertThat(Checks.excerpt(" RU ")).isEqualTo("'RU'");
		assertThat(Checks.excerpt("x".repeat(5_000))).isEqualTo("'" + "x".repeat(40) + "...' (5000 characters)");
		assertThatThrownBy(() -> Country.fromCode("k".repeat(5_000))).hasMessageStartingWith("unknown country 'kkk")
			.hasMessageContaining("...' (5000 characters): use an ISO 3166-1 alpha-2 code");
	}

	@Test
	void titlesAreShortTextInEachLanguageWhileDescriptionsMayRunLonger() {
		LocalizedText long301 = new LocalizedText(null, "я".repeat(301), "Calendar");
		LocalizedText title = LocalizedText.english("Calendar");
		assertThatThrownBy(() -> new AgreedDirection(DirectionId.random(), long301))
			.hasMessage("direction title is longer than 300 characters");
		assertThatThrownBy(() -> new ProposeInitiative(InitiativeId.random(), ProtocolId.random(), DirectionId.random(),
				InitiativeKind.OTHER, long301, null, Country.KZ, Set.of(Country.KZ)))
			.hasMessage("title is longer than 300 characters");
		assertThat(new ProposeInitiative(InitiativeId.random(), ProtocolId.random(), DirectionId.random(),
				InitiativeKind.OTHER, title, long301, Country.KZ, Set.of(Country.KZ))
			.description()).isEqualTo(long301);
	}

	@Test
	void onlyPlausibleDatesPass() {
		assertThat(Checks.plausibleDate(LocalDate.of(2025, 11, 14), "meetingDate"))
			.isEqualTo(LocalDate.of(2025, 11, 14));
		assertThat(Checks.plausibleDate(null, "asOf")).isNull();
		assertThatThrownBy(() -> Checks.plausibleDate(LocalDate.MIN, "asOf")).isInstanceOf(InvalidValueException.class)
			.hasMessage("asOf lies between 1900-01-01 and 9999-12-31, not -999999999-01-01");
		assertThatThrownBy(() -> Checks.plausibleDate(LocalDate.of(10_000, 1, 1), "asOf"))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void everyStatusHasAnIatiCode() {
		assertThat(ParticipationStatus.IMPLEMENTING.iati().code()).isEqualTo(2);
		assertThat(ParticipationStatus.DECLINED.iati()).isEqualTo(IatiActivityStatus.CANCELLED);
		assertThat(ParticipationStatus.SUSPENDED.iati().code()).isEqualTo(6);
	}

}
