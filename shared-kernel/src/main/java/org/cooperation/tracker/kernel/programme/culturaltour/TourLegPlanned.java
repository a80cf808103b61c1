package org.cooperation.tracker.kernel.programme.culturaltour;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * A leg was planned in a programme edition; it stands at {@link TourLegState#PLANNED}.
 *
 * @param programmeId the programme edition
 * @param legId the leg
 * @param kind what the leg presents
 * @param title what is shown, or null
 * @param origin the country whose programme, exhibition or films travel
 * @param host the hosting country
 * @param city the host city
 * @param venue the venue
 * @param startsOn the first day
 * @param endsOn the last day
 * @param films the films a screening shows (each DIGITISED or PUBLISHED, with rights
 * cleared, when planned); empty for other kinds
 */
@Revision("1")
public record TourLegPlanned(TourProgrammeId programmeId, TourLegId legId, TourLegKind kind, LocalizedText title,
		Country origin, Country host, String city, String venue, LocalDate startsOn, LocalDate endsOn,
		List<ArchivalFilmId> films) {

}
