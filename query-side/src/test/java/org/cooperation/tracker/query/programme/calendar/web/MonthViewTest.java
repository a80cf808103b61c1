package org.cooperation.tracker.query.programme.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.programme.calendar.CalendarEventView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.programme.calendar.web.CalendarPagesSliceTest.BRIDGE;
import static org.cooperation.tracker.query.programme.calendar.web.CalendarPagesSliceTest.BRIDGE_EVENT;
import static org.cooperation.tracker.query.programme.calendar.web.CalendarPagesSliceTest.FESTIVAL;
import static org.cooperation.tracker.query.programme.calendar.web.CalendarPagesSliceTest.FESTIVAL_EVENT;
import static org.cooperation.tracker.query.programme.calendar.web.CalendarPagesSliceTest.event;

/**
 * The month view's grid (weeks from Monday, blank days around the month, each event on
 * every one of its days) and the month a visitor is shown first.
 */
class MonthViewTest {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	/** 1 June 2026 is a Monday; 30 June a Tuesday. */
	@Test
	void aMonthIsItsWeeksFromMondayWithTheDaysOfOtherMonthsBlank() {
		MonthView june = MonthView.of(YearMonth.of(2026, 6), List.of(), LocalDate.of(2026, 6, 15), Locale.ENGLISH);
		assertThat(june.weeks()).hasSize(5).allSatisfy((week) -> assertThat(week).hasSize(7));
		assertThat(june.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(june.weeks().get(4).subList(0, 2)).extracting(MonthView.Day::date)
			.containsExactly(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 6, 30));
		assertThat(june.weeks().get(4).subList(2, 7)).allSatisfy((day) -> assertThat(day.blank()).isTrue());
		assertThat(june.weeks().stream().flatMap(List::stream).filter(MonthView.Day::today))
			.extracting(MonthView.Day::date)
			.containsExactly(LocalDate.of(2026, 6, 15));
		assertThat(june.weekdays()).extracting(MonthView.Weekday::day)
			.containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

		// 1 May 2026 is a Friday: four blank days before it.
		MonthView may = MonthView.of(YearMonth.of(2026, 5), List.of(), LocalDate.of(2026, 6, 15), Locale.ENGLISH);
		assertThat(may.weeks().get(0).subList(0, 4)).allSatisfy((day) -> assertThat(day.blank()).isTrue());
		assertThat(may.weeks().get(0).get(4).date()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(may.weeks()).hasSize(5);
	}

	@Test
	void anEventIsOnEveryDayItTakesPlaceInTheMonthAndOnNoOther() {
		CalendarEventView august = event(UUID.randomUUID(), FESTIVAL_EVENT.title(), LocalDate.of(2026, 8, 1),
				LocalDate.of(2026, 8, 1));
		MonthView may = MonthView.of(YearMonth.of(2026, 5), List.of(BRIDGE_EVENT, FESTIVAL_EVENT, august),
				LocalDate.of(2026, 1, 1), Locale.ENGLISH);
		assertThat(may.events()).isEqualTo(1);
		assertThat(may.weeks().stream().flatMap(List::stream).filter((day) -> !day.events().isEmpty()))
			.extracting((day) -> day.date().getDayOfMonth())
			.containsExactly(30, 31);
		MonthView june = MonthView.of(YearMonth.of(2026, 6), List.of(BRIDGE_EVENT, FESTIVAL_EVENT, august),
				LocalDate.of(2026, 1, 1), Locale.ENGLISH);
		assertThat(june.events()).isEqualTo(2);
		assertThat(june.weeks().get(0).get(0).events()).extracting(CalendarEventView::submissionId)
			.containsExactly(BRIDGE);
		assertThat(june.weeks().get(1).get(4).date()).isEqualTo(LocalDate.of(2026, 6, 12));
		assertThat(june.weeks().get(1).get(4).events()).extracting(CalendarEventView::submissionId)
			.containsExactly(FESTIVAL);
	}

	@Test
	void namesAreJavaTimesInTheReadersLanguage() {
		MonthView kazakh = MonthView.of(YearMonth.of(2026, 6), List.of(), LocalDate.of(2026, 1, 1), KAZAKH);
		assertThat(kazakh.title()).isEqualTo("Маусым 2026");
		assertThat(kazakh.weekdays().get(0)).isEqualTo(new MonthView.Weekday(DayOfWeek.MONDAY, "Дс", "Дүйсенбі"));
		MonthView russian = MonthView.of(YearMonth.of(2026, 6), List.of(), LocalDate.of(2026, 1, 1), RUSSIAN);
		assertThat(russian.title()).isEqualTo("Июнь 2026");
		assertThat(russian.weekdays().get(6)).isEqualTo(new MonthView.Weekday(DayOfWeek.SUNDAY, "Вс", "Воскресенье"));
		assertThat(MonthView.monthName(Month.MAY, RUSSIAN)).isEqualTo("Май");
		assertThat(MonthView.title(YearMonth.of(2026, 12), Locale.ENGLISH)).isEqualTo("December 2026");
	}

	@Test
	void theMonthShownFirstIsTheNextEventsElseTodaysElseTheEditionsFirst() {
		List<CalendarEventView> events = List.of(BRIDGE_EVENT, FESTIVAL_EVENT);
		// Before any event: the month of the first one to come.
		assertThat(MonthView.firstShown(2026, events, LocalDate.of(2026, 2, 10))).isEqualTo(YearMonth.of(2026, 5));
		// While the bridge is under way in June: June, not May when it began.
		assertThat(MonthView.firstShown(2026, events, LocalDate.of(2026, 6, 1))).isEqualTo(YearMonth.of(2026, 6));
		// Between the two: the festival's month.
		assertThat(MonthView.firstShown(2026, List.of(FESTIVAL_EVENT, BRIDGE_EVENT), LocalDate.of(2026, 6, 5)))
			.isEqualTo(YearMonth.of(2026, 6));
		// After all of them, in the edition's year: this month.
		assertThat(MonthView.firstShown(2026, events, LocalDate.of(2026, 11, 20))).isEqualTo(YearMonth.of(2026, 11));
		// A past edition: the month of its first event; an empty one: January.
		assertThat(MonthView.firstShown(2026, events, LocalDate.of(2027, 3, 1))).isEqualTo(YearMonth.of(2026, 5));
		assertThat(MonthView.firstShown(2025, List.of(), LocalDate.of(2027, 3, 1))).isEqualTo(YearMonth.of(2025, 1));
		// An event that begins in the December before its edition opens the edition's
		// January.
		CalendarEventView newYear = event(UUID.randomUUID(), FESTIVAL_EVENT.title(), LocalDate.of(2025, 12, 30),
				LocalDate.of(2026, 1, 2));
		assertThat(MonthView.firstShown(2026, List.of(newYear), LocalDate.of(2025, 11, 1)))
			.isEqualTo(YearMonth.of(2026, 1));
	}

}
