package org.cooperation.tracker.kernel.programme;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeValuesTest {

	private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private static CulturalEvent event(LocalDate start, LocalDate end) {
		return new CulturalEvent(LocalizedText.english("Festival"), CulturalEventType.FESTIVAL, "Almaty", start, end,
				"City hall", null, null);
	}

	@Test
	void eventEndsOnOrAfterItsFirstDay() {
		assertThat(event(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 9)).endDate()).isEqualTo("2026-05-09");
		assertThatThrownBy(() -> event(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 8)))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("endDate 2026-05-08 is before startDate 2026-05-09");
	}

	@Test
	void eventSpansAYearAtMost() {
		assertThat(event(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31))).isNotNull();
		assertThatThrownBy(() -> event(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("at most 366 days, not 367");
	}

	@Test
	void eventNeedsATitleTypeCityAndOrganiser() {
		LocalDate day = LocalDate.of(2026, 1, 1);
		LocalizedText film = LocalizedText.english("Film");
		assertThatThrownBy(
				() -> new CulturalEvent(null, CulturalEventType.FILM, "Baku", day, day, "Cinema", null, null))
			.hasMessage("title is required");
		assertThatThrownBy(() -> new CulturalEvent(LocalizedText.english("x".repeat(301)), CulturalEventType.FILM,
				"Baku", day, day, "Cinema", null, null))
			.hasMessageContaining("title is longer than 300");
		assertThatThrownBy(() -> new CulturalEvent(film, null, "Baku", day, day, "Cinema", null, null))
			.hasMessage("type is required");
		assertThatThrownBy(() -> new CulturalEvent(film, CulturalEventType.FILM, " ", day, day, "Cinema", null, null))
			.hasMessageContaining("city is required");
		assertThatThrownBy(() -> new CulturalEvent(film, CulturalEventType.FILM, "Baku", day, day, null, null, null))
			.hasMessageContaining("organiser is required");
	}

	@Test
	void editionYearHoldsEventsThatOverlapIt() {
		EditionYear year = new EditionYear(2026);
		assertThat(year.overlaps(LocalDate.of(2025, 12, 28), LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(year.overlaps(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 3))).isTrue();
		assertThat(year.overlaps(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(year.overlaps(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))).isFalse();
		assertThatThrownBy(() -> year.requireOverlap(event(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2))))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage(
					"the event runs from 2025-06-01 to 2025-06-02, wholly outside the 2026 edition of the calendar");
		assertThatThrownBy(() -> new EditionYear(1999)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> new EditionYear(2101)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void sha256IsSixtyFourHexadecimalCharactersInLowerCase() {
		assertThat(Sha256.of(" " + DIGEST.toUpperCase() + " ").hex()).isEqualTo(DIGEST);
		assertThatThrownBy(() -> Sha256.of(DIGEST.substring(1))).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("is 63 characters long");
		assertThatThrownBy(() -> Sha256.of(DIGEST.substring(1) + "g")).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("not all hexadecimal");
		assertThatThrownBy(() -> Sha256.of((String) null)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void draftVersionsStartAtOne() {
		assertThat(DraftVersion.first().next()).isEqualTo(new DraftVersion(2));
		assertThat(new DraftVersion(3)).hasToString("v3");
		assertThatThrownBy(() -> new DraftVersion(0)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void workingGroupIdIsTheSameForTheSameInitiative() {
		InitiativeId initiative = new InitiativeId(UUID.fromString("7a5f0c1e-2025-4e14-8000-0000000001c5"));
		assertThat(WorkingGroupId.of(initiative)).isEqualTo(WorkingGroupId.of(initiative));
		assertThat(WorkingGroupId.of(initiative).value().version()).isEqualTo(3);
	}

}
