/**
 * Backups and the protection verdict. A background reader lists the vzdump backups on
 * every storage with backup content, PVE's backup jobs, the guests no job covers and the
 * newest vzdump task per guest, and stores them in H2; it runs at start, after a vzdump
 * task, after the dashboard's own backup and otherwise every 15 minutes, never every poll
 * cycle. From that store a pure rule gives each guest one verdict (Protected, At risk,
 * Not protected, Unknown) with one sentence saying why and what to do, the same on
 * {@code /backups}, on the guest page and in the overview's counts
 * ({@link dev.pvedash.backups.Protection}). Operators can back a guest up now; admins say
 * which storages are really off this host and which guests need no backup. The rules are
 * written down in docs/protection.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backups")
package dev.pvedash.backups;
