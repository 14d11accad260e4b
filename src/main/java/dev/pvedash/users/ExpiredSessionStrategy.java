package dev.pvedash.users;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * A session ended on the server (password changed, account disabled) reaches the login page; for an htmx
 * request that is a full reload rather than the login form swapped into a fragment.
 */
class ExpiredSessionStrategy implements SessionInformationExpiredStrategy {

	@Override
	public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
		HttpServletRequest request = event.getRequest();
		HttpServletResponse response = event.getResponse();
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Refresh", "true");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

}
