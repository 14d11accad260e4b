package dev.pvedash.users;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The edges of the web layer (docs/web-security.md): the session cookie's name over
 * HTTPS, the Origin check before the CSRF filter and the auditing 403 handler. A
 * {@code Customizer<HttpSecurity>} bean is applied by Spring Security to every
 * HttpSecurity, so SecurityConfiguration keeps only the rules.
 */
@Configuration(proxyBeanMethods = false)
class WebEdgesConfiguration {

	@Bean
	BaseUrl baseUrl(@Value("${pvedash.base-url:}") String baseUrl) {
		return BaseUrl.parse(baseUrl);
	}

	@Bean
	SessionCookieCustomizer sessionCookieCustomizer(BaseUrl baseUrl) {
		return new SessionCookieCustomizer(baseUrl);
	}

	@Bean
	AuditingAccessDeniedHandler auditingAccessDeniedHandler(ApplicationEventPublisher events, Clock clock) {
		return new AuditingAccessDeniedHandler(events, clock);
	}

	@Bean
	Customizer<HttpSecurity> webEdges(BaseUrl baseUrl, AuditingAccessDeniedHandler denied) {
		return http -> {
			http.addFilterBefore(new OriginCheckFilter(new OriginCheck(baseUrl), denied), CsrfFilter.class);
			http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied));
		};
	}

}
