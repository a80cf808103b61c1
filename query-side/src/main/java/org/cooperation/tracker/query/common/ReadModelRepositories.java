package org.cooperation.tracker.query.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import org.cooperation.tracker.query.QuerySideApplication;

/**
 * Every repository of the query side on {@link ReadModelRepositoryBase}. A configuration
 * of its own rather than an annotation on the application, so that tests of a slice
 * (controllers only) do not ask for the repositories.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = QuerySideApplication.class,
		repositoryBaseClass = ReadModelRepositoryBase.class)
class ReadModelRepositories {

}
