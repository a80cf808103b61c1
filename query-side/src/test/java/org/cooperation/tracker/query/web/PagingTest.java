package org.cooperation.tracker.query.web;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

import org.cooperation.tracker.kernel.common.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

	static final List<Integer> TWO_HUNDRED_AND_FIVE = IntStream.range(0, 205).boxed().toList();

	@Test
	void omittedMeansTheFirstHundred() {
		Paging paging = Paging.of(null, null);
		assertThat(paging.slice(TWO_HUNDRED_AND_FIVE)).hasSize(100).startsWith(0).endsWith(99);
	}

	@Test
	void aPageBeyondTheEndIsEmptyEvenForTheLargestPageNumber() {
		assertThat(Paging.of(2, 100).slice(TWO_HUNDRED_AND_FIVE)).containsExactly(200, 201, 202, 203, 204);
		assertThat(Paging.of(Paging.MAX_PAGE, Paging.MAX_SIZE).slice(TWO_HUNDRED_AND_FIVE)).isEmpty();
	}

	@Test
	void sizeAndPageOutsideTheirRangeAreRefused() {
		assertThatThrownBy(() -> Paging.of(0, 501)).isInstanceOf(InvalidValueException.class)
			.hasMessage("size is a number from 1 to 500, not 501");
		assertThatThrownBy(() -> Paging.of(0, 0)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> Paging.of(-1, 10)).isInstanceOf(InvalidValueException.class)
			.hasMessage("page is a number from 0 to 100000, not -1");
		assertThatThrownBy(() -> Paging.of(100_001, 10)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void headersGiveTheTotalAndTheNeighboursKeepingOtherParameters() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/initiatives/x/cultural-tour/films");
		request.setQueryString("holder=kg&page=1&size=100&state=digitised");
		HttpHeaders headers = Paging.of(1, 100).headers(205, request);
		assertThat(headers.getFirst("X-Total-Count")).isEqualTo("205");
		assertThat(headers.getFirst(HttpHeaders.LINK)).isEqualTo(
				"</api/initiatives/x/cultural-tour/films?holder=kg&state=digitised&page=2&size=100>; rel=\"next\", "
						+ "</api/initiatives/x/cultural-tour/films?holder=kg&state=digitised&page=0&size=100>; rel=\"prev\"");
		assertThat(Paging.of(0, 100).headers(100, request).getFirst(HttpHeaders.LINK)).isNull();
	}

}
