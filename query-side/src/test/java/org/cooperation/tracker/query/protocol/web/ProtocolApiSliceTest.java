package org.cooperation.tracker.query.protocol.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.protocol.DirectionView;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.protocol.ProtocolView;
import org.cooperation.tracker.query.protocol.SignatureView;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link ProtocolApi} in a slice: the list, one protocol with its ETag, a direction and a
 * signature where the command side points to, and the problems for what is unknown.
 */
class ProtocolApiSliceTest extends QuerySliceTest {

	static final UUID TASHKENT = UUID.fromString("6b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4");

	@Autowired
	ProtocolQueries queries;

	@Test
	void theProtocolsAreAListWithoutAnETag() throws Exception {
		given(queries.protocols()).willReturn(List.of(mock(ProtocolView.class)));
		list(get("/api/protocols"), 1, 1).andExpect(header().doesNotExist("ETag"));
	}

	@Test
	void aProtocolCarriesItsVersionAsETag() throws Exception {
		given(queries.protocol(TASHKENT)).willReturn(versioned(TASHKENT, mock(ProtocolView.class)));
		expectRecord("/api/protocols/" + TASHKENT, 3);
	}

	@Test
	void aDirectionAndASignatureAreServedWhereTheCommandSidePointsTo() throws Exception {
		UUID direction = UUID.randomUUID();
		given(queries.direction(TASHKENT, direction)).willReturn(mock(DirectionView.class));
		json(get("/api/protocols/{id}/directions/{d}", TASHKENT, direction));
		given(queries.signature(TASHKENT, Country.KZ)).willReturn(mock(SignatureView.class));
		json(get("/api/protocols/{id}/signatures/{country}", TASHKENT, "kz"));
	}

	@Test
	void anUnknownProtocolDirectionOrSignatureIsNotFound() throws Exception {
		given(queries.protocol(UUID.fromString(UNKNOWN))).willThrow(notFound("no protocol with id " + UNKNOWN));
		problem(get("/api/protocols/{id}", UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value("no protocol with id " + UNKNOWN));
		given(queries.direction(TASHKENT, UUID.fromString(UNKNOWN)))
			.willThrow(notFound("protocol " + TASHKENT + " has no direction with id " + UNKNOWN));
		problem(get("/api/protocols/{id}/directions/{d}", TASHKENT, UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no direction with id " + UNKNOWN)));
		given(queries.signature(TASHKENT, Country.UZ))
			.willThrow(notFound("protocol " + TASHKENT + " has no signature of Uzbekistan (UZ)"));
		problem(get("/api/protocols/{id}/signatures/UZ", TASHKENT), 404)
			.andExpect(jsonPath("$.detail").value(containsString("no signature of Uzbekistan (UZ)")));
	}

	@Test
	void aMalformedIdOrAnUnknownCountryIsABadRequest() throws Exception {
		problem(get("/api/protocols/{id}/directions/42", TASHKENT), 400)
			.andExpect(jsonPath("$.detail").value(containsString("directionId")));
		problem(get("/api/protocols/{id}/signatures/ru", TASHKENT), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'ru'")));
	}

}
