/**
 * A built-in Proxmox VE simulator: the same HTTP API ({@code /api2/json}, envelope,
 * status codes, reason phrases, tasks with UPIDs) on its own HTTPS port with a generated
 * self-signed certificate, modelling the reference homelab (an N95 node with pfSense,
 * Home Assistant, a Docker host, a Windows lab VM, Pi-hole, nginx and a template). Demo
 * mode and the tests run the real client against it; fault injection and scale knobs
 * serve tests and benchmarks. It is a separate fake PVE: it shares no model with the
 * client, only the wire format.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PVE simulator")
package dev.pvedash.simulator;
