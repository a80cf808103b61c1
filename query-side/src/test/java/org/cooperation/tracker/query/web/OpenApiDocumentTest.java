package org.cooperation.tracker.query.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.testing.ServedDocument;

/**
 * The query API's OpenAPI document, as served, is written to
 * {@code target/openapi/query-side.json} and is the committed copy
 * ({@code src/test/resources/openapi/query-side.json}): see {@link ServedDocument}.
 */
class OpenApiDocumentTest extends QuerySideTestBase {

	@Test
	void theServedDocumentIsTheCommittedOne() throws Exception {
		String served = getOk("/v3/api-docs").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		ServedDocument.writeAndCompare("query-side", served);
	}

}
