package dev.pvedash.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The strength a new password needs (docs/sign-in.md): nbvcxz's estimate in bits of
 * entropy, 35 by default as nbvcxz recommends. The length rules (10 to 256 characters)
 * are fixed in {@link Credentials}.
 */
@ConfigurationProperties("pvedash.password")
record PasswordProperties(@DefaultValue("35") double minEntropy) {
}
