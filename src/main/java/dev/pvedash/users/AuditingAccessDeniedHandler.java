package dev.pvedash.users;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import dev.pvedash.system.LogText;

/**
 * Every 403 of a signed-in user becomes an audit row (OWASP ASVS 5.0 16.3.2), then the
 * usual 403 page or htmx alert. Refusals of visitors who are not signed in are only
 * logged: anyone could send them in bulk, and they would grow the database
 * (docs/web-security.md, "Denials"). A failing audit write never turns the 403 into
 * something else.
 */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(AuditingAccessDeniedHandler.class);

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditingAccessDeniedHandler(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = LogText.encode(request.getRequestURI());
		String reason = LogText.encode(reason(denied));
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			try {
				this.events.publishEvent(new AccessDenied(auth.getName(), request.getRemoteAddr(), request.getMethod(),
						path, reason, this.clock.instant()));
			}
			catch (RuntimeException ex) {
				log.warn("Could not audit the denial of {} {} for {}: {}", request.getMethod(), path, auth.getName(),
						ex.toString());
			}
		}
		else {
			log.info("Refused {} {} from {}: {}", request.getMethod(), path, request.getRemoteAddr(), reason);
		}
		this.page.handle(request, response, denied);
	}

	private static String reason(AccessDeniedException denied) {
		if (denied instanceof CsrfException) {
			return "CSRF token missing or wrong";
		}
		String message = denied.getMessage();
		return (message == null || message.equals("Access Denied")) ? "role not allowed" : message;
	}

}
