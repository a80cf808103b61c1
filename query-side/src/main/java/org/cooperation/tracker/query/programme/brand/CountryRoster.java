package org.cooperation.tracker.query.programme.brand;

import java.util.List;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One participating country's seats in the working group.
 *
 * @param country the country
 * @param members who sits for it now, in the order they joined
 * @param former who sat for it before
 */
public record CountryRoster(Country country, List<MemberView> members, List<MemberView> former) {

}
