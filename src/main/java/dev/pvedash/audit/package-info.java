/**
 * The append-only record of who did what: every login success and failure (user, client
 * address, time, result), second-factor checks, requests the access rules refused, every
 * account change, every action sent to Proxmox VE (power, snapshot and backup, once when
 * requested and once when ended), changes to snapshot schedules and backup settings, and
 * PVE starting or ceasing to refuse the dashboard. Entries are written synchronously in
 * the transaction of the change they record, so a change whose audit entry cannot be
 * written does not happen. The {@code /audit} page lists them newest first, filtered and
 * paged; admins see everyone's, others their own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package dev.pvedash.audit;
