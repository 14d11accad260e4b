package dev.pvedash.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for answers no servlet wrote: a URI Tomcat refuses to map (an
 * encoded slash, a broken percent escape) is answered 400 by the host before any filter
 * runs, so Spring Security never adds its headers. This valve writes them and
 * {@link PlainErrorPage} instead of Tomcat's report (which names the server and carries
 * an inline style the CSP would block). Guards as in Tomcat's own report: only an error
 * status, nothing written yet, reported once, and only while I/O is still allowed.
 */
class HeaderedErrorReportValve extends ErrorReportValve {

	HeaderedErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				PlainErrorPage.write(request, response, response.getStatus(), writer);
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the answer is committed: nothing left to tell it
		}
	}

}
