package dev.pvedash.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the lock failure into Boot's short "APPLICATION FAILED TO START" block instead of
 * a stack trace.
 */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage().strip(),
				"Stop the other PVE Dash instance, or set PVEDASH_DATA_DIR to a directory of this instance's own.",
				cause);
	}

}
