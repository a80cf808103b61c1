package org.cooperation.tracker.query.initiative.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.cooperation.tracker.query.web.DashboardPage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The IATI activity file downloaded from the dashboard, with the signed-in session: the
 * API's address takes credentials with each request, which a link cannot send.
 */
@Controller
@DashboardPage
class IatiDownloads {

	private final IatiActivityFile file;

	IatiDownloads(IatiActivityFile file) {
		this.file = file;
	}

	@GetMapping("/initiatives.iati.xml")
	void iatiActivities(HttpServletResponse response) throws IOException {
		file.download(response);
	}

}
