/**
 * The append-only record of who did what: every login success and failure (user, client address, time,
 * result) and every account change, later every action on Proxmox. Entries are written synchronously in
 * the transaction of the change they record, so a change whose audit entry cannot be written does not
 * happen. The {@code /audit} page lists them newest first, filtered and paged; admins see everyone's,
 * others their own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package dev.pvedash.audit;
