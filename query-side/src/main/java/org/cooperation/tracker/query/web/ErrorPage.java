package org.cooperation.tracker.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The dashboard's error page (templates/error.html) with its status and message. */
public final class ErrorPage {

	private ErrorPage() {
	}

	public static ModelAndView of(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
