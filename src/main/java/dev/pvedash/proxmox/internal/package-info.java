/**
 * Transport and TLS below {@link dev.pvedash.proxmox.ProxmoxClient}: one HTTP exchange
 * with PVE ({@link dev.pvedash.proxmox.internal.PveHttp}), token or ticket
 * authentication, certificate pinning and verification, and the mapping of every
 * transport failure to a typed {@link dev.pvedash.proxmox.ProxmoxException}. Being a
 * sub-package, it is internal to the {@code proxmox} module: Spring Modulith lets no
 * other module use it, so its types are public only for the module's own top-level
 * package.
 */
package dev.pvedash.proxmox.internal;
