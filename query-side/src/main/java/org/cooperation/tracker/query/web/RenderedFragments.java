package org.cooperation.tracker.query.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * Renders a fragment of a template to text, as a page would render it (the same
 * templates, message bundles, {@code @show} and other helpers, links), for a part of a
 * page that is rendered once and answered many times ({@code KeptUntilChanged}). What it
 * renders must not depend on who asks: a kept fragment is answered to everyone who reads
 * in its language.
 */
@Component
public class RenderedFragments {

	private final SpringTemplateEngine templates;

	private final JakartaServletWebApplication application;

	private final ThymeleafEvaluationContext helpers;

	RenderedFragments(SpringTemplateEngine templates, ServletContext servletContext, ApplicationContext context,
			ConversionService conversions) {
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
		this.helpers = new ThymeleafEvaluationContext(context, conversions);
	}

	/**
	 * The fragment of the template, rendered with the variables in the language given.
	 */
	public String render(String template, String fragment, Map<String, Object> variables, Locale language,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, helpers);
		WebContext context = new WebContext(application.buildExchange(request, response), language, all);
		return templates.process(template, Set.of(fragment), context);
	}

}
