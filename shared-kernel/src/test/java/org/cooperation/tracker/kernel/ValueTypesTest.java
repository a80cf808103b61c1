package org.cooperation.tracker.kernel;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;

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
	void everyStatusHasAnIatiCode() {
		assertThat(ParticipationStatus.IMPLEMENTING.iati().code()).isEqualTo(2);
		assertThat(ParticipationStatus.DECLINED.iati()).isEqualTo(IatiActivityStatus.CANCELLED);
		assertThat(ParticipationStatus.SUSPENDED.iati().code()).isEqualTo(6);
	}

}
