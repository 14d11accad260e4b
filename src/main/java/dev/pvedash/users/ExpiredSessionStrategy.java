package dev.pvedash.users;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * A session ended on the server (password changed, account disabled) reaches the login
 * page; for an htmx request that is a full reload rather than the login form swapped into
 * a fragment.
 */
class ExpiredSessionStrategy implements SessionInformationExpiredStrategy {

	@Override
	public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
		HttpServletRequest request = event.getRequest();
		HttpServletResponse response = event.getResponse();
		if (HtmxRequest.fromRequest(request).isHtmxRequest()) {
			response.setHeader(HtmxResponseHeader.HX_REFRESH.getValue(), "true");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

}
