package dev.pvedash.system;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before the application sees them answer like the rest of it
 * (docs/web-security.md, "Refused requests"): Tomcat's host error report and Spring
 * Security's firewall both write the security headers and a plain 400 page.
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequestConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RefusedRequestConfiguration.class);

	/**
	 * Replaces the host's ErrorReportValve (Boot adds a plain one when stack traces are
	 * off); runs after Boot's own customizer, and names our class so the host does not
	 * add Tomcat's default one at start.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> headeredErrorReports() {
		return new ErrorReportCustomizer();
	}

	/**
	 * StrictHttpFirewall's refusals (encoded slashes, "//", ";", control characters):
	 * 400, headers, plain page.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex) -> {
			if (log.isDebugEnabled()) {
				log.debug("Refused {} {}: {}", request.getMethod(), LogText.encode(request.getRequestURI()),
						LogText.encode(ex.getMessage()));
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			PlainErrorPage.write(request, response, HttpServletResponse.SC_BAD_REQUEST, response.getWriter());
		};
	}

	static void replaceErrorReport(Container host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve && !(valve instanceof HeaderedErrorReportValve)) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.getPipeline().addValve(new HeaderedErrorReportValve());
		if (host instanceof StandardHost standard) {
			standard.setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
		}
	}

	static final class ErrorReportCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> replaceErrorReport(context.getParent()));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
