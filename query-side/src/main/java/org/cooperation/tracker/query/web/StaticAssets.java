package org.cooperation.tracker.query.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The webjars (ECharts, htmx) are kept by browsers for a year: their addresses carry
 * their versions (the pages name {@code /webjars/echarts/5.3.1/...}), so a new version is
 * a new address and what a browser holds never goes stale. ECharts alone is a megabyte;
 * without this every page load fetched it again. Our own scripts and style sheets keep no
 * version in their addresses and are asked for afresh.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

}
