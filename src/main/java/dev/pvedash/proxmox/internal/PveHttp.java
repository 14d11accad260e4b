package dev.pvedash.proxmox.internal;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.ProxmoxException;

/**
 * One HTTP exchange with PVE, below the typed client. Paths are relative to
 * {@code /api2/json} and already encoded (e.g.
 * {@code /nodes/pve/qemu/100/status/current}); the result is the envelope's {@code data}
 * member (a {@code NullNode} when PVE sent {@code "data": null}). Failures are thrown as
 * {@link ProxmoxException}s. GETs may be retried; POST and DELETE never are.
 */
public interface PveHttp {

	JsonNode get(String path, Map<String, ?> query);

	JsonNode post(String path, Map<String, ?> form);

	JsonNode delete(String path, Map<String, ?> query);

}
