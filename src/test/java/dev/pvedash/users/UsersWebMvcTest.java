package dev.pvedash.users;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import dev.pvedash.audit.AuditTrailSlice;
import dev.pvedash.support.HomeStandIn;
import dev.pvedash.support.PveDashWebMvcTest;

/**
 * The web slice of the sign-in and account flows: the whole users module with every
 * controller of it, the audit trail (these tests check what a flow leaves in it,
 * docs/security.md) and a stand-in for the overview where a sign-in lands. No guests,
 * snapshots, backups or metrics: their paths answer only the security rules here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PveDashWebMvcTest({ LoginController.class, LoginCodeController.class, SetupController.class, AccountController.class,
		UserAdminController.class, TwoFactorController.class, TwoFactorPolicyController.class,
		SecondFactorAdminController.class })
@Import({ UsersModuleSlice.class, AuditTrailSlice.class, HomeStandIn.class })
@interface UsersWebMvcTest {

}
