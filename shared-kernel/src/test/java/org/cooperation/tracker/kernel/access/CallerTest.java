package org.cooperation.tracker.kernel.access;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

	@Test
	void aLiaisonIsBoundToExactlyOneCountryAndNoOtherRoleToAny() {
		assertThatThrownBy(() -> new Caller("liaison-kg", Role.LIAISON, null)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("bound to no country");
		assertThatThrownBy(() -> new Caller("official", Role.OFFICIAL, Country.KZ))
			.hasMessageContaining("cannot be bound to a country");
		assertThat(Caller.liaison("liaison-kg", Country.KG).isLiaisonOf(Country.KG)).isTrue();
		assertThat(Caller.liaison("liaison-kg", Country.KG).isLiaisonOf(Country.KZ)).isFalse();
		assertThat(Caller.of("secretariat", Role.SECRETARIAT).isLiaisonOf(Country.KZ)).isFalse();
	}

	@Test
	void authoritiesAndMetadataTravelBothWays() {
		Caller liaison = Caller.liaison("liaison-tj", Country.TJ);
		assertThat(liaison.authorities()).containsExactly("ROLE_LIAISON", "COUNTRY_TJ");
		assertThat(Caller.fromAuthorities("liaison-tj", liaison.authorities())).isEqualTo(liaison);
		assertThat(liaison.toMetaData()).containsExactlyInAnyOrderEntriesOf(
				Map.of("actor", "liaison-tj", "actorRole", "LIAISON", "actorCountry", "TJ"));
		assertThat(Caller.fromMetaData(liaison.toMetaData())).isEqualTo(liaison);
		assertThat(Caller.of("auditor", Role.AUDITOR).toMetaData()).doesNotContainKey("actorCountry");
	}

	@Test
	void noUserOrTokenCanClaimTheSystemRole() {
		assertThatThrownBy(() -> Role.ofUser("SYSTEM")).hasMessageContaining("unknown role 'SYSTEM'");
		assertThatThrownBy(() -> Caller.fromAuthorities("robot", List.of("ROLE_SYSTEM")))
			.hasMessageContaining("unknown role");
		assertThatThrownBy(() -> Caller.fromAuthorities("two-hats", List.of("ROLE_OFFICIAL", "ROLE_ADMIN")))
			.hasMessageContaining("more than one role");
		assertThatThrownBy(() -> Caller.fromAuthorities("nobody", List.of("COUNTRY_KZ")))
			.hasMessageContaining("no role");
	}

	@Test
	void metadataNamingNoConsistentCallerNamesNobody() {
		assertThat(Caller.fromMetaData(Map.of())).isNull();
		assertThat(Caller.fromMetaData(Map.of("actor", "x", "actorRole", "KING"))).isNull();
		assertThat(Caller.fromMetaData(Map.of("actor", "x", "actorRole", "LIAISON"))).isNull();
		assertThat(Caller.fromMetaData(Map.of("actor", "demo-data", "actorRole", "SYSTEM")))
			.isEqualTo(Caller.of("demo-data", Role.SYSTEM));
	}

}
