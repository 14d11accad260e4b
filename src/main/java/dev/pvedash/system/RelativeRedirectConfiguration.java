package dev.pvedash.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;

/**
 * Every redirect keeps the relative location it was given. Tomcat turns a relative
 * {@code sendRedirect} into an absolute URL built from the client's {@code Host} header
 * for HTTP/1.0 requests even with {@code server.tomcat.use-relative-redirects}; this
 * filter sets the Location header itself, so a forged Host never comes back
 * (docs/web-security.md, "Redirects"). It runs before Spring Security's filters, whose
 * login and logout redirects it covers too. 302 as before (the filter's default would be
 * 303).
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirectConfiguration {

	/** Before Spring Security's filter chain (Boot registers it at -100). */
	static final int ORDER = -110;

	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirectFilter() {
		RelativeRedirectFilter filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND);
		FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(ORDER);
		return registration;
	}

}
