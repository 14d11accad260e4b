package dev.pvedash.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The single place that decides how an error looks: a full request gets the friendly
 * error page, an htmx request gets an alert fragment retargeted into the layout's
 * {@code #alerts} region. Only a status and a message key reach the page, never an
 * exception text.
 */
final class ErrorRendering {

	private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 405, 409, 413, 422, 429, 500, 503);

	private ErrorRendering() {
	}

	static ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
			String messageKey) {
		return render(request, response, status, messageKey, new Object[0]);
	}

	static ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
			String messageKey, Object[] messageArgs) {
		int code = status.value();
		String known = KNOWN.contains(code) ? String.valueOf(code) : "other";
		String key = (messageKey != null) ? messageKey : "error." + known;
		boolean htmx = HtmxRequest.fromRequest(request).isHtmxRequest();
		ModelAndView view = new ModelAndView(htmx ? "fragments/alerts :: error" : "error");
		view.setStatus(HttpStatus.valueOf(code));
		view.addObject("status", code);
		view.addObject("titleKey", "error.title." + known);
		view.addObject("messageKey", key);
		view.addObject("messageArgs", messageArgs);
		if (htmx) {
			// set on the servlet response: error handlers and the /error dispatch get no
			// HtmxResponse argument
			response.setHeader(HtmxResponseHeader.HX_RETARGET.getValue(), "#alerts");
			response.setHeader(HtmxResponseHeader.HX_RESWAP.getValue(), HtmxReswap.afterBegin().toHeaderValue());
		}
		return view;
	}

}
