package dev.pvedash.guests;

/**
 * Why no action can be sent for a guest right now, as a message key with its one argument
 * (the node's name; the last error's text, which the endpoint banner above already
 * shows), beside the disabled buttons and in the 503 of a refused POST.
 */
record ActionsClosed(String messageKey, String argument) {
}
