package dev.pvedash.audit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The audit trail for a web slice whose test is about it: every recorder and the store
 * they write to (H2), so a test reads the rows its requests left.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ AuditRepository.class, AuditRecorder.class, DenialAuditRecorder.class, SecondFactorAuditRecorder.class,
		EndpointAuditRecorder.class, ActionAuditRecorder.class, BackupSettingsAuditRecorder.class,
		ScheduleAuditRecorder.class })
public class AuditTrailSlice {

}
