/**
 * Local accounts and the rules of access: the login page and its throttle, first-run
 * setup (no default account ever exists), roles VIEWER &lt; OPERATOR &lt; ADMIN enforced
 * on the server for every request, the session lifetime rules, the admin pages for
 * accounts and the own-password page. Every account change is published as
 * {@link dev.pvedash.users.AccountChanged} for the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users and security")
package dev.pvedash.users;
