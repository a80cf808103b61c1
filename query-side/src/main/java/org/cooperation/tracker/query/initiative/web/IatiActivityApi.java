package org.cooperation.tracker.query.initiative.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The initiatives as open data in the IATI activity standard. */
@RestController
@RequestMapping("/api")
@Tag(name = "Initiatives")
class IatiActivityApi {

	private final IatiActivityFile file;

	IatiActivityApi(IatiActivityFile file) {
		this.file = file;
	}

	@GetMapping(path = "/initiatives.iati.xml", produces = "application/xml")
	@Operation(summary = "Every initiative as an IATI activity file (IATI Standard 2.03 XML)",
			description = "One iati-activity per initiative, in the order they were proposed: its titles and "
					+ "description in Kazakh, Russian and English, each participating country's ministry of culture "
					+ "as implementing organisation, one activity status for the whole initiative, its start (and "
					+ "end once every country completed) from the status changes' effective days, and the progress "
					+ "reports as a percentage indicator with a period per month and a value per country. Demo data "
					+ "is included, as in the status matrix.")
	void iatiActivities(HttpServletResponse response) throws IOException {
		file.download(response);
	}

}
